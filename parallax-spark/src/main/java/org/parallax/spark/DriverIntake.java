package org.parallax.spark;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What a job's tasks send back to the driver: the serialized results of every task that ends while it listens
 * ({@link TaskMetrics#resultSize()}: collects, counts, the shuffle's map statuses), as Spark measures them. It is the
 * job's own figure of what the driver must hold, beside the heap a GC log shows (in local mode the executors share
 * the driver's JVM, so its heap is not the driver's alone).
 */
final class DriverIntake extends SparkListener {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong largest = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics metrics = end.taskMetrics();
        if (metrics != null) {
            bytes.addAndGet(metrics.resultSize());
            largest.accumulateAndGet(metrics.resultSize(), Math::max);
        }
    }

    /** Starts listening to {@code context}'s tasks. */
    static DriverIntake listening(SparkContext context) {
        DriverIntake intake = new DriverIntake();
        context.addSparkListener(intake);
        return intake;
    }

    /**
     * Stops listening, once the events of the tasks that have ended are delivered (or after 10 s: Spark delivers them
     * on a thread of its own, and only its internal bus can be waited on), and gives the bytes received.
     */
    long stop(SparkContext context) {
        try {
            context.listenerBus().waitUntilEmpty(10_000);
        } catch (TimeoutException e) {
            // The figure counts what was delivered by then; the job's result does not depend on it.
        }
        context.removeSparkListener(this);
        return bytes.get();
    }

    /** The largest single task result seen. */
    long largest() {
        return largest.get();
    }
}
