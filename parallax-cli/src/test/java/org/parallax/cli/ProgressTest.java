package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.crossarticle.CrossArticleListener.Step;
import org.parallax.ingest.Input;

/** Each stage of a run has its own status line and its own counters. */
class ProgressTest {

    @Test
    void readingCountsFilesAndArticlesAndEstimatesTheTimeLeftFromBytes() {
        Progress progress = new Progress(System.err, false);
        progress.planned(4, 4_000);
        progress.inputDone(new Input(Path.of("a.html"), "a.html", 1 << 20), 1_000, 3, 0);

        assertThat(progress.statusLine(System.nanoTime()))
                .matches("reading 1/4 files · 3 articles · [0-9.]+ articles/s · about \\d+:\\d\\d left");
    }

    @Test
    void annotatingCountsArticlesOnItsOwnCounters() {
        Progress progress = new Progress(System.err, false);
        progress.planned(1, 1_000);
        progress.inputDone(new Input(Path.of("a.html"), "a.html", 1 << 20), 1_000, 5, 0);
        progress.annotationPlanned(5);
        progress.articleAnnotated();
        progress.articleAnnotated();

        assertThat(progress.statusLine(System.nanoTime()))
                .matches("analysing 2/5 articles · [0-9.]+ articles/s · about \\d+:\\d\\d left");
    }

    @Test
    void linkingShowsTheStepAndForClaimsTheStoriesDone() {
        Progress progress = new Progress(System.err, false);
        progress.step(Step.ENTITIES, 0, 1);
        assertThat(progress.statusLine(System.nanoTime())).matches("across articles: resolving entities · \\d+:\\d\\d so far");
        progress.step(Step.CLAIMS, 3, 11);
        assertThat(progress.statusLine(System.nanoTime()))
                .matches("across articles: aligning claims 3/11 stories · \\d+:\\d\\d so far");
    }

    @Test
    void aDisabledProgressWritesNothing() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Progress progress = new Progress(new PrintStream(written, true, StandardCharsets.UTF_8), false);
        progress.planned(1, 10);
        progress.inputDone(new Input(Path.of("a.html"), "a.html", 1 << 20), 10, 1, 0);
        progress.step(Step.STORIES, 0, 1);
        progress.finish();

        assertThat(written.size()).isZero();
    }
}
