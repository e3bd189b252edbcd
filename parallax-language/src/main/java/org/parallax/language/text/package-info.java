/**
 * The linguistic backbone as Parallax sees it: tokens, sentences, parts of speech, lemmas,
 * named-entity spans and dependencies over character offsets into the article text. Produced by
 * a {@link org.parallax.language.text.TextParser}; CoreNLP types never leave the parser.
 */
package org.parallax.language.text;
