package org.parallax.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.Input;

/**
 * Shows progress on a terminal: files and articles done, the rate, and the time left estimated
 * from the bytes read so far. Redraws one status line at most a few times a second; stays silent
 * when standard error is not a terminal, so logs and pipes get no control characters.
 */
final class Progress implements IngestListener {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream terminal;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private final AtomicInteger filesDone = new AtomicInteger();
    private final AtomicInteger articlesDone = new AtomicInteger();
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile int files;
    private volatile long bytes;
    private volatile boolean annotating;
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
        this.files = inputs;
        this.bytes = totalBytes;
    }

    @Override
    public void inputDone(Input input, long size, int articles, int problems) {
        filesDone.incrementAndGet();
        articlesDone.addAndGet(articles);
        bytesDone.addAndGet(size);
        if (enabled) {
            draw(false);
        }
    }

    /** Before annotating: how many articles the language layer will read. */
    void annotationPlanned(int articles) {
        this.files = articles;
        this.bytes = articles;
        this.annotating = true;
    }

    /** One article annotated. */
    void articleAnnotated() {
        filesDone.incrementAndGet();
        articlesDone.incrementAndGet();
        bytesDone.incrementAndGet();
        if (enabled) {
            draw(false);
        }
    }

    /** Clears the status line once the work is done. */
    void finish() {
        if (enabled) {
            draw(true);
            terminal.print("\r" + " ".repeat(lastWidth) + "\r");
            terminal.flush();
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
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        int articles = articlesDone.get();
        long doneBytes = bytesDone.get();
        String left = "";
        if (doneBytes > 0 && bytes > doneBytes) {
            long remaining = (long) (seconds * (bytes - doneBytes) / doneBytes);
            left = " · about " + format(Duration.ofSeconds(remaining)) + " left";
        }
        if (annotating) {
            return String.format(Locale.ROOT, "analysing %d/%d articles · %.1f articles/s%s",
                    articles, files, articles / seconds, left);
        }
        return String.format(Locale.ROOT, "reading %d/%d files · %d articles · %.1f articles/s%s",
                filesDone.get(), files, articles, articles / seconds, left);
    }

    private static String format(Duration duration) {
        long total = duration.toSeconds();
        return total >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}
