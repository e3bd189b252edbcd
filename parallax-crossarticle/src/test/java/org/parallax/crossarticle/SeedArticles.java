package org.parallax.crossarticle;

import static org.parallax.crossarticle.ArticleFixtures.article;
import static org.parallax.crossarticle.ArticleFixtures.named;
import static org.parallax.crossarticle.ArticleFixtures.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.EntityType;

/**
 * The three seed articles with per-article entities built by hand from their texts (the names the
 * language layer's entity stage finds in them; that stage is not yet part of
 * {@code LanguagePipelines.standard()}), and a few unrelated news articles written for these tests.
 */
public final class SeedArticles {

    private SeedArticles() {
    }

    public static List<AnalyzedArticle> seeds() {
        return List.of(breitbart(), cradle(), jerusalemPost());
    }

    public static AnalyzedArticle breitbart() {
        return article("seed-000", Optional.of("Breitbart"), Optional.of(LocalDate.of(2022, 3, 24)), Optional.empty(),
                ArticleFixtures.seed("000_473c4f10df995f4b.txt"),
                named("Ukraine", EntityType.COUNTRY, "the Ukraine"), named("Israel", EntityType.COUNTRY),
                person("Volodymyr Zelensky", "Zelensky", "President Zelensky"), named("Haaretz", EntityType.ORGANIZATION),
                person("Andriy Yermak", "Yermak").withRoles("head of Zelensky’s office"),
                person("Naftali Bennett", "Bennett").withRoles("Israeli Prime Minister"),
                named("Russia", EntityType.COUNTRY), named("Jerusalem", EntityType.CITY),
                named("Russian Federation", EntityType.COUNTRY), person("Vladimir Putin"),
                named("Kremlin", EntityType.ORGANIZATION), named("Breitbart News", EntityType.ORGANIZATION),
                named("Donbas", EntityType.LOCATION), named("Crimea", EntityType.LOCATION),
                named("Iron Dome", EntityType.MISCELLANEOUS), named("Knesset", EntityType.ORGANIZATION));
    }

    public static AnalyzedArticle cradle() {
        return article("seed-001", Optional.of("The Cradle"), Optional.of(LocalDate.of(2022, 10, 27)),
                Optional.of("Ukrainian president reveals intelligence cooperation with Israel"),
                ArticleFixtures.seed("001_f6f65f91ea9eb73f.txt"),
                named("Israel", EntityType.COUNTRY), named("Ukraine", EntityType.COUNTRY),
                named("Russia", EntityType.COUNTRY), person("Volodymyr Zelensky", "Zelensky"),
                named("Kiev", EntityType.CITY), named("Guinea-Bissau", EntityType.COUNTRY),
                person("Omar Sissoko Ambalo"), named("Tel Aviv", EntityType.CITY), named("Moscow", EntityType.CITY),
                named("Iron Dome", EntityType.MISCELLANEOUS), named("Pegasus", EntityType.MISCELLANEOUS),
                person("Yair Lapid").withRoles("outgoing Israeli Prime Minister"),
                person("Dmytro Kuleba").withRoles("Ukrainian Foreign Minister"),
                named("Turkey", EntityType.COUNTRY), named("Cyprus", EntityType.COUNTRY),
                named("Russian Security Council", EntityType.ORGANIZATION),
                person("Dmitry Medvedev").withRoles("Deputy Chairman of the Russian Security Council"),
                named("Yedioth Ahronoth", EntityType.ORGANIZATION),
                named("General Staff Company", EntityType.ORGANIZATION));
    }

