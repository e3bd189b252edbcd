package org.parallax.evaluation.pubdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.html.DateEvidence;
import org.parallax.ingest.html.PublicationDate;

class PubdateReportTest {

    private static final LocalDate DAY = LocalDate.of(2019, 10, 18);

    private static PubdateReport.PageResult page(String file, Optional<LocalDate> gold, Optional<LocalDate> found,
            boolean text) {
        return new PubdateReport.PageResult(file, "https://example.com/" + file, gold, PubdatePart.of(file),
                found.map(date -> new PublicationDate(date, DateEvidence.META_TAG)), text, true);
    }

    @Test
    void countsRightWrongAndUndatedPagesAndAPageWithoutGoldDateLeftUndatedAsRight() {
        PubdateReport report = new PubdateReport(List.of(
                page("a.html", Optional.of(DAY), Optional.of(DAY), true),
                page("b.html", Optional.of(DAY), Optional.of(DAY.plusDays(1)), true),
                page("c.html", Optional.of(DAY), Optional.empty(), false),
                page("d.html", Optional.empty(), Optional.empty(), true),
                page("e.html", Optional.empty(), Optional.of(DAY), true)));

        PubdateReport.Figures all = report.all();

        assertThat(all.pages()).isEqualTo(5);
        assertThat(all.right()).isEqualTo(2);
        assertThat(all.wrong()).isEqualTo(2);
        assertThat(all.dated()).isEqualTo(3);
        assertThat(all.textShare()).isEqualTo(0.8);
        assertThat(all.byEvidence().get(DateEvidence.META_TAG)).isEqualTo(new PubdateReport.EvidenceCount(3, 1));
    }

    @Test
    void thePartsSplitThePagesByAFixedHashAndHeldOutPagesAreNeverListed() {
        assertThat(PubdatePart.of("0a4a8ab61c054192b1ec70cc3570cf45.html"))
                .isEqualTo(PubdatePart.of("0a4a8ab61c054192b1ec70cc3570cf45.html"));
        String heldOut = IntStream.range(0, 100).mapToObj(i -> "page" + i + ".html")
                .filter(name -> PubdatePart.of(name) == PubdatePart.HELD_OUT).findFirst().orElseThrow();
        PubdateReport report = new PubdateReport(List.of(page(heldOut, Optional.of(DAY), Optional.empty(), true)));

        assertThat(report.figures(PubdatePart.HELD_OUT).pages()).isEqualTo(1);
        assertThat(report.summary(10)).doesNotContain(heldOut);
    }
}
