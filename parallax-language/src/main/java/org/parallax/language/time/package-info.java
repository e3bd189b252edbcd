/**
 * Time expressions: finding them in article text and giving each its TIMEX3 type and value,
 * resolved against the publication date or an embedded post's date. Entry points are
 * {@link org.parallax.language.time.TimeTagger} (any parsed text and reference) and
 * {@link org.parallax.language.time.TimeStage} (the pipeline stage).
 */
package org.parallax.language.time;
