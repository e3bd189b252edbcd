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
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
            <TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei1"/>
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
    void readsEventsWithTheTimeExpressionsOfTheTextTheirLinksTieThemTo(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("TEST0001.tml");
        Files.writeString(file, DOCUMENT);

        TimeMlDocument document = new TimeMlReader().read(file, "TimeBank");

        assertThat(document.events()).hasSize(1);
        GoldEvent said = document.events().get(0);
        assertThat(said.id()).isEqualTo("e1");
        assertThat(said.span().coveredText(document.text())).isEqualTo("said");
        // the link to the creation time (t0, outside the text) is no anchor
        assertThat(said.anchors()).hasSize(1);
        assertThat(said.anchors().get(0).relation()).isEqualTo("IS_INCLUDED");
        assertThat(said.anchors().get(0).timex().value()).isEqualTo("2022-02-27");
        assertThat(said.anchors().get(0).timex().span().coveredText(document.text())).isEqualTo("Sunday");
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
