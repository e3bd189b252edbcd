package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityType;

/**
 * Issue 9: the language layer now types places COUNTRY, CITY or STATE_OR_PROVINCE and products
 * MISCELLANEOUS; cross-article resolution still joins them with the same names typed LOCATION or
 * ORGANIZATION (older analyses, or a mention the gazetteer does not know).
 */
class Issue9FinerPlaceTypesTest {

    private final NameEntityResolver resolver = new NameEntityResolver();

    @Test
    void aCountryJoinsItsLocationMentionsAndItsFormalNameAndIsTypedACountry() {
        AnalyzedArticle haaretz = article("haaretz", "Israel and the Russian Federation held talks in Jerusalem.",
                named("Israel", EntityType.COUNTRY), named("Russia", EntityType.COUNTRY, "Russian Federation"),
                named("Jerusalem", EntityType.CITY));
        AnalyzedArticle wire = article("wire", "Officials in Israel said Russia had not replied. Jerusalem declined to comment.",
                named("Israel", EntityType.LOCATION), named("Russia", EntityType.COUNTRY),
                named("Jerusalem", EntityType.LOCATION));

        EntityResolution resolution = resolver.resolve(List.of(haaretz, wire));

        assertThat(resolution.entities()).hasSize(3);
        assertThat(entityNamed(resolution, "Israel").members()).containsExactly("haaretz/e1", "wire/e1");
        assertThat(entityNamed(resolution, "Russia").members()).containsExactly("haaretz/e2", "wire/e2");
        assertThat(entityNamed(resolution, "Russia").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(entityNamed(resolution, "Jerusalem").members()).containsExactly("haaretz/e3", "wire/e3");
    }

    @Test
    void aProductTypedMiscellaneousJoinsTheSameNameTaggedAnOrganisation() {
        AnalyzedArticle guardian = article("guardian", "The Pegasus spyware was found on the phones.",
                named("Pegasus", EntityType.MISCELLANEOUS));
        AnalyzedArticle wire = article("wire", "Pegasus can read messages, researchers said.",
                named("Pegasus", EntityType.ORGANIZATION));

        EntityResolution resolution = resolver.resolve(List.of(guardian, wire));

        assertThat(resolution.entities()).singleElement()
                .satisfies(entity -> assertThat(entity.members()).containsExactly("guardian/e1", "wire/e1"));
    }

    private static Entity entityNamed(EntityResolution resolution, String name) {
        return resolution.entities().stream().filter(entity -> entity.name().equals(name)).findFirst().orElseThrow();
    }
}
