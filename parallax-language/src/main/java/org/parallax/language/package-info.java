/**
 * The language layer: for each article, its mentions and entities with their roles, its time
 * expressions resolved against the right reference date, and its quotes with their speakers.
 *
 * <p>A {@link org.parallax.language.LanguagePipeline} runs {@link org.parallax.language.Stage}s in
 * order; each declares the {@link org.parallax.language.Layer}s it needs and adds, and the pipeline
 * checks when it is built that every need is met by an earlier stage. Stanford CoreNLP sits behind
 * {@link org.parallax.language.text.ParsedText}: no other code sees CoreNLP types.
 */
package org.parallax.language;
