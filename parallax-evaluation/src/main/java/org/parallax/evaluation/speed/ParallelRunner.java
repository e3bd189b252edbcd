package org.parallax.evaluation.speed;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** Runs a task over items on a fixed number of threads and times it, on the wall clock and in CPU time. */
final class ParallelRunner {

    /**
     * @param wallSeconds from the first submission to the last completion
     * @param cpuSeconds  CPU time the worker threads spent in the tasks (not the JIT's or the garbage
     *                    collector's threads): what the work costs whatever else the machine runs
     */
    record Timing(double wallSeconds, double cpuSeconds) {
    }

    private ParallelRunner() {
    }

    static <T> Timing time(List<T> items, int threads, Consumer<T> task) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(executor.submit(() -> {
                    long before = bean.getCurrentThreadCpuTime();
                    task.accept(item);
                    cpuNanos.addAndGet(bean.getCurrentThreadCpuTime() - before);
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
            return new Timing((System.nanoTime() - start) / 1e9, cpuNanos.get() / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task failed while timing: " + e.getCause(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }
}
