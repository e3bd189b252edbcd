package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;
import static org.parallax.crossarticle.ArticleFixtures.person;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityType;
import org.parallax.model.Evidence;

class NameEntityResolverTest {

    private final NameEntityResolver resolver = new NameEntityResolver();

    @Test
    void kievAndKyivAreOnePlaceWithEachSpellingTracedToItsArticle() {
        AnalyzedArticle cradle = article("cradle", "Ukrainian President, Volodymyr Zelensky, confirmed during a press "
                + "conference in Kiev on 26 October that his country has begun intelligence cooperation with Israel.",
                person("Volodymyr Zelensky"), named("Kiev", EntityType.CITY), named("Israel", EntityType.COUNTRY));
        AnalyzedArticle jpost = article("jpost", "Servicemen of the Ukrainian National Guard take positions in central "
                + "Kyiv, after Russia launched a massive military operation against Ukraine.",
                named("Kyiv", EntityType.LOCATION), named("Russia", EntityType.COUNTRY),
                named("Ukraine", EntityType.COUNTRY));

        EntityResolution resolution = resolver.resolve(List.of(cradle, jpost));

        Entity kyiv = entityNamed(resolution, "Kiev");
        assertThat(kyiv.aliases()).containsExactly(new EntityAlias("Kiev", List.of("cradle")),
                new EntityAlias("Kyiv", List.of("jpost")));
        assertThat(kyiv.members()).containsExactly("cradle/e2", "jpost/e1");
        assertThat(resolution.resolve("jpost/e1")).contains(kyiv.id());
        assertThat(resolution.entities()).extracting(Entity::id).containsExactly("e1", "e2", "e3", "e4", "e5");
    }

    @Test
    void zelenskySpellingsAndABareSurnameAreOnePerson() {
        AnalyzedArticle a = article("a", "Ukrainian President Volodymyr Zelensky asked Prime Minister Naftali Bennett "
                + "to host talks.", person("Volodymyr Zelensky").withRoles("Ukrainian President"),
                person("Naftali Bennett"));
        AnalyzedArticle b = article("b", "Volodymyr Zelenskyy told lawmakers in Kyiv that the front was holding.",
                person("Volodymyr Zelenskyy"));
        AnalyzedArticle c = article("c", "Volodymyr Zelenskiy, speaking by video link, urged more air defence.",
                person("Volodymyr Zelenskiy"));
        AnalyzedArticle d = article("d", "Zelenskyy’s office said the talks would resume on Monday.",
                person("Zelenskyy", "Zelenskyy’s"));
        AnalyzedArticle e = article("e", "Volodymyr Zelensky thanked Poland for taking in refugees.",
                person("Volodymyr Zelensky"));

        EntityResolution resolution = resolver.resolve(List.of(a, b, c, d, e));

        Entity zelensky = entityNamed(resolution, "Volodymyr Zelensky");
        assertThat(zelensky.members()).containsExactly("a/e1", "b/e1", "c/e1", "d/e1", "e/e1");
        assertThat(zelensky.aliases()).extracting(EntityAlias::name).containsExactly("Volodymyr Zelensky",
                "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zelenskyy", "Zelenskyy’s");
        assertThat(zelensky.roles()).singleElement().satisfies(role -> {
            assertThat(role.title()).isEqualTo("Ukrainian President");
            assertThat(role.evidence()).isEqualTo(new Evidence("a", new org.parallax.model.Span(0, 19)));
        });
        assertThat(resolution.entities()).hasSize(2);
    }

    @Test
    void peopleWhoShareASurnameStayApartAndABareSurnameLinksOnlyWhenUnambiguous() {
        AnalyzedArticle both = article("both", "Hillary Clinton campaigned in Ohio on Saturday while Bill Clinton "
                + "rallied volunteers in Florida.", person("Hillary Clinton"), person("Bill Clinton"),
                named("Ohio", EntityType.STATE_OR_PROVINCE), named("Florida", EntityType.STATE_OR_PROVINCE));
        AnalyzedArticle onlyHillary = article("hillary", "Hillary Clinton called for a recount. Clinton said the "
                + "result in Wisconsin was close.", person("Hillary Clinton"), person("Clinton"),
                named("Wisconsin", EntityType.STATE_OR_PROVINCE));
        AnalyzedArticle bare = article("bare", "Clinton spoke to reporters after the debate.", person("Clinton"));

        EntityResolution resolution = resolver.resolve(List.of(both, onlyHillary, bare));

        Entity hillary = entityNamed(resolution, "Hillary Clinton");
        Entity bill = entityNamed(resolution, "Bill Clinton");
        assertThat(hillary.id()).isNotEqualTo(bill.id());
        assertThat(hillary.members()).containsExactly("both/e1", "hillary/e1", "hillary/e2");
        assertThat(bill.members()).containsExactly("both/e2");
        assertThat(resolution.resolve("bare/e1")).isPresent().get().isNotIn(hillary.id(), bill.id());
    }

