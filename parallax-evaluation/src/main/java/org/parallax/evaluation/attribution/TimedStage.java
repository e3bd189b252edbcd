package org.parallax.evaluation.attribution;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Stage;

/**
 * Adds up the wall-clock and CPU time spent in the stage it wraps. For single-threaded benchmark runs: the CPU time
 * is the calling thread's, and the sums are not synchronised.
 */
final class TimedStage extends ForwardingStage {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wallNanos;
    private long cpuNanos;

    TimedStage(Stage stage) {
        super(stage);
    }

    long wallNanos() {
        return wallNanos;
    }

    long cpuNanos() {
        return cpuNanos;
    }

    @Override
    public void process(AnnotationContext context) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        stage().process(context);
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
        wallNanos += System.nanoTime() - wall;
    }
}
