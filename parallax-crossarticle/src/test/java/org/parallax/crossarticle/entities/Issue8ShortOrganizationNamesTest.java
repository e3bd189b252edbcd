package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.EntityType;

/**
 * Issue 8 (ECB+ entity coreference): a one-token organisation name is the organisation of its article whose name it
 * shortens or abbreviates, on ECB+'s sentences: "Navy" of "Indian Navy", "Academy" of "Academy of Motion Picture Arts
 * and Sciences", "AMA" of "American Medical Association"; with two candidates it stays apart.
 */
class Issue8ShortOrganizationNamesTest {

    private final NameEntityResolver resolver = new NameEntityResolver();

    @Test
    void aShortNameJoinsTheOneOrganisationOfItsArticleItShortens() {
        AnalyzedArticle navy = article("12_1ecbplus", "The Indian Navy on Saturday prevented pirates from attacking a"
                + " merchant vessel. The Navy said 23 were taken into custody.",
                named("Indian Navy", EntityType.ORGANIZATION), named("Navy", EntityType.ORGANIZATION));
        AnalyzedArticle academy = article("2_11ecbplus", "The Academy of Motion Picture Arts and Sciences announced its"
                + " host. The Academy said Ellen DeGeneres would return.",
                named("Academy of Motion Picture Arts and Sciences", EntityType.ORGANIZATION),
                named("Academy", EntityType.ORGANIZATION));
        AnalyzedArticle ama = article("34_5ecbplus", "Regina Benjamin is a former trustee of the American Medical"
                + " Association. The AMA praised the nomination.",
                named("American Medical Association", EntityType.ORGANIZATION), named("AMA", EntityType.ORGANIZATION));

        EntityResolution resolution = resolver.resolve(List.of(navy, academy, ama));

        assertThat(resolution.resolve("12_1ecbplus/e2")).isEqualTo(resolution.resolve("12_1ecbplus/e1"));
        assertThat(resolution.resolve("2_11ecbplus/e2")).isEqualTo(resolution.resolve("2_11ecbplus/e1"));
        assertThat(resolution.resolve("34_5ecbplus/e2")).isEqualTo(resolution.resolve("34_5ecbplus/e1"));
    }

    @Test
    void withTwoOrganisationsItCouldShortenItStaysApart() {
        AnalyzedArticle navies = article("a", "The Indian Navy and the US Navy patrolled the Gulf of Aden. The Navy"
                + " said the pirates fled.", named("Indian Navy", EntityType.ORGANIZATION),
                named("US Navy", EntityType.ORGANIZATION), named("Navy", EntityType.ORGANIZATION));

        EntityResolution resolution = resolver.resolve(List.of(navies));

        assertThat(resolution.resolve("a/e3")).isNotEqualTo(resolution.resolve("a/e1"));
        assertThat(resolution.resolve("a/e3")).isNotEqualTo(resolution.resolve("a/e2"));
    }
}