    @Test
    void aBareSurnameAcrossArticlesLinksToTheOnlyPersonOfThatName() {
        AnalyzedArticle full = article("full", "Israeli Ambassador to Ukraine Michael Brodsky said Israel will not "
                + "be able to mediate.", person("Michael Brodsky"), named("Ukraine", EntityType.COUNTRY),
                named("Israel", EntityType.COUNTRY));
        AnalyzedArticle bare = article("bare", "Brodsky said 1,500 Israelis crossed the border into Poland.",
                person("Brodsky"), named("Poland", EntityType.COUNTRY));

        EntityResolution resolution = resolver.resolve(List.of(full, bare));

        assertThat(resolution.resolve("bare/e1")).isEqualTo(resolution.resolve("full/e1"));
        assertThat(entityNamed(resolution, "Michael Brodsky").aliases()).extracting(EntityAlias::articles)
                .containsExactly(List.of("full"), List.of("bare"));
    }

    @Test
    void transliteratedNewspaperAndPrimeMinisterNamesMerge() {
        AnalyzedArticle cradle = article("cradle", "Hebrew newspaper Yedioth Ahronoth reported on 25 March that "
                + "reserve members of the Israeli military have been training Ukrainian volunteers.",
                named("Yedioth Ahronoth", EntityType.ORGANIZATION));
        AnalyzedArticle jpost = article("jpost", "Putin called Zelensky a Nazi in response to Bennett’s request, "
                + "according to Yediot Aharonot. Zelensky had made the request to former prime minister Benjamin "
                + "Netanyahu.", named("Yediot Aharonot", EntityType.ORGANIZATION), person("Benjamin Netanyahu"));
        AnalyzedArticle lemonde = article("lemonde", "Benjamin Netanyahou a rencontré le président français.",
                person("Benjamin Netanyahou"));

        EntityResolution resolution = resolver.resolve(List.of(cradle, jpost, lemonde));

        assertThat(resolution.resolve("jpost/e1")).isEqualTo(resolution.resolve("cradle/e1"));
        assertThat(resolution.resolve("lemonde/e1")).isEqualTo(resolution.resolve("jpost/e2"));
        assertThat(entityNamed(resolution, "Yedioth Ahronoth").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void similarButDifferentPlaceNamesStayApart() {
        AnalyzedArticle a = article("a", "Iran and Iraq signed a border agreement, officials in Austria said.",
                named("Iran", EntityType.COUNTRY), named("Iraq", EntityType.COUNTRY),
                named("Austria", EntityType.COUNTRY));
        AnalyzedArticle b = article("b", "Australia beat Argentina in the quarter-final.",
                named("Australia", EntityType.COUNTRY), named("Argentina", EntityType.COUNTRY));

        assertThat(resolver.resolve(List.of(a, b)).entities()).hasSize(5);
    }

    @Test
    void moscowStandsForRussiaWhereTheTextUsesItForTheGovernmentWithoutMergingCityAndState() {
        AnalyzedArticle cradle = article("cradle", "Despite repeated warnings from Moscow, including threats of "
                + "“retaliatory measures”, Israel has continued to involve itself in the conflict. Deputy Chairman "
                + "of the Russian Security Council Dmitry Medvedev warned Israel on 17 October of the "
                + "repercussions of supplying Ukraine with weapons, and Russia has said it will respond.",
                named("Moscow", EntityType.CITY), named("Israel", EntityType.COUNTRY),
                person("Dmitry Medvedev"), named("Ukraine", EntityType.COUNTRY), named("Russia", EntityType.COUNTRY));

        EntityResolution resolution = resolver.resolve(List.of(cradle));

        Entity moscow = entityNamed(resolution, "Moscow");
        Entity russia = entityNamed(resolution, "Russia");
        assertThat(moscow.id()).isNotEqualTo(russia.id());
        assertThat(moscow.metonymFor()).contains(russia.id());
        assertThat(russia.metonymFor()).isEmpty();
    }

    @Test
    void theKremlinAsTheSourceOfAStatementStandsForRussia() {
        AnalyzedArticle breitbart = article("breitbart", "Israeli Prime Minister Naftali Bennett offered to act as a "
                + "mediator between Russia and Ukraine during a phone call with President Vladimir Putin on Sunday, "
                + "a statement from the Kremlin said.", person("Naftali Bennett"), named("Russia", EntityType.COUNTRY),
                named("Ukraine", EntityType.COUNTRY), person("Vladimir Putin"),
                named("Kremlin", EntityType.ORGANIZATION, "the Kremlin"));

        EntityResolution resolution = resolver.resolve(List.of(breitbart));

        assertThat(entityNamed(resolution, "Kremlin").metonymFor()).contains(entityNamed(resolution, "Russia").id());
    }

    @Test
    void seatsOfGovernmentUsedAsPlacesAreNotMetonyms() {
        AnalyzedArticle breitbart = article("breitbart", "He added that he considered Jerusalem “as one of the priority "
                + "venues for the meeting of President Zelensky with the president of the Russian Federation.” "
                + "The embassy had previously moved from Kyiv to Lviv, and Israel kept staff at the border.",
                named("Jerusalem", EntityType.CITY), person("Zelensky"), named("Russian Federation", EntityType.COUNTRY),
                named("Kyiv", EntityType.CITY), named("Lviv", EntityType.CITY), named("Israel", EntityType.COUNTRY));

        EntityResolution resolution = resolver.resolve(List.of(breitbart));

        assertThat(entityNamed(resolution, "Jerusalem").metonymFor()).isEmpty();
        assertThat(entityNamed(resolution, "Kyiv").metonymFor()).isEmpty();
    }

    @Test
    void aRelationBetweenTwoSeatsMakesBothMetonyms() {
        AnalyzedArticle cradle = article("cradle", "“There is a positive trend in relations between Kiev and Tel Aviv, "
                + "after the two sides shared intelligence information,” Zelensky said. Israel has tried to balance "
                + "its support for Ukraine with ties to Russia.", named("Kiev", EntityType.CITY),
                named("Tel Aviv", EntityType.CITY), person("Zelensky"), named("Israel", EntityType.COUNTRY),
                named("Ukraine", EntityType.COUNTRY), named("Russia", EntityType.COUNTRY));

        EntityResolution resolution = resolver.resolve(List.of(cradle));

        assertThat(entityNamed(resolution, "Kiev").metonymFor()).contains(entityNamed(resolution, "Ukraine").id());
        assertThat(entityNamed(resolution, "Tel Aviv").metonymFor()).contains(entityNamed(resolution, "Israel").id());
    }

    @Test
    void resolvedIdsFollowFirstAppearanceAndEveryPerArticleEntityIsMapped() {
        AnalyzedArticle a = article("a", "Koren told KAN the channel stays open.", person("Gary Koren", "Koren"),
                named("KAN", EntityType.ORGANIZATION));
        AnalyzedArticle b = article("b", "Gary Koren of the Foreign Ministry spoke to KAN.", person("Gary Koren"),
                named("Foreign Ministry", EntityType.ORGANIZATION), named("KAN", EntityType.ORGANIZATION));

        EntityResolution resolution = resolver.resolve(List.of(a, b));

        assertThat(resolution.entities()).extracting(Entity::name).containsExactly("Gary Koren", "KAN",
                "Foreign Ministry");
        assertThat(resolution.canonical()).containsOnlyKeys("a/e1", "a/e2", "b/e1", "b/e2", "b/e3");
        assertThat(resolution.entities()).allSatisfy(entity -> assertThat(entity.metonymFor()).isEqualTo(Optional.empty()));
    }

    private static Entity entityNamed(EntityResolution resolution, String name) {
        return resolution.entities().stream().filter(entity -> entity.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + resolution.entities()));
    }
}
