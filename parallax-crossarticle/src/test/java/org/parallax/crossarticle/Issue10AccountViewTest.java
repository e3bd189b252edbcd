package org.parallax.crossarticle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;

/**
 * Issue 10: joining articles one at a time through a view that serves only the part of the account
 * they can touch (as a store does, {@link MinimalAccountView}) gives exactly the account of the
 * whole-account extend, and reads less than the account holds. The seed articles and the wire-style
 * articles written for the tests, in their order.
 */
class Issue10AccountViewTest {

    @Test
    void issue10ArticlesJoinedThroughThePartTheyTouchGiveTheWholeAccountExtend() {
        CrossArticleAnalyzer analyzer = CrossArticleAnalyzer.standard();
        List<AnalyzedArticle> articles = new ArrayList<>(SeedArticles.unrelated());
        articles.addAll(SeedArticles.seeds());
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        articles.forEach(article -> byId.put(article.article().id(), article));
        Set<String> stored = new HashSet<>();
        ArticleLookup lookup = ids -> ids.stream().filter(stored::contains).map(byId::get).toList();
        CrossArticle whole = analyzer.analyze(articles.subList(0, 1));
        stored.add(articles.get(0).article().id());
        int read = 0;
        int held = 0;
        for (AnalyzedArticle article : articles.subList(1, articles.size())) {
            CrossArticle before = whole;
            whole = analyzer.extend(before, List.of(article), lookup, CrossArticleListener.NONE);
            MinimalAccountView view = new MinimalAccountView(before);
            CrossArticle partial = analyzer.extend(view, List.of(article), lookup, CrossArticleListener.NONE).applyTo(before);
            stored.add(article.article().id());

            assertThat(partial).as("after %s", article.article().id()).isEqualTo(whole);
            read += view.entitiesRead() + view.storiesRead() + view.eventsRead();
            held += before.entities().size() + before.stories().size() + before.events().size();
        }
        assertThat(whole.stories().size()).isGreaterThan(1);
        assertThat(read).as("records read of the %d the accounts held", held).isLessThan(held);
    }
}
