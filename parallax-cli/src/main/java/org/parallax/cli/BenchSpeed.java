package org.parallax.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.evaluation.speed.LanguageSpeedBenchmark;
import org.parallax.evaluation.speed.LanguageSpeedReport;
import org.parallax.language.LanguagePipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax bench speed DIR}: the language layer's throughput and heap beside CoreNLP's full pipeline. */
@Command(name = "speed",
        mixinStandardHelpOptions = true,
        description = "Runs the whole language layer over a folder of .txt articles and prints articles/s, tokens/s and"
                + " peak heap, beside CoreNLP's full pipeline (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote) on the"
                + " same articles and thread count, and the ratio. Run it with the heap you claim (e.g. -Xmx3g via"
                + " PARALLAX_JAVA_OPTS).")
final class BenchSpeed implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of .txt articles, e.g. ../shared/bench/polnear/dev/text")
    Path directory;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--corenlp-limit", paramLabel = "N", defaultValue = "" + LanguageSpeedBenchmark.DEFAULT_CORENLP_LIMIT,
            description = "Articles CoreNLP's full pipeline is timed on (its coreference is slow; default: ${DEFAULT-VALUE}).")
    int coreNlpLimit;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "parallax-out/bench-speed.json",
            description = "Where the figures are written as JSON (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        LanguageSpeedReport report = LanguageSpeedBenchmark.run(directory, workers, LanguagePipelines::standard, coreNlpLimit);
        spec.commandLine().getOut().println(report.summary());
        report.writeJson(output);
        spec.commandLine().getOut().println("figures written to " + output);
        return ExitCodes.OK;
    }
}
