package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.crossarticle.benchmark.ScalingCorpus;
import org.parallax.store.AccountGrowthBenchmark;
import org.parallax.store.Store;
import org.parallax.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax bench growth}: an incremental ingest's time, heap and account reads as the store grows. */
@Command(name = "growth",
        mixinStandardHelpOptions = true,
        description = {"Grows a new embedded store with synthetic articles (stories of five made from --texts) through the"
                + " pipeline's incremental path, the cross-article account real (feature-hashing embedder in place of the"
                + " ONNX model), and at each of --sizes ingests --probe follow-up articles of stories already stored: prints"
                + " their wall and CPU time, the live heap before, the old generation's and the heap's peak during, and how"
                + " many entity, story and event records the ingest read of the account.",
            "Figures go to standard output and to --output (a Markdown table). Run with a fixed heap, e.g."
                + " PARALLAX_JAVA_OPTS=-Xmx2g."})
final class BenchGrowth implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", defaultValue = "1000,2000,5000,10000,20000",
            description = "Store sizes at which to probe (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--probe", paramLabel = "N", defaultValue = "100", description = "Articles ingested at each size (default: ${DEFAULT-VALUE}).")
    int probe;

    @Option(names = "--round", paramLabel = "N", defaultValue = "500", description = "Articles per ingest while the store grows"
            + " (default: ${DEFAULT-VALUE}).")
    int round;

    @Option(names = "--texts", paramLabel = "DIR", defaultValue = "examples", description = "Plain-text base articles"
            + " (*.txt; default: ${DEFAULT-VALUE}).")
    Path texts;

    @Option(names = "--store", paramLabel = "DIR", description = "The embedded store's folder, kept after the run (default:"
            + " a new folder under parallax-out, deleted after the run).")
    Path storeFolder;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-growth.md", description = "Where the"
            + " table goes (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        AccountGrowthBenchmark benchmark = new AccountGrowthBenchmark(new AccountGrowthBenchmark.Settings(sizes, probe, round),
                ScalingCorpus.readBases(texts));
        Path folder = storeFolder != null ? storeFolder
                : Files.createDirectories(Path.of("parallax-out")).resolve("bench-growth-" + System.currentTimeMillis());
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "<!-- parallax bench growth, %s, max heap %d MiB, cores %d -->", Instant.now(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
        lines.addAll(AccountGrowthBenchmark.HEADER);
        lines.forEach(out::println);
        out.flush();
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            benchmark.run(store, row -> {
                lines.add(row.markdown());
                out.println(row.markdown());
                out.flush();
                write(lines);
            });
        } finally {
            if (storeFolder == null) {
                BenchStore.delete(folder);
            }
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Load average at the end: %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        write(lines);
        out.println("figures written to " + output);
        return ExitCodes.OK;
    }

    private void write(List<String> lines) {
        try {
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            Files.write(output, lines);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not write " + output, e);
        }
    }
}
