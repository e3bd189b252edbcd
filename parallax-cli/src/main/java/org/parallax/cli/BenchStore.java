package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parallax.store.Store;
import org.parallax.store.StoreBenchmark;
import org.parallax.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax bench store}: ingest rate, bytes per article and question latencies of each store backend. */
@Command(name = "store",
        mixinStandardHelpOptions = true,
        description = {"Measures the store: real articles are analysed by the language layer, then synthetic variations of"
                + " them are stored (10,000 by default) in a new embedded store, and in PostgreSQL with --postgresql;"
                + " it prints articles/s, bytes on disk per article, and median and p99 latency of each kind of question,"
                + " then grows a search index alone to 100,000 articles for search latency at that size.",
            "Figures go to standard output and to --output (Markdown rows)."})
final class BenchStore implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--search-articles", paramLabel = "N", defaultValue = "0", description = "Size the embedded store itself"
            + " then grows to, records and all, for every kind of question at that size (default: ${DEFAULT-VALUE}: not grown; slow on a loaded machine).")
    int searchArticles;

    @Option(names = "--index-articles", paramLabel = "N", defaultValue = "100000", description = "Size a search index alone"
            + " (the store's Lucene index without its records, which search does not read) is grown to, for search"
            + " latency at that size (default: ${DEFAULT-VALUE}; 0: not measured).")
    int indexArticles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "200", description = "Questions of each kind (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--postgresql", paramLabel = "ADDRESS", description = "Also measure this (empty) PostgreSQL database: postgresql://user:password@host/database.")
    String postgresql;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-store.md", description = "Where the rows go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StoreBenchmark benchmark = new StoreBenchmark(new StoreBenchmark.Settings(corpus.sample, corpus.articles, searchArticles, queries, 256), out);
        Optional<StoreBenchmark.Baseline> analysed = corpus.baseline(benchmark, spec.commandLine().getErr());
        if (analysed.isEmpty()) {
            return ExitCodes.FATAL;
        }
        StoreBenchmark.Baseline baseline = analysed.get();
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "| both | language layer on %d real articles (1 thread) | %.0f ms/article wall, %.0f ms CPU |",
                baseline.analysed().size(), baseline.perArticleWall() * 1000, baseline.perArticleCpu() * 1000));
        Path folder = Files.createDirectories(Path.of("parallax-out")).resolve("bench-store-" + System.currentTimeMillis());
        try (Store store = Store.open(StoreLocation.embedded(folder))) {
            StoreBenchmark.Phase embedded = benchmark.start("embedded", store, baseline, rows);
            write(rows, out);
            if (postgresql != null) {
                Path index = Files.createTempDirectory("parallax-bench-index");
                try (Store shared = Store.open(StoreLocation.parse(postgresql, index))) {
                    benchmark.start("postgresql", shared, baseline, rows);
                    write(rows, out);
                } finally {
                    delete(index);
                }
            }
            rows.addAll(embedded.grow(searchArticles));
            write(rows, out);
            if (indexArticles > 0) {
                Path index = Files.createTempDirectory("parallax-bench-search-index");
                try {
                    rows.addAll(benchmark.searchIndexOnly(baseline, indexArticles, index));
                } finally {
                    delete(index);
                }
                write(rows, out);
            }
        } finally {
            long closed = sizeOf(folder);
            rows.add(String.format(Locale.ROOT, "| embedded | bytes on disk per article after closing (H2 compacts) | %,d |",
                    closed / Math.max(1, Math.max(corpus.articles, searchArticles))));
            delete(folder);
        }
        write(rows, out);
        rows.forEach(out::println);
        out.println("figures written to " + output);
        return ExitCodes.OK;
    }

    /** Writes the rows so far to --output, so that a long run's early figures survive its end. */
    private void write(List<String> rows, PrintWriter out) throws IOException {
        List<String> report = new ArrayList<>();
        report.add("<!-- parallax bench store, " + Instant.now() + ", load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + " -->");
        report.add("| backend | measure | figure |");
        report.add("|---|---|---|");
        report.addAll(rows);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, report);
        out.flush();
    }

    private static long sizeOf(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
