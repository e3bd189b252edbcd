/**
 * The cross-article layer: entities resolved across articles, stories, one timeline of events,
 * and claims aligned across outlets (reported, contradicted, absent), each with evidence.
 *
 * <p>{@link org.parallax.crossarticle.CrossArticleAnalyzer} runs, in order: an
 * {@link org.parallax.crossarticle.EntityResolver}, a {@link org.parallax.crossarticle.StoryFinder},
 * an {@link org.parallax.crossarticle.EventFinder} and a {@link org.parallax.crossarticle.ClaimAligner}.
 * Each works in time near-linear in the number of articles (blocking by keys, never all pairs).
 */
package org.parallax.crossarticle;
