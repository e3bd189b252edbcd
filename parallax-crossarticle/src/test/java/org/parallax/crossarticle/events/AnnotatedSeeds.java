package org.parallax.crossarticle.events;

import static org.parallax.model.EntityType.CITY;
import static org.parallax.model.EntityType.COUNTRY;
import static org.parallax.model.EntityType.LOCATION;
import static org.parallax.model.EntityType.MISCELLANEOUS;
import static org.parallax.model.EntityType.ORGANIZATION;
import static org.parallax.model.EntityType.PERSON;
import static org.parallax.model.QuoteKind.DIRECT;
import static org.parallax.model.QuoteKind.INDIRECT;
import static org.parallax.model.QuoteKind.MIXED;
import static org.parallax.model.TimexType.DATE;
import static org.parallax.model.TimexType.DURATION;
import static org.parallax.model.TimexType.SET;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The three seed articles (test resources {@code seeds/}) as ingest cleans them (the Cradle's
 * headline, standfirst, byline, dateline, related link and disclaimer and the Jerusalem Post's
 * photo caption left out), with the annotations a correct language layer gives them.
 */
public final class AnnotatedSeeds {

    public static final String BREITBART = "000";
    public static final String CRADLE = "001";
    public static final String JPOST = "002";

    private AnnotatedSeeds() {
    }

    /** All three builders, Breitbart, The Cradle, The Jerusalem Post. */
    public static List<AnnotatedArticleBuilder> builders() {
        return List.of(breitbart(), cradle(), jerusalemPost());
    }