    public static AnalyzedArticle jerusalemPost() {
        return article("seed-002", Optional.of("The Jerusalem Post"), Optional.of(LocalDate.of(2022, 2, 27)),
                Optional.empty(), ArticleFixtures.seed("002_afd6bb49de05422a.txt"),
                named("Israel", EntityType.COUNTRY), named("Russia", EntityType.COUNTRY),
                named("Ukraine", EntityType.COUNTRY), person("Gary Koren", "Koren")
                        .withRoles("Foreign Ministry Deputy Director-General for Eurasia"),
                named("KAN", EntityType.ORGANIZATION), named("Foreign Ministry", EntityType.ORGANIZATION),
                person("Vladimir Putin", "Putin", "Mr. Putin"), named("Ukrainian National Guard", EntityType.ORGANIZATION),
                named("Kyiv", EntityType.CITY), person("Michael Brodsky", "Brodsky")
                        .withRoles("Israeli Ambassador to Ukraine"),
                person("Volodymyr Zelensky", "Zelensky"), person("Naftali Bennett", "Bennett"),
                person("Benjamin Netanyahu").withRoles("former prime minister"),
                named("Yediot Aharonot", EntityType.ORGANIZATION),
                named("Prime Minister’s Office", EntityType.ORGANIZATION),
                person("Yevgen Korniychuk").withRoles("Ukrainian Ambassador to Israel"),
                named("Poland", EntityType.COUNTRY), named("Israeli Embassy", EntityType.ORGANIZATION),
                named("Lviv", EntityType.CITY));
    }

    /** News on other matters, written for these tests in the style of wire copy. */
    public static List<AnalyzedArticle> unrelated() {
        return List.of(
                article("rally", Optional.of("Wire"), Optional.of(LocalDate.of(2016, 10, 14)),
                        Optional.of("Trump tells Ohio rally the election is rigged"),
                        "Republican presidential nominee Donald Trump told supporters in Cincinnati on Thursday that "
                                + "the election was being rigged against him, and repeated his praise for Vladimir "
                                + "Putin as a stronger leader than President Barack Obama.\n\n"
                                + "Hillary Clinton's campaign said the remarks showed Trump was unfit to be "
                                + "commander in chief. Clinton leads in most national polls by six points.\n\n"
                                + "Trump also attacked the media, calling reporters at the rally dishonest.",
                        person("Donald Trump", "Trump"), named("Cincinnati", EntityType.CITY),
                        person("Vladimir Putin"), person("Barack Obama"), person("Hillary Clinton", "Clinton")),
                article("debate", Optional.of("Other Wire"), Optional.of(LocalDate.of(2016, 10, 10)),
                        Optional.of("Clinton and Trump clash over tax returns in second debate"),
                        "Hillary Clinton and Donald Trump clashed over his tax returns and her emails in a bitter "
                                + "second presidential debate in St. Louis on Sunday night.\n\n"
                                + "Trump said that if he won he would appoint a special prosecutor to look into "
                                + "Clinton's use of a private email server while she was secretary of state.\n\n"
                                + "Clinton said Trump had paid no federal income tax for years.",
                        person("Hillary Clinton", "Clinton"), person("Donald Trump", "Trump"),
                        named("St. Louis", EntityType.CITY)),
                article("rates", Optional.of("Markets Desk"), Optional.of(LocalDate.of(2022, 11, 2)),
                        Optional.of("Fed raises rates by three quarters of a point for fourth time"),
                        "The Federal Reserve raised its benchmark interest rate by 0.75 percentage point on "
                                + "Wednesday, its fourth such increase in a row, as it fights the fastest "
                                + "inflation in four decades.\n\n"
                                + "Chair Jerome Powell told reporters that it was very premature to think about "
                                + "pausing, sending stocks on Wall Street lower.",
                        named("Federal Reserve", EntityType.ORGANIZATION), person("Jerome Powell"),
                        named("Wall Street", EntityType.LOCATION)),
                article("storm", Optional.of("Weather Desk"), Optional.of(LocalDate.of(2022, 9, 29)),
                        Optional.of("Hurricane Ian floods Florida's Gulf coast"),
                        "Hurricane Ian tore through southwest Florida on Wednesday, flooding streets in Fort Myers "
                                + "and Naples and leaving more than two million homes without power.\n\n"
                                + "Governor Ron DeSantis said rescue crews had begun reaching people trapped in "
                                + "their homes, and warned that the storm surge was not over.",
                        named("Florida", EntityType.STATE_OR_PROVINCE), named("Fort Myers", EntityType.CITY),
                        named("Naples", EntityType.CITY), person("Ron DeSantis")));
    }
}
