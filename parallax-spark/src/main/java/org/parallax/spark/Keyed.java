package org.parallax.spark;

import java.io.Serializable;
import java.lang.ref.SoftReference;
import java.util.Comparator;
import java.util.Objects;

/**
 * A model record on its way through the job ({@link ModelCodec} bytes) with its place in the input
 * order: the input file's index, then the record's position in that file. Sorting by it gives the
 * order {@code parallax analyze} sees, which the cross-article layer's ids follow.
 *
 * <p>The bytes are what travels (shuffles, blocks spilled to disk); the record they decode to is
 * kept beside them, softly, in this JVM only: the job's steps read each analysed article several
 * times (entity blocking, events, story terms, the output's tables), and where Spark hands them the
 * same instance (a block persisted deserialized in the executor's memory) they decode it once. A
 * soft reference so that the decoded records never cost the executor more than the memory it has
 * spare: under pressure the collector drops them, and the next read decodes the bytes again. (Spark's size estimate of
 * a stored block counts the bytes, not what a soft reference holds: {@code java.lang.ref} is not opened to it.)
 */
final class Keyed implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Comparator<Keyed> ORDER = Comparator.comparingInt(Keyed::file).thenComparingInt(Keyed::position);

    private final int file;
    private final int position;
    private final byte[] bytes;
    private transient volatile SoftReference<Object> decoded;

    /**
     * @param file     the input file's index
     * @param position the record's position among what that file gave
     * @param bytes    the record ({@link ModelCodec} bytes)
     */
    Keyed(int file, int position, byte[] bytes) {
        this.file = file;
        this.position = position;
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** The input file's index. */
    int file() {
        return file;
    }

    /** The record's position among what its file gave. */
    int position() {
        return position;
    }

    /** The record as {@link ModelCodec} bytes (not a copy: callers only read or ship them). */
    byte[] bytes() {
        return bytes;
    }

    /** The record, decoded once per instance while memory allows (the records are immutable, so callers share it). */
    <T> T value(Class<T> type) {
        SoftReference<Object> held = decoded;
        Object value = held == null ? null : held.get();
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        T read = ModelCodec.decode(bytes, type);
        decoded = new SoftReference<>(read);
        return read;
    }

    /** {@code record} encoded, and kept decoded beside its bytes. */
    static Keyed of(int file, int position, Object record) {
        Keyed keyed = new Keyed(file, position, ModelCodec.encode(record));
        keyed.decoded = new SoftReference<>(record);
        return keyed;
    }

    @Override
    public String toString() {
        return "Keyed[file=" + file + ", position=" + position + ", " + bytes.length + " bytes]";
    }
}
