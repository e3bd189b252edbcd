package org.parallax.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * A model record on its way through the job ({@link ModelCodec} bytes) with its place in the input
 * order: the input file's index, then the record's position in that file. Sorting by it gives the
 * order {@code parallax analyze} sees, which the cross-article layer's ids follow.
 *
 * @param file     the input file's index
 * @param position the record's position among what that file gave
 * @param bytes    the record
 */
record Keyed(int file, int position, byte[] bytes) implements Serializable {

    static final Comparator<Keyed> ORDER = Comparator.comparingInt(Keyed::file).thenComparingInt(Keyed::position);

    <T> T value(Class<T> type) {
        return ModelCodec.decode(bytes, type);
    }

    static Keyed of(int file, int position, Object record) {
        return new Keyed(file, position, ModelCodec.encode(record));
    }
}
