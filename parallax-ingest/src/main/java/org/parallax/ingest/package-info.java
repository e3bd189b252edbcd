/**
 * Ingestion: from the files users bring (plain text, HTML, feeds, web archives, JSON Lines) to
 * clean {@link org.parallax.model.Article}s with their metadata, and a clear
 * {@link org.parallax.model.InputProblem} for every input that cannot be read.
 *
 * <p>Flow: {@link org.parallax.ingest.InputWalker} finds the files, {@link org.parallax.ingest.FormatSniffer}
 * decides each one's format, a {@link org.parallax.ingest.FormatReader} turns it into
 * {@link org.parallax.ingest.ArticleDraft}s, and {@link org.parallax.ingest.ArticleFinisher} cleans the
 * text, applies the manifest and builds the article.
 */
package org.parallax.ingest;
