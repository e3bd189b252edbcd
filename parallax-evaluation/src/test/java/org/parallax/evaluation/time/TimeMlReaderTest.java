package org.parallax.evaluation.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.TimexType;

class TimeMlReaderTest {

    private static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2022-02-27" temporalFunction="false" functionInDocument="CREATION_TIME">20220227</TIMEX3></DCT>
            <TEXT>
            Koren <EVENT eid="e1" class="REPORTING">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2022-02-27">Sunday</TIMEX3> that staff &amp; diplomats work <TIMEX3 tid="t2" type="SET" value="P1D">24 hours a day</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void stripsTagsAndKeepsGoldOffsetsIntoTheText(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("TEST0001.tml");
        Files.writeString(file, DOCUMENT);

        TimeMlDocument document = new TimeMlReader().read(file, "TimeBank");

        assertThat(document.id()).isEqualTo("TEST0001");
        assertThat(document.creationDate()).isEqualTo(LocalDate.of(2022, 2, 27));
        assertThat(document.text()).contains("Koren said on Sunday that staff & diplomats work 24 hours a day.");
        assertThat(document.timexes()).hasSize(2);
        assertThat(document.timexes().get(0).span().coveredText(document.text())).isEqualTo("Sunday");
        assertThat(document.timexes().get(1).span().coveredText(document.text())).isEqualTo("24 hours a day");
        assertThat(document.timexes().get(1).type()).isEqualTo(TimexType.SET);
        assertThat(document.timexes().get(1).value()).isEqualTo("P1D");
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsFetched(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("EVIL.tml");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE TimeML [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <TimeML><DCT><TIMEX3 value="2022-02-27">x</TIMEX3></DCT><TEXT>&x;</TEXT></TimeML>
                """);

        assertThatThrownBy(() -> new TimeMlReader().read(file, "TimeBank")).isInstanceOf(IllegalArgumentException.class);
    }
}