    public static String text(String file) {
        try (InputStream in = AnnotatedSeeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no seed " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paragraphs of a seed (one per line), blank lines dropped, re-joined with a blank line. */
    static String clean(String raw, List<String> dropStarting, int dropFirst) {
        List<String> paragraphs = new ArrayList<>(raw.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        paragraphs = new ArrayList<>(paragraphs.subList(dropFirst, paragraphs.size()));
        paragraphs.removeIf(p -> dropStarting.stream().anyMatch(p::startsWith));
        return paragraphs.stream().collect(Collectors.joining("\n\n"));
    }

    public static AnnotatedArticleBuilder breitbart() {
        String text = clean(text("000_473c4f10df995f4b.txt"), List.of(), 0);
        AnnotatedArticleBuilder b = new AnnotatedArticleBuilder(BREITBART, "Breitbart", LocalDate.of(2022, 3, 24), text)
                .post("Israeli Prime Minister Naftali Bennett offered", "February 27, 2022", "Breitbart News (@BreitbartNews)",
                        LocalDate.of(2022, 2, 27), "https://t.co/2sGt1mMAFu")
                .entity("ukraine", COUNTRY, "Ukraine")
                .entity("israel", COUNTRY, "Israel")
                .entity("zelensky", PERSON, "Volodymyr Zelensky", "Zelensky")
                .entity("haaretz", ORGANIZATION, "Haaretz")
                .entity("yermak", PERSON, "Andriy Yermak", "Yermak")
                .entity("bennett", PERSON, "Naftali Bennett", "Bennett")
                .entity("russia", COUNTRY, "Russia", "Russian Federation")
                .entity("jerusalem", CITY, "Jerusalem")
                .entity("putin", PERSON, "Vladimir Putin")
                .entity("kremlin", ORGANIZATION, "Kremlin")
                .entity("breitbart", ORGANIZATION, "Breitbart News")
                .entity("donbas", LOCATION, "Donbas")
                .entity("crimea", LOCATION, "Crimea")
                .entity("knesset", ORGANIZATION, "Knesset")
                .entity("irondome", MISCELLANEOUS, "Iron Dome")
                .timex("said Thursday according", "Thursday", DATE, "2022-03-24")
                .timex("Putin on Sunday", "Sunday", DATE, "2022-02-27")
                .timex("(@BreitbartNews) February 27, 2022", "February 27, 2022", DATE, "2022-02-27")
                .timex("earlier this week", "earlier this week", DATE, "2022-W12");
        String lead = "Ukraine’s intelligence services are working in “close cooperation” with their Israeli counterparts, a senior aide to Ukrainian President Volodymyr Zelensky’s said Thursday";
        b.quote(INDIRECT, lead, "Ukraine’s intelligence services are working in “close cooperation” with their Israeli counterparts",
                "said", "a senior aide to Ukrainian President Volodymyr Zelensky’s", "yermak");
        String respect = "“I have very big respect for the leaders of your intelligence services,” Andriy Yermak, head of Zelensky’s office, told Israeli reporters.";
        b.quote(DIRECT, respect, "I have very big respect for the leaders of your intelligence services", "told", "Andriy Yermak", "yermak")
                .to(respect, "Israeli reporters");
        b.quote(DIRECT, "“I know many of them personally.", "I know many of them personally", "said", "he", "yermak");
        b.quote(MIXED, "He added that Israel’s intelligence community", "Israel’s intelligence community was “one of the best of the world.”",
                "added", "He", "yermak");
        b.quote(DIRECT, "“It is high time now", "It is high time now for that meeting of the presidents to take place. The war has been going on for too long",
                "said", "he", "yermak");
        b.quote(INDIRECT, "He expressed his hope that Israel", "Israel would become a guarantor of any security guarantees for Ukraine in a future peace accord",
                "expressed his hope", "He", "yermak");
        String tweet = "Israeli Prime Minister Naftali Bennett offered to act as a mediator between Russia and Ukraine during a phone call with President Vladimir Putin on Sunday, a statement from the Kremlin said.";
        b.quote(INDIRECT, tweet, "Israeli Prime Minister Naftali Bennett offered to act as a mediator between Russia and Ukraine during a phone call with President Vladimir Putin on Sunday",
                "said", "a statement from the Kremlin", "kremlin");
        b.quote(DIRECT, "“There hasn’t been any pressure,” he said.", "There hasn’t been any pressure", "said", "he", "yermak");
        b.quote(INDIRECT, "He added Russian demands have softened", "Russian demands have softened, although fundamental differences remain, and Ukraine is now cautiously optimistic",
                "added", "He", "yermak");
        b.quote(INDIRECT, "While territorial concessions are off the table, the question of Donbas and Crimea can be discussed, he said.",
                "While territorial concessions are off the table, the question of Donbas and Crimea can be discussed", "said", "he", "yermak");
        b.quote(DIRECT, "“We have given clear expectations", "We have given clear expectations we need Iron Dome system and other types of weapons",
                "said", "he", "yermak");
        b.quote(DIRECT, "“Zelensky has never compared", "Zelensky has never compared [this to] the Holocaust of the Second World War, when millions of Jews were exterminated and I’d like to remind you that our President is a Jew and I have Jewish blood as well",
                "said", "Yermak", "yermak");
        return b;
    }

    public static AnnotatedArticleBuilder cradle() {
        String text = clean(text("001_f6f65f91ea9eb73f.txt"),
                List.of("Read also:", "Turkey threatens Cyprus", "We remind our readers"), 4);
        AnnotatedArticleBuilder b = new AnnotatedArticleBuilder(CRADLE, "The Cradle", LocalDate.of(2022, 10, 27), text)
                .entity("zelensky", PERSON, "Volodymyr Zelensky", "Zelensky")
                .entity("kyiv", CITY, "Kiev")
                .entity("israel", COUNTRY, "Israel")
                .entity("guinea-bissau", COUNTRY, "Guinea-Bissau")
                .entity("ambalo", PERSON, "Omar Sissoko Ambalo")
                .entity("tel-aviv", CITY, "Tel Aviv")
                .entity("russia", COUNTRY, "Russia")
                .entity("ukraine", COUNTRY, "Ukraine")
                .entity("moscow", CITY, "Moscow")
                .entity("irondome", MISCELLANEOUS, "Iron Dome")
                .entity("pegasus", MISCELLANEOUS, "Pegasus")
                .entity("lapid", PERSON, "Yair Lapid")
                .entity("kuleba", PERSON, "Dmytro Kuleba")
                .entity("security-council", ORGANIZATION, "Russian Security Council")
                .entity("medvedev", PERSON, "Dmitry Medvedev")
                .entity("yediot", ORGANIZATION, "Yedioth Ahronoth")
                .entity("general-staff-company", ORGANIZATION, "General Staff Company")
                .timex("in Kiev on 26 October", "26 October", DATE, "2022-10-26")
                .timex("earlier this year", "earlier this year", DATE, "2022")
                .timex("On 20 October", "20 October", DATE, "2022-10-20")
                .timex("Israel on 17 October", "17 October", DATE, "2022-10-17")
                .timex("reported on 25 March", "25 March", DATE, "2022-03-25");
        b.quote(INDIRECT, "Ukrainian President, Volodymyr Zelensky, confirmed during a press conference",
                "his country has begun intelligence cooperation with Israel", "confirmed", "Volodymyr Zelensky", "zelensky");
        // the context runs to the end of the sentence, which holds the quote
        b.quote(DIRECT, "Zelensky said: “Intelligence services between the two sides have begun cooperation,”",
                "Intelligence services between the two sides have begun cooperation", "said", "Zelensky", "zelensky");
        b.quote(DIRECT, "“There is a positive trend", "There is a positive trend in relations between Kiev and Tel Aviv, after the two sides shared intelligence information, specifically related to Iranian drones used by Russia in the war it is waging against Ukraine",
                "went on to say", "Zelensky", "zelensky");
        b.quote(INDIRECT, "Media reports have suggested that an Israeli defense firm secretly sold weapons to Kiev through a Polish intermediary.",
                "an Israeli defense firm secretly sold weapons to Kiev through a Polish intermediary", "suggested", "Media reports",
                Optional.empty());
        b.quote(MIXED, "Dmitry Medvedev warned Israel on 17 October", "any support of Ukrainian forces would be a “reckless move” that would seriously harm bilateral relations",
                "saying", "Dmitry Medvedev", "medvedev");
        b.quote(INDIRECT, "Hebrew newspaper Yedioth Ahronoth reported on 25 March that",
                "reserve members of the Israeli military, who hail from the elite commandos unit known as the General Staff Company, have been training Ukrainian volunteers to fight against Russia",
                "reported", "Yedioth Ahronoth", "yediot");
        return b;
    }

    public static AnnotatedArticleBuilder jerusalemPost() {
        String text = clean(text("002_afd6bb49de05422a.txt"), List.of("Servicemen of the Ukrainian National Guard"), 0);
        AnnotatedArticleBuilder b = new AnnotatedArticleBuilder(JPOST, "The Jerusalem Post", LocalDate.of(2022, 2, 27), text)
                .entity("israel", COUNTRY, "Israel")
                .entity("russia", COUNTRY, "Russia")
                .entity("ukraine", COUNTRY, "Ukraine")
                .entity("foreign-ministry", ORGANIZATION, "Foreign Ministry")
                .entity("koren", PERSON, "Gary Koren", "Koren")
                .entity("kan", ORGANIZATION, "KAN")
                .entity("putin", PERSON, "Vladimir Putin", "Putin")
                .entity("brodsky", PERSON, "Michael Brodsky", "Brodsky")
                .entity("zelensky", PERSON, "Volodymyr Zelensky", "Zelensky")
                .entity("bennett", PERSON, "Naftali Bennett", "Bennett")
                .entity("netanyahu", PERSON, "Benjamin Netanyahu")
                .entity("yediot", ORGANIZATION, "Yediot Aharonot")
                .entity("pmo", ORGANIZATION, "Prime Minister’s Office")
                .entity("korniychuk", PERSON, "Yevgen Korniychuk")
                .entity("poland", COUNTRY, "Poland")
                .entity("kyiv", CITY, "Kyiv")
                .entity("lviv", CITY, "Lviv")
                .timex("Gary Koren said on Sunday", "Sunday", DATE, "2022-02-27")
                .timex("first two leaders on Friday", "Friday", DATE, "2022-02-25")
                .timex("when they met in October", "October", DATE, "2021-10")
                .timex("Korniychuk said on Friday", "Friday", DATE, "2022-02-25")
                .timex("to Poland on Monday", "Monday", DATE, "2022-02-28")
                .timex("Brodsky also said on Sunday", "Sunday", DATE, "2022-02-27")
                .timex("over the weekend", "the weekend", DATE, "2022-W08-WE")
                .timex("Ukraine at this time.", "at this time", DATE, "PRESENT_REF")
                .timex("Israeli mediation at this time", "at this time", DATE, "PRESENT_REF")
                .timex("in the previous three days", "the previous three days", DURATION, "P3D")
                .timex("24 hours a day", "24 hours a day", SET, "P1D");
        b.quote(INDIRECT, "Israel is not speaking out much", "Israel is not speaking out much on the war between Russia and Ukraine in order to be able to help mediate between the sides",
                "said", "Gary Koren", "koren");
        String quietly = "“There are some things we are continuing to do, and these things are done quietly,” Koren told KAN";
        b.quote(DIRECT, quietly, "There are some things we are continuing to do, and these things are done quietly", "told", "Koren", "koren")
                .to(quietly, "KAN");
        b.quote(DIRECT, "The senior Foreign Ministry official added: “We are in touch", "We are in touch with all sides: Ukraine, Western states and also Putin’s government",
                "added", "The senior Foreign Ministry official", "koren");
        b.quote(DIRECT, "“It is important for us to maintain all channels", "It is important for us to maintain all channels with all states",
                "added", "Koren", "koren");
        b.quote(INDIRECT, "Michael Brodsky, however, said Israel will not be able", "Israel will not be able to mediate between Russia and Ukraine at this time",
                "said", "Michael Brodsky", "brodsky");
        String window = "“There is no window of opportunity for talks between Russia and Ukraine with Israeli mediation at this time,” Brodsky told KAN.";
        b.quote(DIRECT, window, "There is no window of opportunity for talks between Russia and Ukraine with Israeli mediation at this time",
                "told", "Brodsky", "brodsky").to(window, "KAN");
        b.quote(INDIRECT, "Putin called Zelensky a Nazi in response to Bennett’s request, according to Yediot Aharonot.",
                "Putin called Zelensky a Nazi in response to Bennett’s request", "according to", "Yediot Aharonot", "yediot");
        b.quote(MIXED, "Korniychuk said on Friday that Israel", "Israel is \"one of the most prominent possible intermediaries for Mr. Putin.\"",
                "said", "Yevgen Korniychuk", "korniychuk");
        b.quote(INDIRECT, "Bennett said in the call that he supports", "he supports the Ukrainian people, without condemning Russia",
                "said", "Bennett", "bennett");
        b.quote(MIXED, "Koren said that a plane", "a plane with “tons of humanitarian aid” will depart from Israel to Poland on Monday",
                "said", "Koren", "koren");
        b.quote(INDIRECT, "Brodsky also said on Sunday that", "in the previous three days 1,500-2,000 Israelis crossed the border from Ukraine to Poland",
                "said", "Brodsky", "brodsky");
        b.quote(INDIRECT, "Koren estimated that there are about 6,000 Israelis left in Ukraine",
                "there are about 6,000 Israelis left in Ukraine", "estimated", "Koren", "koren");
        b.quote(DIRECT, "“Jewish citizens of Ukraine also reach the border", "Jewish citizens of Ukraine also reach the border, and there is an increase in requests to immigrate to Israel",
                "said", "Brodsky", "brodsky");
        b.quote(INDIRECT, "The Israeli Embassy in Ukraine has staff at the border", "The Israeli Embassy in Ukraine has staff at the border 24 hours a day",
                "said", "the ambassador", "brodsky");
        return b;
    }
}
