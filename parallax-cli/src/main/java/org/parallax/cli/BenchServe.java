package org.parallax.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.ingest.FormatReaders;
import org.parallax.ingest.IngestOptions;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineSettings;
import org.parallax.server.Analysis;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerBenchmark;
import org.parallax.server.ServerSettings;
import org.parallax.store.Store;
import org.parallax.store.StoreBenchmark;
import org.parallax.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax bench serve}: requests/s, median and p99 of the server's search, story and article requests under load. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Load-tests the server on loopback: real articles are analysed by the language layer, synthetic variations"
                + " of them fill a new embedded store (10,000 by default, the store benchmark's corpus, one story per real article),"
                + " and 50 concurrent clients ask for search, story and article pages; it prints requests/s, median and p99 latency.",
            "Figures go to standard output and to --output (Markdown rows)."})
final class BenchServe implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "Seconds each kind of request is measured (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-serve.md", description = "Where the rows go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StoreBenchmark filler = new StoreBenchmark(new StoreBenchmark.Settings(corpus.sample, corpus.articles, corpus.articles, 0, 256), out);
        Optional<StoreBenchmark.Baseline> analysed = corpus.baseline(filler, spec.commandLine().getErr());
        if (analysed.isEmpty()) {
            return ExitCodes.FATAL;
        }
        StoreBenchmark.Baseline baseline = analysed.get();
        Path folder = Files.createDirectories(Path.of("parallax-out")).resolve("bench-serve-" + System.currentTimeMillis());
        List<String> rows = new ArrayList<>();
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            double filled = filler.fillForServing(store, baseline, corpus.articles);
            out.printf(Locale.ROOT, "store of %d articles and %d stories (the largest %d articles) filled in %.0f s%n",
                    store.counts().current(), store.counts().stories(), ServerBenchmark.largestStory(store), filled);
            Analysis analysis = new Analysis(Pipeline.standard(new Ingestor(FormatReaders.standard(),
                    new IngestOptions(IngestOptions.DEFAULT_MAX_INPUT_BYTES, Manifest.empty(), 1)), PipelineSettings.defaults()),
                    ClaimChecker.standard());
            ServerSettings settings = ServerSettings.defaults().withPort(0).withRequestsPerSecond(0);
            try (ParallaxServer server = ParallaxServer.start(store, analysis, settings, new PrintStream(System.err, true))) {
                for (ServerBenchmark.Result result : new ServerBenchmark(new ServerBenchmark.Settings(clients, seconds), out)
                        .run(server, store)) {
                    rows.add(String.format(Locale.ROOT, "| %s | %,d articles, %d clients | %.0f requests/s; median %.1f ms, p99 %.1f ms;"
                            + " %.1f ms process CPU per request (%,d requests, %d failed) |", result.kind(), corpus.articles, clients,
                            result.perSecond(), result.medianMillis(), result.p99Millis(), result.cpuMillisPerRequest(), result.requests(),
                            result.failures()));
                }
            }
        } finally {
            BenchStore.delete(folder);
        }
        List<String> report = new ArrayList<>();
        report.add("<!-- parallax bench serve, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + " -->");
        report.add("| request | store, load | figures |");
        report.add("|---|---|---|");
        report.addAll(rows);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, report);
        rows.forEach(out::println);
        out.println("figures written to " + output);
        return ExitCodes.OK;
    }
}
