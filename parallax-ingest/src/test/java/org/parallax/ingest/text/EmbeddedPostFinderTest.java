package org.parallax.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.EmbeddedPost;

class EmbeddedPostFinderTest {

    private final EmbeddedPostFinder finder = new EmbeddedPostFinder();

    @Test
    void findsATweetBySignOff() {
        String text = "The president spoke on Monday.\n\n"
                + "We will not surrender. pic.twitter.com/AbCdEf123 — Володимир Зеленський (@ZelenskyyUa) March 1, 2022\n\n"
                + "He later met European leaders.";
        assertThat(finder.find(text)).singleElement().satisfies((EmbeddedPost post) -> {
            assertThat(post.span().coveredText(text)).startsWith("We will not surrender.").endsWith("March 1, 2022");
            assertThat(post.author()).contains("Володимир Зеленський (@ZelenskyyUa)");
            assertThat(post.published()).contains(LocalDate.of(2022, 3, 1));
            assertThat(post.url()).contains("pic.twitter.com/AbCdEf123");
        });
    }

    @Test
    void findsAnInstagramPost() {
        String text = "Caption of the post #peace\n\nA post shared by Kyiv City (@kyivcity) on Mar 3, 2022 at 4:00pm PST";
        assertThat(finder.find(text)).singleElement().satisfies((EmbeddedPost post) -> {
            assertThat(post.author()).contains("Kyiv City (@kyivcity)");
            assertThat(post.published()).contains(LocalDate.of(2022, 3, 3));
        });
    }

    @Test
    void ignoresAHandleInRunningText() {
        String text = "The ministry (@IsraelMFA) said on March 1, 2022 that it would send aid.";
        assertThat(finder.find(text)).isEmpty();
    }
}
