package org.parallax.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineResult;
import org.parallax.store.Store;

/**
 * The uploads being analysed: one at a time, in the order received (a store has one writer), on a
 * thread of their own, through the one pipeline API the command line uses. The last
 * {@value #KEPT} jobs are remembered for their status.
 */
final class Ingests implements AutoCloseable {

    static final int KEPT = 200;

    private final Store store;
    private final Pipeline pipeline;
    private final PrintStream log;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "parallax-ingest");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, IngestJob> jobs = new LinkedHashMap<>();

    Ingests(Store store, Pipeline pipeline, PrintStream log) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** A new job's id: random, so that one job's address does not tell another's. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Queues the analysis of {@code files} (already saved under the job's folder) for {@code who}. */
    synchronized IngestJob submit(String id, List<Path> files, String who) {
        IngestJob job = new IngestJob(id, who, files.stream().map(path -> path.getFileName().toString()).toList());
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        List<String> paths = files.stream().map(Path::toString).toList();
        runner.execute(() -> run(job, paths));
        return job;
    }

    private void run(IngestJob job, List<String> paths) {
        job.started();
        try {
            PipelineResult result = pipeline.run(paths, store.destination(job.who()), job);
            job.finished(result);
        } catch (RuntimeException | OutOfMemoryError e) {
            synchronized (log) {
                log.println("parallax serve: ingest " + job.id() + " failed:");
                e.printStackTrace(log);
            }
            job.failed(e instanceof OutOfMemoryError ? "the server ran out of memory; the articles stored so far are kept"
                    : "the ingest failed (" + e.getClass().getSimpleName() + "); the articles stored so far are kept; the server's log says more");
        }
    }

    synchronized Optional<IngestJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public void close() {
        runner.shutdown();
        try {
            if (!runner.awaitTermination(60, TimeUnit.SECONDS)) {
                runner.shutdownNow();
            }
        } catch (InterruptedException e) {
            runner.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
