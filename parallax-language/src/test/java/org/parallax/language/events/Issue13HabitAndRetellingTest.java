package org.parallax.language.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.DatingBasis;
import org.parallax.model.EventMention;

/**
 * Issue 13: a passage carries no date over a habit (a clause that holds a set of times: "sang at church every week") nor
 * over an event an earlier sentence already placed elsewhere ("last week's shooting" ... "was shot"), nor to a gerund or
 * participle; an event noun "to come" shares no date with its predicate, and the time of a saying dates no word of its
 * quotation. Real sentences of PolNeAR dev, first
 * huff-post_2016-09-20_hillary-clinton-speaks-directly- (HuffPost, Tuesday 2016-09-20), where both "sang" and "shot" were
 * dated by the passage to the Monday of "released video on Monday"; each was dated wrong before this change.
 */
class Issue13HabitAndRetellingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 9, 20);

    private static final String TULSA = "Tulsa police released video on Monday of last week’s shooting. Crutcher, 40 ― a"
            + " father and student who sang at church every week ― was shot and killed by a white officer after his vehicle"
            + " stalled in the middle of a roadway.";

    private static final String SCHEDULE = "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to"
            + " 9:00 a.m. Eastern.";

    @Test
    void theTopOfThePassageIsDatedByItsOwnDay() {
        AnalyzedArticle article = NewsSentences.analyze("huff-post_2016-09-20", TULSA, PUBLISHED);
        EventMention released = NewsSentences.mention(article, "released");
        assertThat(released.dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        assertThat(released.dating().value()).contains("2016-09-19");
    }

    @Test
    void aHabitIsNoDatedEvent() {
        AnalyzedArticle article = NewsSentences.analyze("huff-post_2016-09-20", TULSA, PUBLISHED);
        assertThat(NewsSentences.mention(article, "sang").dating().isDated()).isFalse();
        assertThat(NewsSentences.mention(analyze(SCHEDULE), "airs").dating().isDated()).isFalse();
    }

    @Test
    void anEventAnEarlierSentencePlacedElsewhereKeepsThatDate() {
        AnalyzedArticle article = NewsSentences.analyze("huff-post_2016-09-20", TULSA, PUBLISHED);
        EventMention shooting = NewsSentences.mention(article, "shooting");
        assertThat(shooting.dating().basis()).isEqualTo(DatingBasis.TIME_EXPRESSION);
        String lastWeek = shooting.dating().value().orElseThrow();
        assertThat(lastWeek).isNotEqualTo("2016-09-19");
        EventMention shot = NewsSentences.mention(article, "shot");
        assertThat(shot.dating().value()).contains(lastWeek);
        assertThat(shot.dating().evidence()).isEqualTo(shooting.dating().evidence());
        // what the sentence tells beside the shooting happened last week too: the Monday of the video dates none of it
        for (String word : new String[] {"killed", "stalled"}) {
            assertThat(NewsSentences.mention(article, word).dating().value()).as(word).isNotEqualTo(Optional.of("2016-09-19"));
        }
    }

    /** The Washington Post, 2016-09-29: a gerund of the passage's sentence took the Monday of the debate. */
    private static final String DEBATE = "Monday's debate might not move mountains politically. Most Americans are already"
            + " set in stone about their choice on Nov. 8. But Hillary Clinton didn't need an earthshaking event on Monday. She"
            + " needed no more than to resettle nervous Democrats and reinforce the reasons many college-educated white voters"
            + " have had such reservations about voting for Trump.";

    /** Politico, 2016-09-12: a participle of a present-tense sentence took the Sept. 11 of the sentence before. */
    private static final String RULES = "Fowler said he expects Clinton to fully recover from her bout with pneumonia, which"
            + " forced her to leave a Sept. 11 memorial event early and cancel an early-week fundraising swing. But he said the"
            + " Democratic Party would be mistaken to proceed without a contingency plan. The party's existing rules empower the"
            + " DNC to name a replacement candidate but include few guidelines or parameters.";

    /** Politico, 2016-09-16: the debates to come took the Friday of the advice. */
    private static final String ADVICE = "Bernie Sanders offered some pointed advice to Hillary Clinton on Friday in the"
            + " upcoming presidential debates and beyond, as the Democratic nominee looks to shore up support amid sagging poll"
            + " numbers, particularly among younger voters.";

    @Test
    void aGerundOrAParticipleTakesNoDateFromThePassage() {
        AnalyzedArticle debate = NewsSentences.analyze("wash-post_2016-09-29", DEBATE, LocalDate.of(2016, 9, 29));
        assertThat(NewsSentences.mention(debate, "voting").dating().isDated()).isFalse();
        AnalyzedArticle rules = NewsSentences.analyze("politico_2016-09-12", RULES, LocalDate.of(2016, 9, 12));
        assertThat(NewsSentences.mention(rules, "existing").dating().isDated()).isFalse();
    }

    /** The New York Times, 2016-09-19: the words of the quotation took the Saturday night of its saying. */
    private static final String BALLOT = "\"My name may not be on the ballot, but our progress is on the ballot,\" Mr. Obama"
            + " said on Saturday night at the Congressional Black Caucus Foundation gala dinner in Washington, where Mrs. Clinton"
            + " also spoke.";

    @Test
    void anEventNounToComeSharesNoDateWithItsPredicate() {
        assertDatedAndUndated(NewsSentences.analyze("politico_2016-09-16", ADVICE, LocalDate.of(2016, 9, 16)), "offered",
                "2016-09-16", "debates");
    }

    @Test
    void theTimeOfASayingDatesNoWordOfTheQuotation() {
        assertDatedAndUndated(NewsSentences.analyze("nyt_2016-09-19", BALLOT, LocalDate.of(2016, 9, 19)), "said", "2016-09-17",
                "ballot");
    }

    /** {@code dated} (its first occurrence) is dated {@code day}, {@code undated} is not dated. */
    private static void assertDatedAndUndated(AnalyzedArticle article, String dated, String day, String undated) {
        assertThat(NewsSentences.mention(article, dated).dating().value()).contains(day);
        assertThat(NewsSentences.mention(article, undated).dating().isDated()).isFalse();
    }

    private static AnalyzedArticle analyze(String text) {
        return NewsSentences.analyze("breitbart_2016-09-12", text, LocalDate.of(2016, 9, 12));
    }
}
