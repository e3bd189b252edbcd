package org.parallax.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.ArticleDraft;
import org.parallax.model.DateSource;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void readsTitleBylineAndDatelineInAnyOrder() {
        ArticleDraft draft = reader.parse("a.txt", "Kremlin warns Israel over arms for Kyiv\n"
                + "Published: October 17, 2022\n"
                + "By Jane Doe and John Roe\n\n"
                + "Deputy Chairman of the Russian Security Council Dmitry Medvedev warned Israel on Monday.\n");
        assertThat(draft.title()).contains("Kremlin warns Israel over arms for Kyiv");
        assertThat(draft.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(draft.published()).contains(LocalDate.of(2022, 10, 17));
        assertThat(draft.publishedFrom()).isEqualTo(DateSource.TEXT);
        assertThat(draft.text()).isEqualTo("Deputy Chairman of the Russian Security Council Dmitry Medvedev warned Israel on Monday.");
    }

    @Test
    void aLedeIsNotATitle() {
        String lede = "Israel is not speaking out much on the war, a senior official said on Sunday.";
        ArticleDraft draft = reader.parse("b.txt", lede + "\n\nSecond paragraph.");
        assertThat(draft.title()).isEmpty();
        assertThat(draft.text()).startsWith(lede);
    }

    @Test
    void aLoneLineIsTextNotTitle() {
        ArticleDraft draft = reader.parse("c.txt", "Breaking news without a full stop");
        assertThat(draft.title()).isEmpty();
        assertThat(draft.text()).isEqualTo("Breaking news without a full stop");
    }

    @Test
    void normalizesLineEndingsAndBlankLines() {
        ArticleDraft draft = reader.parse("d.txt", "First paragraph.\r\n\r\n\r\n\r\nSecond paragraph.   \r\n");
        assertThat(draft.text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }
}
