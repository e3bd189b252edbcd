/**
 * Claims aligned across a story's outlets ({@link org.parallax.crossarticle.claims.StatementClaimAligner}):
 * quotes, denials and asserted sentences, matched by content words and shared entities (and, with a
 * sentence embedder, by paraphrase across outlets), each report
 * reported or contradicted (negation mismatch, denial, other numbers or dates), with its attribution
 * chain from the outlet through cited outlets and embedded posts to the speaker.
 */
package org.parallax.crossarticle.claims;
