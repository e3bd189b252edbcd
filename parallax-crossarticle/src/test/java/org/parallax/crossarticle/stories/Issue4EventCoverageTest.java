package org.parallax.crossarticle.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;
import static org.parallax.crossarticle.ArticleFixtures.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.StoryGroup;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.EntityType;

/**
 * Issue 4, "stories": joining coverage of one event must not join different stories that share
 * their main entities and days. Real July 2016 news about Russia, written for this test: the IOC's
 * decision not to ban Russia from the Rio Olympics over state doping, and the hack of the
 * Democratic National Committee that officials blamed on Russia, one day apart, both naming
 * Russia, Vladimir Putin and the Kremlin. Real ONNX embeddings.
 */
class Issue4EventCoverageTest {

    private static final TextEmbedder EMBEDDER = new OnnxTextEmbedder();

    private final EmbeddingStoryFinder finder = new EmbeddingStoryFinder(EMBEDDER, StorySettings.defaults());

    @Test
    void twoDifferentStoriesAboutRussiaOnConsecutiveDaysStayApart() {
        List<AnalyzedArticle> articles = List.of(olympicsWire(), olympicsPaper(), hackWire(), hackPaper());
        EntityResolution entities = new NameEntityResolver().resolve(articles);

        List<StoryGroup> stories = finder.find(articles, entities);

        assertThat(stories).extracting(StoryGroup::articles).containsExactlyInAnyOrder(
                List.of("olympics-wire", "olympics-paper"), List.of("hack-wire", "hack-paper"));
    }

    private static AnalyzedArticle olympicsWire() {
        return article("olympics-wire", Optional.of("Wire"), Optional.of(LocalDate.of(2016, 7, 24)),
                Optional.of("IOC stops short of banning Russia from Rio Olympics"),
                "The International Olympic Committee on Sunday decided against a blanket ban on Russia from the Rio "
                        + "de Janeiro Olympics, leaving it to individual sports federations to decide whether "
                        + "Russian athletes can compete.\n\n"
                        + "The decision followed a report by Canadian lawyer Richard McLaren that found Russia ran a "
                        + "state-sponsored doping program at the 2014 Sochi Winter Games. IOC President Thomas Bach "
                        + "said the committee had to balance collective responsibility against individual justice.\n\n"
                        + "The Kremlin welcomed the decision. President Vladimir Putin had called the McLaren report "
                        + "a dangerous return to politics interfering in sport.",
                named("International Olympic Committee", EntityType.ORGANIZATION, "IOC"),
                named("Russia", EntityType.COUNTRY), named("Rio de Janeiro", EntityType.CITY),
                person("Richard McLaren", "McLaren"), named("Sochi", EntityType.CITY),
                person("Thomas Bach"), named("Kremlin", EntityType.ORGANIZATION),
                person("Vladimir Putin", "President Vladimir Putin"));
    }

    private static AnalyzedArticle olympicsPaper() {
        return article("olympics-paper", Optional.of("Paper"), Optional.of(LocalDate.of(2016, 7, 25)),
                Optional.of("Russian athletes face federation-by-federation vetting for Rio"),
                "Russian athletes hoping to compete in Rio must now clear vetting by each international federation, "
                        + "after the IOC declined to exclude Russia outright over doping.\n\n"
                        + "World Anti-Doping Agency officials, who had urged a full ban, said they were disappointed. "
                        + "Russia's sports minister, Vitaly Mutko, said the country's clean athletes deserved to "
                        + "compete.\n\n"
                        + "Vladimir Putin has denied that the Russian state was behind any doping program.",
                named("IOC", EntityType.ORGANIZATION), named("Russia", EntityType.COUNTRY),
                named("Rio", EntityType.CITY), named("World Anti-Doping Agency", EntityType.ORGANIZATION),
                person("Vitaly Mutko"), person("Vladimir Putin"));
    }

    private static AnalyzedArticle hackWire() {
        return article("hack-wire", Optional.of("Other Wire"), Optional.of(LocalDate.of(2016, 7, 25)),
                Optional.of("FBI investigates hack of Democratic Party emails as experts point to Russia"),
                "The FBI said on Monday it was investigating the hacking of the Democratic National Committee, "
                        + "whose leaked emails forced the resignation of its chairwoman, Debbie Wasserman Schultz, "
                        + "on the eve of the party's convention.\n\n"
                        + "Security experts said the intrusion bore the marks of Russian intelligence services. "
                        + "Hillary Clinton's campaign manager, Robby Mook, said Russia was trying to help Donald "
                        + "Trump.\n\n"
                        + "The Kremlin denied any role. Vladimir Putin's spokesman, Dmitry Peskov, called the "
                        + "accusations absurd.",
                named("FBI", EntityType.ORGANIZATION),
                named("Democratic National Committee", EntityType.ORGANIZATION),
                person("Debbie Wasserman Schultz"), person("Hillary Clinton"), person("Robby Mook"),
                named("Russia", EntityType.COUNTRY), person("Donald Trump"), named("Kremlin", EntityType.ORGANIZATION),
                person("Vladimir Putin"), person("Dmitry Peskov"));
    }

    private static AnalyzedArticle hackPaper() {
        return article("hack-paper", Optional.of("Paper"), Optional.of(LocalDate.of(2016, 7, 26)),
                Optional.of("Russia suspected in DNC email hack"),
                "U.S. officials increasingly believe Russia was behind the theft of emails from the Democratic "
                        + "National Committee that WikiLeaks published last week.\n\n"
                        + "Donald Trump dismissed the suggestion and repeated his praise for Vladimir Putin. "
                        + "Democrats said the leak was meant to sow division at their convention in Philadelphia.\n\n"
                        + "Russia has denied involvement.",
                named("U.S.", EntityType.COUNTRY), named("Russia", EntityType.COUNTRY),
                named("Democratic National Committee", EntityType.ORGANIZATION),
                named("WikiLeaks", EntityType.ORGANIZATION), person("Donald Trump"), person("Vladimir Putin"),
                named("Philadelphia", EntityType.CITY));
    }
}
