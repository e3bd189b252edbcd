/**
 * The only place CoreNLP types appear: a {@link org.parallax.language.text.TextParser} built on
 * Stanford CoreNLP's tokenizer, sentence splitter, part-of-speech tagger, lemmatizer, named-entity
 * recognizer and (optionally) dependency parser, and the stage that runs it.
 */
package org.parallax.language.corenlp;
