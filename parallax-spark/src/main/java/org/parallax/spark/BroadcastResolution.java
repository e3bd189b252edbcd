package org.parallax.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.Entity;
import scala.Tuple2;

/**
 * The entities resolved across the articles, broadcast to the executors ({@link ModelCodec} bytes of the entities
 * and the map from per-article to resolved ids) and rebuilt once per executor JVM, not per task. {@link #destroy}
 * when the step that reads it is done.
 */
final class BroadcastResolution implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The resolutions this JVM has rebuilt, by broadcast id. */
    private static final Map<Long, EntityResolution> RESOLUTIONS = new ConcurrentHashMap<>();

    private final Broadcast<Tuple2<byte[], HashMap<String, String>>> broadcast;

    private BroadcastResolution(Broadcast<Tuple2<byte[], HashMap<String, String>>> broadcast) {
        this.broadcast = broadcast;
    }

    static BroadcastResolution of(JavaSparkContext context, EntityResolution resolution) {
        return new BroadcastResolution(context.broadcast(new Tuple2<>(
                ModelCodec.encode(resolution.entities().toArray(Entity[]::new)), new HashMap<>(resolution.canonical()))));
    }

    /** The resolution, on an executor (or the driver). */
    EntityResolution value() {
        return RESOLUTIONS.computeIfAbsent(broadcast.id(), key -> new EntityResolution(
                Arrays.asList(ModelCodec.decode(broadcast.value()._1(), Entity[].class)), broadcast.value()._2()));
    }

    /** Forgets the rebuilt resolution (in this JVM) and destroys the broadcast. */
    void destroy() {
        RESOLUTIONS.remove(broadcast.id());
        broadcast.destroy();
    }
}
