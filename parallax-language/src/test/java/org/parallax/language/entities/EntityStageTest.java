package org.parallax.language.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEntity;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.Role;

/** Regression tests on news sentences beside the seeds, run through CoreNLP and the entity stage. */
class EntityStageTest {

    @Test
    void twoPeopleSharingASurnameStayApartAndOnATieTheBareSurnameGoesToTheMostRecent() {
        String text = "Hillary Clinton campaigned in Ohio on Monday. Former President Bill Clinton joined her at "
                + "a rally in Cleveland later that day. Clinton told supporters that the economy had recovered.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("clintons", text);

        ArticleEntity hillary = entityNamed(analyzed, "Hillary Clinton");
        ArticleEntity bill = entityNamed(analyzed, "Bill Clinton");
        assertThat(hillary.id()).isNotEqualTo(bill.id());
        assertThat(entityAt(analyzed, text.lastIndexOf("Clinton"))).contains(bill.id());
        assertThat(bill.roles()).extracting(Role::title).containsExactly("Former President");
    }

    @Test
    void aBareSurnameSharedByTwoPeopleGoesToTheOneMentionedMost() {
        String text = "Hillary Clinton left the Sept. 11 memorial ceremony early on Sunday. Clinton was taken to "
                + "the apartment of her daughter, Chelsea Clinton, in Manhattan. Clinton later said she felt fine.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("prominence", text);

        ArticleEntity hillary = entityNamed(analyzed, "Hillary Clinton");
        assertThat(entityNamed(analyzed, "Chelsea Clinton").id()).isNotEqualTo(hillary.id());
        assertThat(entityAt(analyzed, text.lastIndexOf("Clinton"))).contains(hillary.id());
    }

    @Test
    void aSurnameInTheHeadlineJoinsTheFullNameThatFollows() {
        String text = "Clinton leads Trump in new national poll\n\nHillary Clinton holds a four-point lead over "
                + "Donald Trump, according to a poll released on Sunday.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("headline", text);

        ArticleEntity clinton = entityNamed(analyzed, "Hillary Clinton");
        assertThat(entityAt(analyzed, 0)).contains(clinton.id());
        assertThat(entityAt(analyzed, text.indexOf("Trump"))).isEqualTo(entityAt(analyzed, text.indexOf("Donald Trump")));
    }

    @Test
    void possessivesStayOutOfMentionsAndNames() {
        String text = "Zelensky’s office said on Tuesday that Volodymyr Zelensky would not travel to Washington. "
                + "Critics of Putin's war said the Russian leader had miscalculated.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("possessives", text);

        assertThat(covered(analyzed, mentionAt(analyzed, 0))).isEqualTo("Zelensky");
        assertThat(covered(analyzed, mentionAt(analyzed, text.indexOf("Putin")))).isEqualTo("Putin");
        ArticleEntity zelensky = entityNamed(analyzed, "Volodymyr Zelensky");
        assertThat(zelensky.aliases()).containsExactly("Zelensky");
        assertThat(entityAt(analyzed, 0)).contains(zelensky.id());
    }

    @Test
    void anAppositiveAfterTheNameIsARole() {
        String text = "Jens Stoltenberg, secretary general of NATO, told reporters in Brussels that the alliance "
                + "would not send troops to Ukraine.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("appositive", text);

        Role role = entityNamed(analyzed, "Jens Stoltenberg").roles().get(0);
        assertThat(role.title()).isEqualTo("secretary general of NATO");
        assertThat(role.evidence().coveredText(text)).isEqualTo("Jens Stoltenberg, secretary general of NATO");
    }

    @Test
    void aTitleBeforeTheNameIsARoleWithItsNationality() {
        String text = "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Wednesday.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("titles", text);

        assertThat(entityNamed(analyzed, "Olaf Scholz").roles()).extracting(Role::title)
                .containsExactly("German Chancellor");
        Role macron = entityNamed(analyzed, "Emmanuel Macron").roles().get(0);
        assertThat(macron.title()).isEqualTo("French President");
        assertThat(macron.evidence().coveredText(text)).isEqualTo("French President Emmanuel Macron");
    }

