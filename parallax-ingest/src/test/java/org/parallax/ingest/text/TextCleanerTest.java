package org.parallax.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.RemovalReason;

/** Cleaning rules, on paragraphs shaped like those of real outlets (not only the seeds). */
class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private CleanText clean(String... paragraphs) {
        return cleaner.clean(Paragraphs.normalize(String.join("\n\n", paragraphs)));
    }

    @Test
    void dropsARelatedLabelWithTheHeadlineBelowIt() {
        CleanText clean = clean(
                "Russian forces shelled the city overnight, officials said.",
                "READ MORE:",
                "Zelensky urges West to speed up arms deliveries",
                "The mayor said three people were wounded.");
        assertThat(clean.text()).isEqualTo("Russian forces shelled the city overnight, officials said.\n\nThe mayor said three people were wounded.");
        assertThat(clean.removed()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RemovalReason.RELATED_LINK));
    }

    @Test
    void dropsAnInlineRelatedLink() {
        CleanText clean = clean("First paragraph of the story.", "Related: Israel sends humanitarian aid to Ukraine", "Last paragraph.");
        assertThat(clean.text()).isEqualTo("First paragraph of the story.\n\nLast paragraph.");
    }

    @Test
    void keepsAParagraphThatMerelyStartsWithRelated() {
        CleanText clean = clean("Related developments in Moscow were not discussed at the meeting, a spokesman said.");
        assertThat(clean.removed()).isEmpty();
    }

    @Test
    void dropsPhotoCaptionsWithCredits() {
        CleanText clean = clean(
                "Rescuers search the rubble in Dnipro on Sunday. Photograph: Clodagh Kilcoyne/Reuters",
                "A woman walks past a destroyed building in Irpin. (AP Photo/Vadim Ghirda)",
                "Soldiers at a checkpoint near Kharkiv (Photo credit: Sergey Bobok/AFP via Getty Images)",
                "Getty Images",
                "The strike hit a residential building, the regional governor said.");
        assertThat(clean.text()).isEqualTo("The strike hit a residential building, the regional governor said.");
        assertThat(clean.removed()).extracting(r -> r.reason()).containsOnly(RemovalReason.PHOTO_CREDIT);
    }

    @Test
    void dropsPublisherDisclaimers() {
        CleanText clean = clean(
                "The minister resigned on Friday.",
                "The views expressed in this article are those of the author and do not necessarily reflect the editorial policy of this outlet.",
                "Opinions expressed by contributors are their own.");
        assertThat(clean.text()).isEqualTo("The minister resigned on Friday.");
        assertThat(clean.removed()).extracting(r -> r.reason()).containsOnly(RemovalReason.DISCLAIMER);
    }

    @Test
    void keepsReportedSpeechAboutViews() {
        String paragraph = "The ministry said the report does not reflect the views of the government and called it fabricated.";
        assertThat(clean(paragraph).text()).isEqualTo(paragraph);
    }

    @Test
    void dropsShareSubscribeAndCopyrightLines() {
        CleanText clean = clean(
                "Talks resumed in Istanbul on Tuesday.",
                "Share this article",
                "Sign up for our daily newsletter to get the latest news.",
                "Follow us on Telegram",
                "ADVERTISEMENT",
                "© 2022 The Associated Press. All rights reserved.");
        assertThat(clean.text()).isEqualTo("Talks resumed in Istanbul on Tuesday.");
        assertThat(clean.removed()).extracting(r -> r.reason()).containsExactly(
                RemovalReason.SHARE_OR_SUBSCRIBE, RemovalReason.SHARE_OR_SUBSCRIBE, RemovalReason.SHARE_OR_SUBSCRIBE,
                RemovalReason.SHARE_OR_SUBSCRIBE, RemovalReason.COPYRIGHT);
    }

    @Test
    void keepsALongParagraphThatMentionsANewsletter() {
        String paragraph = "The newsletter, which the ministry publishes weekly, said on Monday that the number of refugees "
                + "crossing into Poland had doubled since the start of the month, and that aid groups were struggling to "
                + "keep up with demand at the border crossings.";
        assertThat(clean(paragraph).text()).isEqualTo(paragraph);
    }
}
