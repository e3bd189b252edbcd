package org.parallax.store;

/** The formats a store exports to. */
public enum ExportFormat {
    /** JSON Lines: one article or story per line, as analysis.json has them (docs/analysis.md). */
    JSONL,
    /** CSV tables in a folder: articles, quotes, entities, events, claims. */
    CSV,
    /** GraphML for Gephi: entities, who quotes whom, who acts with whom. */
    GRAPHML,
    /** The HTML report of the articles selected (a story, a query). */
    HTML
}