    @Test
    void aTitleWithItsPrepositionalObjectDoesNotLeakIntoTheName() {
        String text = "U.S. Ambassador to Russia John Sullivan met Foreign Ministry officials in Moscow on Friday.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("ambassador", text);

        ArticleEntity sullivan = entityNamed(analyzed, "John Sullivan");
        assertThat(sullivan.roles()).extracting(Role::title).containsExactly("U.S. Ambassador to Russia");
        assertThat(mentionAt(analyzed, text.indexOf("Russia")).type().isPlace()).isTrue();
    }

    @Test
    void kievAndKyivInOneArticleAreOnePlace() {
        String text = "Russian forces shelled Kyiv overnight, the city’s mayor said. Officials in Kiev said three "
                + "people were killed.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("kyiv", text);

        Optional<String> kyiv = entityAt(analyzed, text.indexOf("Kyiv"));
        assertThat(kyiv).isPresent();
        assertThat(entityAt(analyzed, text.indexOf("Kiev"))).isEqualTo(kyiv);
        assertThat(mentionAt(analyzed, text.indexOf("Kyiv")).type()).isEqualTo(EntityType.CITY);
    }

    @Test
    void romanisationsOfOneSlavicSurnameAreOnePerson() {
        String text = "Ukrainian President Volodymyr Zelenskyy addressed the U.S. Congress on Wednesday. "
                + "Zelensky asked lawmakers for more air defense systems.";
        AnalyzedArticle analyzed = EntityAnalysis.analyze("zelenskyy", text);

        assertThat(entityAt(analyzed, text.indexOf("Zelensky "))).isEqualTo(entityAt(analyzed, text.indexOf("Volodymyr")));
    }

    @Test
    void descriptionsResolveToTheMostRecentEntityWithAMatchingRole() {
        String text = EntityAnalysis.read(EntityAnalysis.seed("002_afd6bb49de05422a.txt"));
        AnalyzedArticle analyzed = EntityAnalysis.analyze("seed-002", text);
        List<ArticleEntity> entities = analyzed.annotations().entities();
        List<Mention> mentions = analyzed.annotations().mentions();

        assertThat(DescriptionResolver.resolveDescription("the ambassador", text.indexOf("the ambassador said"),
                entities, mentions)).contains(entityNamed(analyzed, "Michael Brodsky").id());
        assertThat(DescriptionResolver.resolveDescription("The senior Foreign Ministry official",
                text.indexOf("The senior Foreign"), entities, mentions)).contains(entityNamed(analyzed, "Gary Koren").id());
        assertThat(DescriptionResolver.resolveDescription("the Russian president", text.indexOf("the Russian president"),
                entities, mentions)).contains(entityNamed(analyzed, "Vladimir Putin").id());
        assertThat(DescriptionResolver.resolveDescription("the Ukrainian people", text.indexOf("the Ukrainian people"),
                entities, mentions)).isEmpty();
    }

    @Test
    void everyEntityMentionPointsAtAnEntityOfTheArticle() {
        String text = EntityAnalysis.read(EntityAnalysis.seed("000_473c4f10df995f4b.txt"));
        AnalyzedArticle analyzed = EntityAnalysis.analyze("seed-000", text);

        assertThat(analyzed.annotations().mentions()).filteredOn(mention -> mention.type().isEntity())
                .allSatisfy(mention -> assertThat(mention.entity()).isPresent());
        assertThat(analyzed.annotations().mentions()).filteredOn(mention -> !mention.type().isEntity())
                .allSatisfy(mention -> assertThat(mention.entity()).isEmpty());
        assertThat(analyzed.annotations().entities()).extracting(ArticleEntity::id).allMatch(id -> id.startsWith("seed-000/e"));
    }

    private static ArticleEntity entityNamed(AnalyzedArticle analyzed, String name) {
        return analyzed.annotations().entities().stream().filter(entity -> entity.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named " + name + " in\n" + EntityAnalysis.render(analyzed)));
    }

    private static Mention mentionAt(AnalyzedArticle analyzed, int offset) {
        return analyzed.annotations().mentions().stream().filter(mention -> mention.span().begin() == offset).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at " + offset + " in\n" + EntityAnalysis.render(analyzed)));
    }

    private static Optional<String> entityAt(AnalyzedArticle analyzed, int offset) {
        return mentionAt(analyzed, offset).entity();
    }

    private static String covered(AnalyzedArticle analyzed, Mention mention) {
        return mention.span().coveredText(analyzed.article().text());
    }
}
