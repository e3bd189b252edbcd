package org.parallax.evaluation.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.evaluation.time.GoldEvent;
import org.parallax.evaluation.time.TimeMlDocument;
import org.parallax.evaluation.time.TimeMlReader;

/**
 * Issue 13: more training labels for cross-sentence dating from TimeBank itself. An event that no TLINK ties to a time
 * expression takes the date of an event it is {@code SIMULTANEOUS} with, {@code IDENTITY} with or {@code IS_INCLUDED} in.
 */
class Issue13LinkedDatesTest {

    /** The sentences of TimeBank's APW19980322.0749 (AP, 1998-03-22), with TLINKs of the kinds TimeBank has. */
    private static final String DOCUMENT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-22" functionInDocument="CREATION_TIME">03/22/1998</TIMEX3></DCT>
            <TEXT>
            <TIMEX3 tid="t1" type="DATE" value="1998-03-22">Earlier Sunday</TIMEX3>, police and militant Protestants <EVENT eid="e1" class="OCCURRENCE">clashed</EVENT> in north Belfast.
            Riot police <EVENT eid="e2" class="OCCURRENCE">responded</EVENT> and <EVENT eid="e3" class="OCCURRENCE">scattered</EVENT> the crowd.
            Police <EVENT eid="e4" class="OCCURRENCE">arrested</EVENT> six Protestants, <EVENT eid="e5" class="OCCURRENCE">suspected</EVENT> of <EVENT eid="e6" class="OCCURRENCE">rioting</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P1W">all week</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e5" eiid="ei5" tense="NONE" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e6" eiid="ei6" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
            <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
            <TLINK lid="l2" relType="SIMULTANEOUS" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
            <TLINK lid="l3" relType="INCLUDES" eventInstanceID="ei2" relatedToEventInstance="ei3"/>
            <TLINK lid="l4" relType="AFTER" eventInstanceID="ei4" relatedToEventInstance="ei1"/>
            <TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei6" relatedToTime="t2"/>
            <TLINK lid="l6" relType="IS_INCLUDED" eventInstanceID="ei5" relatedToEventInstance="ei6"/>
            <TLINK lid="l7" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei4"/>
            </TimeML>
            """;

    @Test
    void anEventSimultaneousWithOrInsideADatedEventTakesItsDate(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("APW19980322.0749.tml");
        Files.writeString(file, DOCUMENT);
        TimeMlDocument document = new TimeMlReader().read(file, "TimeBank");

        Map<String, List<GoldEvent.TimeAnchor>> linked = LinkedDates.of(document);

        // "responded" SIMULTANEOUS with "clashed" (Earlier Sunday); "scattered" IS_INCLUDED in "responded" (read from its
        // side of "responded INCLUDES scattered"), two links away
        assertThat(linked.get("e2")).singleElement().satisfies(anchor -> {
            assertThat(anchor.relation()).isEqualTo("IS_INCLUDED");
            assertThat(anchor.timex().value()).isEqualTo("1998-03-22");
        });
        assertThat(linked.get("e3")).singleElement().satisfies(anchor -> assertThat(anchor.timex().value()).isEqualTo("1998-03-22"));
        // "clashed" has a date of its own; "arrested" is only AFTER it (and tied to the creation time, no expression of
        // the text); "suspected" lies in "rioting", which lies in a week-long duration: the duration travels, it is no date
        // the benchmark counts, but it is the gold's time of the event
        assertThat(linked).doesNotContainKeys("e1", "e4", "e6");
        assertThat(linked.get("e5")).singleElement().satisfies(anchor -> assertThat(anchor.timex().value()).isEqualTo("P1W"));
    }

    @Test
    void theLinksAreReadOnBothEvents(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("APW19980322.0749.tml");
        Files.writeString(file, DOCUMENT);
        TimeMlDocument document = new TimeMlReader().read(file, "TimeBank");

        GoldEvent scattered = document.events().stream().filter(event -> event.id().equals("e3")).findFirst().orElseThrow();
        assertThat(scattered.links()).containsExactly(new GoldEvent.EventLink("IS_INCLUDED", "e2"));
        GoldEvent responded = document.events().stream().filter(event -> event.id().equals("e2")).findFirst().orElseThrow();
        assertThat(responded.links()).containsExactlyInAnyOrder(new GoldEvent.EventLink("SIMULTANEOUS", "e1"),
                new GoldEvent.EventLink("INCLUDES", "e3"));
    }

    @Test
    void onTimeBankTheLinksDateManyMoreEvents() {
        Path folder = Path.of("../../shared/bench/tempeval3/TBAQ-cleaned/TimeBank");
        if (!Files.isDirectory(folder)) {
            folder = Path.of("../shared/bench/tempeval3/TBAQ-cleaned/TimeBank");
        }
        assumeTrue(Files.isDirectory(folder), "TempEval-3 is not in ../shared/bench");
        TimeMlReader reader = new TimeMlReader();
        int own = 0;
        int byLinks = 0;
        for (Path file : TimelineBenchmark.files(folder, 0)) {
            TimeMlDocument document = reader.read(file, "TimeBank");
            own += (int) document.events().stream().filter(event -> !TimelineBenchmark.counted(event).isEmpty()).count();
            byLinks += (int) LinkedDates.of(document).values().stream()
                    .filter(anchors -> !TimelineBenchmark.counted(new GoldEvent("linked", anchors.get(0).timex().span(), anchors)).isEmpty())
                    .count();
        }
        assertThat(own).isEqualTo(544);
        assertThat(byLinks).isGreaterThan(own / 4); // 156 when written
    }
}
