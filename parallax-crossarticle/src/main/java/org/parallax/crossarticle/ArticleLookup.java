package org.parallax.crossarticle;

import java.util.Collection;
import java.util.List;
import org.parallax.model.AnalyzedArticle;

/** Reads analysed articles kept earlier (in a store) by id, for the part of an account that new articles touch. */
@FunctionalInterface
public interface ArticleLookup {

    /** The articles with these ids that are there, in any order; an id with no article is left out. */
    List<AnalyzedArticle> read(Collection<String> ids);
}
