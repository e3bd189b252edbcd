package org.parallax.crossarticle.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;
import static org.parallax.crossarticle.ArticleFixtures.person;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityType;

/**
 * Issue 4, "one cast": surnames alone, honorifics that carry a gender, brackets leaking into names,
 * and countries' formal names, as 2016 and 2022 news writes them.
 */
class Issue4OneCastTest {

    private final NameEntityResolver resolver = new NameEntityResolver();

    @Test
    void presidentObamaJoinsBarackObamaNotMichelleObamaByTheSharedOffice() {
        AnalyzedArticle preview = article("preview", "President Barack Obama will argue on Wednesday night that "
                + "Hillary Clinton is ready to be commander in chief.", person("Barack Obama", "President Barack Obama"),
                person("Hillary Clinton"));
        AnalyzedArticle speech = article("speech", "Michelle Obama made America pay attention on Monday night.",
                person("Michelle Obama", "Michelle"));
        AnalyzedArticle report = article("report", "President Obama told the convention that Mr. Obama's successor "
                + "would inherit a stronger country.", person("Obama", "President Obama", "Mr. Obama"));
        AnalyzedArticle given = article("given", "Barack, she said, had kept his promise.", person("Barack"));

        EntityResolution resolution = resolver.resolve(List.of(preview, speech, report, given));

        Entity barack = entityNamed(resolution, "Barack Obama");
        assertThat(barack.members()).containsExactly("preview/e1", "report/e1", "given/e1");
        assertThat(entityNamed(resolution, "Michelle Obama").members()).containsExactly("speech/e1");
    }

    @Test
    void mrsClintonNeverJoinsBillClintonWhenAWomanOfThatSurnameIsInScope() {
        AnalyzedArticle hillary = article("hillary", "Hillary Clinton accepted the nomination. Mrs. Clinton thanked "
                + "the delegates.", person("Hillary Clinton", "Clinton", "Mrs. Clinton"));
        AnalyzedArticle bill = article("bill", "Bill Clinton spoke on Tuesday. Mrs. Clinton watched from New York.",
                person("Bill Clinton"), person("Mrs. Clinton"));
        AnalyzedArticle mister = article("mister", "Hillary Clinton was in Ohio while Mr. Clinton raised money in "
                + "California.", person("Hillary Clinton"), person("Mr. Clinton"));

        EntityResolution resolution = resolver.resolve(List.of(hillary, bill, mister));

        Entity hillaryClinton = entityNamed(resolution, "Hillary Clinton");
        Entity billClinton = entityNamed(resolution, "Bill Clinton");
        assertThat(hillaryClinton.members()).containsExactly("hillary/e1", "bill/e2", "mister/e1");
        assertThat(billClinton.members()).containsExactly("bill/e1", "mister/e2");
        assertThat(billClinton.aliases()).extracting(EntityAlias::name).doesNotContain("Mrs. Clinton");
    }

    @Test
    void aBareSurnameStaysApartWhenTwoPeopleOfThatSurnameAreInScopeAndNothingTellsThemApart() {
        AnalyzedArticle both = article("both", "Hillary Clinton and Bill Clinton arrived in Philadelphia.",
                person("Hillary Clinton"), person("Bill Clinton"));
        AnalyzedArticle bare = article("bare", "Clinton spoke to reporters after the debate.", person("Clinton"));

        EntityResolution resolution = resolver.resolve(List.of(both, bare));

        assertThat(resolution.resolve("bare/e1")).isPresent().get()
                .isNotIn(resolution.resolve("both/e1").orElseThrow(), resolution.resolve("both/e2").orElseThrow());
    }

    @Test
    void bracketsAndStrayPunctuationNeverEnterAliases() {
        AnalyzedArticle leaked = article("leaked", "Obama praised Bill [Clinton] for his work.", person("Bill [Clinton"));
        AnalyzedArticle clean = article("clean", "Bill Clinton addressed a very different party.", person("Bill Clinton"));
        AnalyzedArticle quoted = article("quoted", "“Hillary Clinton” was the word on every sign.",
                person("“Hillary Clinton”"));

        EntityResolution resolution = resolver.resolve(List.of(leaked, clean, quoted));

        assertThat(entityNamed(resolution, "Bill Clinton").aliases()).extracting(EntityAlias::name)
                .containsExactly("Bill Clinton");
        assertThat(resolution.entities()).flatExtracting(Entity::aliases).extracting(EntityAlias::name)
                .noneMatch(name -> name.matches(".*[\\[\\]“”\"].*"));
    }

    @Test
    void aCountrysFormalNameJoinsTheCountryWhateverItIsTaggedAs() {
        AnalyzedArticle a = article("a", "Russia warned Israel not to supply weapons to Ukraine.",
                named("Russia", EntityType.COUNTRY), named("Israel", EntityType.COUNTRY),
                named("Ukraine", EntityType.COUNTRY));
        AnalyzedArticle b = article("b", "The Russian Federation and the State of Israel signed the accord with the "
                + "United States of America and the People's Republic of China.",
                named("Russian Federation", EntityType.ORGANIZATION), named("State of Israel", EntityType.COUNTRY),
                named("United States of America", EntityType.LOCATION),
                named("People's Republic of China", EntityType.ORGANIZATION));
        AnalyzedArticle c = article("c", "The U.S. and China met in Geneva; Britain and the United Kingdom of Great "
                + "Britain and Northern Ireland are one, and the Islamic Republic of Iran is Iran.",
                named("U.S.", EntityType.COUNTRY), named("China", EntityType.COUNTRY),
                named("Britain", EntityType.COUNTRY),
                named("United Kingdom of Great Britain and Northern Ireland", EntityType.ORGANIZATION),
                named("Islamic Republic of Iran", EntityType.ORGANIZATION), named("Iran", EntityType.COUNTRY));

        EntityResolution resolution = resolver.resolve(List.of(a, b, c));

        assertThat(entityNamed(resolution, "Russia").members()).containsExactly("a/e1", "b/e1");
        assertThat(entityNamed(resolution, "Russia").type()).isEqualTo(EntityType.COUNTRY);
        assertThat(entityNamed(resolution, "Israel").members()).containsExactly("a/e2", "b/e2");
        assertThat(entityNamed(resolution, "United States").members()).containsExactly("b/e3", "c/e1");
        assertThat(entityNamed(resolution, "China").members()).containsExactly("b/e4", "c/e2");
        assertThat(entityNamed(resolution, "United Kingdom").members()).containsExactly("c/e3", "c/e4");
        assertThat(entityNamed(resolution, "Iran").members()).containsExactly("c/e5", "c/e6");
        assertThat(resolution.entities()).hasSize(7);
    }

    @Test
    void aShortCountryNameTaggedAsAStateStaysWithTheState() {
        AnalyzedArticle state = article("state", "Polls close in Georgia at 7 p.m., and in Florida at 8.",
                named("Georgia", EntityType.STATE_OR_PROVINCE), named("Florida", EntityType.STATE_OR_PROVINCE));
        AnalyzedArticle country = article("country", "The Republic of Georgia held talks with the European Union.",
                named("Republic of Georgia", EntityType.COUNTRY), named("European Union", EntityType.ORGANIZATION));

        EntityResolution resolution = resolver.resolve(List.of(state, country));

        assertThat(resolution.resolve("state/e1")).isNotEqualTo(resolution.resolve("country/e1"));
    }

    private static Entity entityNamed(EntityResolution resolution, String name) {
        return resolution.entities().stream().filter(entity -> entity.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + resolution.entities()));
    }
}
