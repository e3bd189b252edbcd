package org.parallax.evaluation.speed;

import org.parallax.evaluation.ReportFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one run of the language-layer speed benchmark.
 *
 * @param folder          the folder of {@code .txt} articles
 * @param articles        how many articles it holds
 * @param tokens          their tokens, counted by CoreNLP's tokenizer
 * @param threads         worker threads, the same for every configuration
 * @param processors      processors the JVM saw
 * @param maxHeapBytes    the JVM's maximum heap ({@code -Xmx})
 * @param loadBefore      the one-minute system load average before the first configuration, if known
 * @param loadAfter       the one-minute system load average after the last, if known
 * @param configurations  Parallax's configurations, timed over every article
 * @param baseline        CoreNLP's full pipeline, timed over the first {@code baseline.articles()} articles
 */
public record LanguageSpeedReport(
        String folder,
        int articles,
        long tokens,
        int threads,
        int processors,
        long maxHeapBytes,
        Optional<Double> loadBefore,
        Optional<Double> loadAfter,
        List<Result> configurations,
        Optional<Result> baseline) {

    public LanguageSpeedReport {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(loadBefore, "loadBefore");
        Objects.requireNonNull(loadAfter, "loadAfter");
        configurations = List.copyOf(configurations);
        Objects.requireNonNull(baseline, "baseline");
    }

    /**
     * One configuration's figures.
     *
     * @param name              short name
     * @param description       what it runs
     * @param articles          articles timed (after the warm-up)
     * @param tokens            their tokens
     * @param seconds           wall-clock seconds for them on {@code threads} threads
     * @param cpuSeconds        CPU seconds the worker threads spent on them
     * @param loadSeconds       seconds to build the pipeline (load models)
     * @param modelHeapBytes    heap in use after a full collection once the pipeline is built
     * @param peakHeapBytes     the most heap in use seen while loading and running, garbage included
     * @param peakLiveHeapBytes the most heap seen left after garbage collections (about the peak live set)
     * @param loadAverage       one-minute load average just after the timed run, if known
     */
    public record Result(String name, String description, int articles, long tokens, double seconds,
            double cpuSeconds, int threads, double loadSeconds, long modelHeapBytes, long peakHeapBytes, long peakLiveHeapBytes,
            Optional<Double> loadAverage) {

        public Result {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(loadAverage, "loadAverage");
            if (articles <= 0 || seconds <= 0 || cpuSeconds <= 0 || threads <= 0) {
                throw new IllegalArgumentException("a result needs articles and time");
            }
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }

        /**
         * Articles per second that {@code threads} otherwise idle processors would reach, from CPU time:
         * {@code articles / (cpuSeconds / threads)}. Robust to other load on a shared machine; assumes the
         * work scales across threads, as the shared pipeline lets it.
         */
        public double cpuArticlesPerSecond() {
            return articles / (cpuSeconds / threads);
        }

        public double cpuTokensPerSecond() {
            return tokens / (cpuSeconds / threads);
        }
    }

    /**
     * How many times faster a configuration is than the baseline, in tokens per CPU second (articles
     * differ in length; CPU time is what the shared machine's load disturbs least).
     */
    public Optional<Double> speedup(Result result) {
        return baseline.map(base -> result.cpuTokensPerSecond() / base.cpuTokensPerSecond());
    }

    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Language layer speed: %d articles, %d tokens from %s%n", articles, tokens,
                folder));
        out.append(String.format(Locale.ROOT, "threads %d, processors %d, max heap %s, load average %s -> %s%n",
                threads, processors, megabytes(maxHeapBytes), load(loadBefore), load(loadAfter)));
        out.append(String.format(Locale.ROOT, "%-32s %10s %9s %10s %10s %9s %8s %8s %8s %8s %6s %8s%n",
                "configuration", "articles/s", "tokens/s", "cpu art/s", "cpu tok/s", "x CoreNLP", "articles",
                "model MB", "peak MB", "live MB", "load s", "load avg"));
        for (Result result : configurations) {
            out.append(line(result, speedup(result)));
        }
        baseline.ifPresent(base -> out.append(line(base, Optional.empty())));
        for (Result result : configurations) {
            out.append(String.format(Locale.ROOT, "  %s: %s%n", result.name(), result.description()));
        }
        baseline.ifPresent(base -> out.append(String.format(Locale.ROOT,
                "  %s: %s; timed on the first %d of the %d articles, rates per article and per token are "
                        + "extrapolated from those%n", base.name(), base.description(), base.articles(), articles)));
        out.append("  articles/s, tokens/s: wall clock on this (shared) machine; cpu art/s, cpu tok/s: the same work over "
                + "its CPU time per thread, i.e. what the threads would reach on idle processors\n");
        out.append("  x CoreNLP = cpu tok/s over CoreNLP's; model MB = heap after a full GC once loaded; peak MB = most "
                + "heap in use seen (garbage included); live MB = most heap left after a GC (about the live set)\n");
        return out.toString();
    }

    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("folder", folder);
        root.put("articles", articles);
        root.put("tokens", tokens);
        root.put("threads", threads);
        root.put("processors", processors);
        root.put("maxHeapBytes", maxHeapBytes);
        loadBefore.ifPresent(value -> root.put("loadBefore", value));
        loadAfter.ifPresent(value -> root.put("loadAfter", value));
        ArrayNode results = root.putArray("configurations");
        for (Result result : configurations) {
            ObjectNode node = json(results.addObject(), result);
            speedup(result).ifPresent(value -> node.put("tokensPerSecondOverBaseline", value));
        }
        baseline.ifPresent(base -> json(root.putObject("baseline"), base));
        ReportFiles.writeJson(mapper, root, file);
    }

    private static ObjectNode json(ObjectNode node, Result result) {
        node.put("name", result.name());
        node.put("description", result.description());
        node.put("articles", result.articles());
        node.put("tokens", result.tokens());
        node.put("seconds", result.seconds());
        node.put("cpuSeconds", result.cpuSeconds());
        node.put("threads", result.threads());
        node.put("cpuArticlesPerSecond", result.cpuArticlesPerSecond());
        node.put("cpuTokensPerSecond", result.cpuTokensPerSecond());
        node.put("articlesPerSecond", result.articlesPerSecond());
        node.put("tokensPerSecond", result.tokensPerSecond());
        node.put("loadSeconds", result.loadSeconds());
        node.put("modelHeapBytes", result.modelHeapBytes());
        node.put("peakHeapBytes", result.peakHeapBytes());
        node.put("peakLiveHeapBytes", result.peakLiveHeapBytes());
        result.loadAverage().ifPresent(value -> node.put("loadAverage", value));
        return node;
    }

    private static String line(Result result, Optional<Double> speedup) {
        return String.format(Locale.ROOT, "%-32s %10.2f %9.0f %10.2f %10.0f %9s %8d %8s %8s %8s %6.1f %8s%n",
                result.name(), result.articlesPerSecond(), result.tokensPerSecond(), result.cpuArticlesPerSecond(),
                result.cpuTokensPerSecond(), speedup.map(value -> String.format(Locale.ROOT, "%.1f", value)).orElse("-"), result.articles(),
                megabytes(result.modelHeapBytes()), megabytes(result.peakHeapBytes()),
                megabytes(result.peakLiveHeapBytes()), result.loadSeconds(),
                load(result.loadAverage()));
    }

    private static String megabytes(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

    private static String load(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.2f", v)).orElse("?");
    }
}
