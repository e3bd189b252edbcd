package org.parallax.evaluation.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures heap use around one configuration with the JVM's own memory beans.
 *
 * <p>Method: {@link #start()} runs {@link System#gc()} twice, then a daemon thread samples every
 * {@value #SAMPLE_MILLIS} ms until {@link #stop()}: the heap in use (garbage included), and the sum over
 * heap pools of the usage left after each pool's most recent collection
 * ({@link MemoryPoolMXBean#getCollectionUsage()}), which approximates the live set. The maxima of
 * both are reported. {@link #settledUsed()} is the heap in use just after a full collection: what
 * stays reachable once the pipeline is built, i.e. the loaded models. Sampling can miss a peak
 * shorter than its period; the figure to trust for "fits in 3 GB" is that the run finished under
 * {@code -Xmx3g}.
 */
final class HeapMeter {

    static final int SAMPLE_MILLIS = 20;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxAfterCollection = new AtomicLong();
    private volatile boolean running;
    private Thread sampler;

    void start() {
        collect();
        running = true;
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the heap sampler", e);
        }
    }

    long settledUsed() {
        collect();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The most heap in use seen by a sample, garbage included. */
    long peakUsed() {
        return maxUsed.get();
    }

    /** The most heap seen left after collections: an approximation of the peak live set. */
    long peakAfterCollection() {
        return maxAfterCollection.get();
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private void sample() {
        while (running) {
            maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            long afterCollection = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                MemoryUsage usage = pool.getCollectionUsage();
                afterCollection += usage == null ? 0 : usage.getUsed();
            }
            maxAfterCollection.accumulateAndGet(afterCollection, Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void collect() {
        System.gc();
        System.gc();
    }
}
