package org.parallax.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * A model record broadcast to the executors as {@link ModelCodec} bytes and decoded once per executor JVM, not per
 * task. {@link #destroy} when the step that reads it is done.
 *
 * @param <T> the record's type
 */
final class BroadcastRecord<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The records this JVM has decoded, by broadcast id. */
    private static final Map<Long, Object> DECODED = new ConcurrentHashMap<>();

    private final Broadcast<byte[]> broadcast;
    private final Class<T> type;

    private BroadcastRecord(Broadcast<byte[]> broadcast, Class<T> type) {
        this.broadcast = broadcast;
        this.type = type;
    }

    static <T> BroadcastRecord<T> of(JavaSparkContext context, T record, Class<T> type) {
        return new BroadcastRecord<>(context.broadcast(ModelCodec.encode(record)), type);
    }

    /** The record, on an executor (or the driver). */
    T value() {
        return type.cast(DECODED.computeIfAbsent(broadcast.id(), key -> ModelCodec.decode(broadcast.value(), type)));
    }

    /** Forgets the decoded record (in this JVM) and destroys the broadcast. */
    void destroy() {
        DECODED.remove(broadcast.id());
        broadcast.destroy();
    }
}
