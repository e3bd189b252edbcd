package org.parallax.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.parallax.ingest.Input;
import org.parallax.model.Article;
import org.parallax.pipeline.PipelineListener;

/**
 * Shows progress on a terminal, one status line per stage of the run: reading (files and articles
 * done, the rate, the time left estimated from the bytes read), annotating (articles done, the
 * rate, the time left) and linking across articles (the step, stories done for claims, the time
 * spent). Redraws at most a few times a second; stays silent when standard error is not a
 * terminal, so logs and pipes get no control characters.
 */
final class Progress implements PipelineListener {

    private static final long REDRAW_NANOS = 250_000_000L;

    /** The reading stage's counters. */
    private static final class Reading {
        final AtomicInteger files = new AtomicInteger();
        final AtomicInteger articles = new AtomicInteger();
        final AtomicLong bytes = new AtomicLong();
        volatile int plannedFiles;
        volatile long plannedBytes;
    }

    /** The annotating stage's counters. */
    private static final class Annotating {
        final AtomicInteger articles = new AtomicInteger();
        volatile int planned;
        volatile long since;
    }

    /** Where the cross-article layer is. */
    private static final class Linking {
        volatile Step step = Step.ENTITIES;
        volatile int done;
        volatile int total;
        volatile long since;
    }

    private enum Stage { READING, ANNOTATING, LINKING }

    private final PrintStream terminal;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private final Reading reading = new Reading();
    private final Annotating annotating = new Annotating();
    private final Linking linking = new Linking();
    private volatile Stage stage = Stage.READING;
    private volatile Consumer<List<Article>> kept = articles -> { };
    private long lastDrawn;
    private int lastWidth;

    Progress(PrintStream terminal, boolean enabled) {
        this.terminal = terminal;
        this.enabled = enabled;
    }

    /** Whether this process writes to a terminal a person watches. */
    static boolean attachedToTerminal() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void planned(int inputs, long totalBytes) {
        reading.plannedFiles = inputs;
        reading.plannedBytes = totalBytes;
    }

    @Override
    public void inputDone(Input input, long size, int articles, int problems) {
        reading.files.incrementAndGet();
        reading.articles.addAndGet(articles);
        reading.bytes.addAndGet(size);
        redraw();
    }

    /** Before annotating a batch: how many articles the language layer will have read after it. */
    @Override
    public void annotationPlanned(int articles) {
        annotating.planned = articles;
        if (stage != Stage.ANNOTATING) {
            annotating.since = System.nanoTime();
            stage = Stage.ANNOTATING;
        }
    }

    /** One article annotated. */
    @Override
    public void articleAnnotated() {
        annotating.articles.incrementAndGet();
        redraw();
    }

    @Override
    public void step(Step step, int done, int total) {
        if (stage != Stage.LINKING) {
            linking.since = System.nanoTime();
            stage = Stage.LINKING;
        }
        linking.step = step;
        linking.done = done;
        linking.total = total;
        redraw();
    }

    /** Also tells {@code listener} of each batch the destination kept (to list stored articles). */
    void onBatchKept(Consumer<List<Article>> listener) {
        kept = listener;
    }

    @Override
    public void batchKept(List<Article> articles) {
        kept.accept(articles);
    }

    @Override
    public void stageDone() {
        finish();
    }

    /** Clears the status line once a stage is done. */
    void finish() {
        if (enabled) {
            draw(true);
            terminal.print("\r" + " ".repeat(lastWidth) + "\r");
            terminal.flush();
            lastWidth = 0;
        }
    }

    private void redraw() {
        if (enabled) {
            draw(false);
        }
    }

    private synchronized void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        String line = statusLine(now);
        terminal.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
        terminal.flush();
        lastWidth = line.length();
    }

    String statusLine(long now) {
        return switch (stage) {
            case READING -> readingLine(now);
            case ANNOTATING -> annotatingLine(now);
            case LINKING -> linkingLine(now);
        };
    }

    private String readingLine(long now) {
        double seconds = seconds(started, now);
        int articles = reading.articles.get();
        return String.format(Locale.ROOT, "reading %d/%d files · %d articles · %.1f articles/s%s", reading.files.get(),
                reading.plannedFiles, articles, articles / seconds, timeLeft(seconds, reading.bytes.get(), reading.plannedBytes));
    }

    private String annotatingLine(long now) {
        double seconds = seconds(annotating.since, now);
        int articles = annotating.articles.get();
        return String.format(Locale.ROOT, "analysing %d/%d articles · %.1f articles/s%s", articles, annotating.planned,
                articles / seconds, timeLeft(seconds, articles, annotating.planned));
    }

    private String linkingLine(long now) {
        String count = linking.step == Step.CLAIMS ? String.format(Locale.ROOT, " %d/%d stories", linking.done, linking.total) : "";
        return String.format(Locale.ROOT, "across articles: %s%s · %s so far", linking.step.description(), count,
                format(Duration.ofSeconds((long) seconds(linking.since, now))));
    }

    private static double seconds(long since, long now) {
        return Math.max((now - since) / 1e9, 1e-3);
    }

    /** " · about 1:20 left", extrapolated from the work done so far; empty before any is done. */
    private static String timeLeft(double seconds, long done, long planned) {
        if (done <= 0 || planned <= done) {
            return "";
        }
        return " · about " + format(Duration.ofSeconds((long) (seconds * (planned - done) / done))) + " left";
    }

    private static String format(Duration duration) {
        long total = duration.toSeconds();
        return total >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}
