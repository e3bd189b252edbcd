package org.parallax.evaluation.pubdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.html.DateEvidence;
import org.parallax.ingest.html.PublicationDate;
import org.parallax.ingest.html.PublicationDateModel;

/** Issue 9: the publication-date vote's training reads only the development part and picks its threshold honestly. */
class Issue9PubdateTrainingTest {

    private static String nameIn(PubdatePart part, int from) {
        for (int i = from; ; i++) {
            String name = "page-" + i + ".html";
            if (PubdatePart.of(name) == part) {
                return name;
            }
        }
    }

    @Test
    void theHeldOutPartIsNeverRead(@TempDir Path folder) throws IOException {
        String development = nameIn(PubdatePart.DEVELOPMENT, 0);
        String heldOut = nameIn(PubdatePart.HELD_OUT, 0);
        Files.writeString(folder.resolve("gold.json"), """
                {"%s": {"url": "https://example.com/2020/05/01/story/", "date": "2020-05-01"},
                 "%s": {"url": "https://example.com/2021/06/02/story/", "date": "2021-06-02"}}"""
                .formatted(development, heldOut));
        Files.createDirectories(folder.resolve("pages"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("<html><body><h1>Story</h1><p>Text.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(folder.resolve("pages").resolve(development + ".gz"), bytes.toByteArray());
        // the held-out page's file is not even there: reading it would be reported as unreadable
        List<PubdateTraining.Page> pages = PubdateTraining.developmentPages(folder);
        assertThat(pages).extracting(PubdateTraining.Page::file).containsExactly(development);
        assertThat(pages.get(0).candidates()).extracting(candidate -> candidate.date())
                .containsExactly(LocalDate.of(2020, 5, 1));
        assertThat(pages.get(0).reachable()).isTrue();
    }

    @Test
    void theThresholdWithTheMostRightPagesWithinTheAllowedWrongShareIsChosen() {
        LocalDate day = LocalDate.of(2020, 5, 1);
        LocalDate other = LocalDate.of(2020, 5, 2);
        List<PubdateTraining.Page> pages = new ArrayList<>();
        List<Optional<PublicationDateModel.Vote>> votes = new ArrayList<>();
        // eight sure right votes, one unsure right vote (0.3), one unsure wrong vote (0.2)
        for (int i = 0; i < 10; i++) {
            pages.add(new PubdateTraining.Page("p" + i, List.of(), Optional.of(day)));
            LocalDate voted = i == 9 ? other : day;
            double confidence = i < 8 ? 0.9 : i == 8 ? 0.3 : 0.2;
            votes.add(Optional.of(new PublicationDateModel.Vote(new PublicationDate(voted, DateEvidence.URL), confidence)));
        }
        PubdateTraining.Setting strict = PubdateTraining.bestThreshold(pages, votes, 1.0, 0.0);
        assertThat(strict.right()).isEqualTo(9);
        assertThat(strict.wrong()).isZero();
        assertThat(strict.threshold()).isGreaterThan(0.2).isLessThanOrEqualTo(0.3);
        PubdateTraining.Setting lenient = PubdateTraining.bestThreshold(pages, votes, 1.0, 0.1);
        assertThat(lenient.right()).isEqualTo(9);
        assertThat(lenient.wrong()).isZero();
    }
}
