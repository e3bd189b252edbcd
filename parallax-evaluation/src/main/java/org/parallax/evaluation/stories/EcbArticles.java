package org.parallax.evaluation.stories;

import java.util.List;
import java.util.Optional;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * ECB+ documents as the articles a user would give Parallax: each document as plain text, one
 * sentence a line; the page's URL (sentence 0 of an {@code ecbplus} document) as its URL. No
 * title, outlet or date: the corpus records none.
 */
public final class EcbArticles {

    private EcbArticles() {
    }

    /** The article of a document; its id is the document's name (e.g. {@code 2_10ecbplus}). */
    public static Article of(EcbDocument document) {
        return new Article(document.name(), document.name() + ".xml", InputFormat.TEXT, document.url(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(),
                document.text().text(), List.of(), List.of());
    }
}
