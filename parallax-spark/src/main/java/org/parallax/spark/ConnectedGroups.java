package org.parallax.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The connected groups of a graph of nodes (non-negative ids) and keys: two nodes that share a key, directly
 * or through a chain of nodes, are in one group, labelled by its smallest node id. Each round a key takes the
 * smallest label of its nodes and a node the smallest label of its keys (label propagation: two joins and two
 * reduces), then every node takes the label of its label (pointer jumping: one join), so that labels travel
 * along chains by leaps and the rounds grow with the logarithm of the longest chain rather than with its length.
 * It stops at the first round in which no label changes: then each key's nodes share one label, which is the
 * group's smallest node (a node's label is never above its own id, and always a node of its group).
 */
final class ConnectedGroups {

    /** Each node's group (its smallest node id), and the rounds it took; {@link #release} when done. */
    record Labels(JavaPairRDD<Long, Long> labels, int rounds, JavaPairRDD<Long, Tuple2<Long, Long>> held) {

        /** Unpersists what the labels are read from. */
        void release() {
            held.unpersist();
        }
    }

    private ConnectedGroups() {
    }

    /**
     * The groups of {@code nodeKeys} (each node with each of its keys; a node alone in its group needs a key of
     * its own).
     */
    static Labels of(JavaPairRDD<Long, String> nodeKeys) {
        JavaPairRDD<Long, Long> labels = nodeKeys.keys().distinct().mapToPair(node -> new Tuple2<>(node, node));
        JavaPairRDD<String, Long> keyNodes = nodeKeys.mapToPair(Tuple2::swap);
        int rounds = 0;
        JavaPairRDD<Long, Tuple2<Long, Long>> compared = null;
        while (true) {
            rounds++;
            JavaPairRDD<String, Long> keyLabels = nodeKeys.join(labels)
                    .mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._2()._2())).reduceByKey(Math::min);
            JavaPairRDD<Long, Long> reached = keyNodes.join(keyLabels)
                    .mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._2()._2())).reduceByKey(Math::min);
            // (node, (label before the round, label after propagation))
            JavaPairRDD<Long, Tuple2<Long, Long>> stepped = labels.join(reached)
                    .mapValues(pair -> new Tuple2<>(pair._1(), Math.min(pair._1(), pair._2())))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            // Pointer jumping: a node's new label is its label's label (never above its label).
            JavaPairRDD<Long, Long> propagated = stepped.mapValues(Tuple2::_2);
            JavaPairRDD<Long, Tuple2<Long, Long>> previous = compared;
            compared = stepped.mapToPair(pair -> new Tuple2<>(pair._2()._2(), new Tuple2<>(pair._1(), pair._2()._1())))
                    .join(propagated)
                    .mapToPair(pair -> new Tuple2<>(pair._2()._1()._1(), new Tuple2<>(pair._2()._1()._2(), pair._2()._2())))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            long changed = compared.filter(pair -> pair._2()._2() < pair._2()._1()).count();
            stepped.unpersist();
            if (previous != null) {
                previous.unpersist();
            }
            labels = compared.mapValues(Tuple2::_2);
            if (changed == 0) {
                return new Labels(labels, rounds, compared);
            }
        }
    }
}
