package org.parallax.crossarticle.stories;

import java.util.Random;

/**
 * Locality-sensitive hashing of unit vectors by random hyperplanes (Charikar 2002, "Similarity
 * estimation techniques from rounding algorithms"): each bit is the sign of the vector's dot
 * product with a random Gaussian direction, so two vectors agree on a bit with probability
 * {@code 1 - angle/π}. The bits are cut into bands; vectors sharing a band's bits are candidate
 * neighbours. With {@code bands} bands of {@code bits} bits, vectors at cosine 0.7 (angle ≈ 0.25π)
 * meet in at least one band with probability {@code 1 - (1 - 0.75^bits)^bands}.
 */
public final class HyperplaneHash {

    private final float[][] planes;
    private final int bands;
    private final int bits;

    /** @param seed fixes the hyperplanes, so that results repeat from run to run */
    public HyperplaneHash(int dimension, int bands, int bits, long seed) {
        if (bands < 1 || bits < 1 || bits > 31) {
            throw new IllegalArgumentException("need 1..31 bits in one band or more");
        }
        this.bands = bands;
        this.bits = bits;
        Random random = new Random(seed);
        planes = new float[bands * bits][dimension];
        for (float[] plane : planes) {
            for (int i = 0; i < dimension; i++) {
                plane[i] = (float) random.nextGaussian();
            }
        }
    }

    /** The vector's hash in each band. */
    public int[] bandKeys(float[] vector) {
        int[] keys = new int[bands];
        for (int band = 0; band < bands; band++) {
            int key = 0;
            for (int bit = 0; bit < bits; bit++) {
                if (Vectors.dot(planes[band * bits + bit], vector) >= 0) {
                    key |= 1 << bit;
                }
            }
            keys[band] = key;
        }
        return keys;
    }

    public int bands() {
        return bands;
    }
}
