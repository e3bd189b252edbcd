package org.parallax.crossarticle.stories;

import java.util.List;

/** Small operations on dense float vectors. */
public final class Vectors {

    private Vectors() {
    }

    public static float dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of lengths " + a.length + " and " + b.length);
        }
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** A copy scaled to unit length (a zero vector stays zero). */
    public static float[] normalized(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        float[] unit = vector.clone();
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }

    /** The normalised mean of some vectors of one dimension. */
    public static float[] centroid(List<float[]> vectors, int dimension) {
        float[] sum = new float[dimension];
        for (float[] vector : vectors) {
            add(sum, vector, 1);
        }
        return normalized(sum);
    }

    /** Adds {@code scale} times {@code vector} into {@code sum}, in place. */
    public static void add(float[] sum, float[] vector, float scale) {
        if (sum.length != vector.length) {
            throw new IllegalArgumentException("vectors of lengths " + sum.length + " and " + vector.length);
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] += scale * vector[i];
        }
    }
}
