package org.parallax.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A MinHash signature of an article's text (over word 4-shingles) and its locality-sensitive bands:
 * two texts whose shingles overlap much share a band with high probability, so near-duplicate
 * candidates are found by an index lookup instead of comparing every pair. Written by hand because
 * it is a few lines over a 64-bit mix; the libraries that have MinHash (e.g. for Spark) bring far more.
 *
 * <p>With {@value #HASHES} hashes in {@value #BANDS} bands, texts sharing 70% of their shingles are
 * found as candidates 96% of the time, texts sharing 30% under 4% of the time.
 */
final class TextSignature {

    static final int HASHES = 32;
    static final int BANDS = 8;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 4;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final int[] minima;

    private TextSignature(int[] minima) {
        this.minima = minima;
    }

    static TextSignature of(String text) {
        String[] words = WORDS.split(text.toLowerCase(Locale.ROOT).strip());
        int[] minima = new int[HASHES];
        Arrays.fill(minima, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int start = 0; start < shingles; start++) {
            long shingle = 0x9E3779B97F4A7C15L;
            for (int i = start; i < Math.min(words.length, start + SHINGLE); i++) {
                shingle = mix(shingle ^ words[i].hashCode());
            }
            for (int h = 0; h < HASHES; h++) {
                int value = (int) (mix(shingle + h * 0xD6E8FEB86659FD93L) >>> 33);
                if (value < minima[h]) {
                    minima[h] = value;
                }
            }
        }
        return new TextSignature(minima);
    }

    static TextSignature fromBytes(byte[] bytes) {
        int[] minima = new int[HASHES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(minima);
        return new TextSignature(minima);
    }

    byte[] bytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        buffer.asIntBuffer().put(minima);
        return buffer.array();
    }

    /** The band keys: one per band, from its rows and its number. */
    long[] bands() {
        long[] bands = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band;
            for (int row = 0; row < ROWS; row++) {
                key = mix(key * 31 + minima[band * ROWS + row]);
            }
            bands[band] = key;
        }
        return bands;
    }

    /** The estimated share of shingles the two texts have in common (Jaccard similarity), 0 to 1. */
    double similarity(TextSignature other) {
        int equal = 0;
        for (int h = 0; h < HASHES; h++) {
            if (minima[h] == other.minima[h]) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit mix. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
