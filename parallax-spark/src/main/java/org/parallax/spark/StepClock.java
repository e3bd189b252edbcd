package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The wall clock of the job's cross-article steps on the driver, one lap per step in the order they ran, with the
 * texts this JVM's embedding model ran on during each (in local mode the executors share the driver's JVM, so the
 * count is the job's; on a cluster it is the driver's own). For the benchmark and the command's output: it names the
 * slow step.
 */
final class StepClock {

    /**
     * One step: its name, its wall-clock seconds, and the texts the embedding model of this JVM ran on during it.
     */
    record Lap(String step, double seconds, long embedded) {
        Lap {
            Objects.requireNonNull(step, "step");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %.1f s (%,d embedded)", step, seconds, embedded);
        }
    }

    private final LongSupplier embeddedTexts;
    private final List<Lap> laps = new ArrayList<>();
    private long last;
    private long lastEmbedded;

    /** @param embeddedTexts how many texts the embedding model has run on so far */
    StepClock(LongSupplier embeddedTexts) {
        this.embeddedTexts = Objects.requireNonNull(embeddedTexts, "embeddedTexts");
        this.last = System.nanoTime();
        this.lastEmbedded = embeddedTexts.getAsLong();
    }

    /** A clock counting the texts of this JVM's cross-article layer's embedder. */
    static StepClock ofThisJvm() {
        return new StepClock(() -> ExecutorLayers.crossArticle().cachingEmbedder().map(embedder -> embedder.textsEmbedded()).orElse(0L));
    }

    /** Ends the step {@code step} now (it began at the end of the one before, or when the clock was made). */
    void lap(String step) {
        long now = System.nanoTime();
        long embedded = embeddedTexts.getAsLong();
        laps.add(new Lap(step, (now - last) / 1e9, embedded - lastEmbedded));
        last = now;
        lastEmbedded = embedded;
    }

    List<Lap> laps() {
        return List.copyOf(laps);
    }

    /** The laps on one line, comma separated. */
    static String line(List<Lap> laps) {
        return String.join(", ", laps.stream().map(Lap::toString).toList());
    }
}
