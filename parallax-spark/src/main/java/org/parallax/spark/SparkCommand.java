package org.parallax.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.parallax.ingest.IngestOptions;
import org.parallax.model.InputProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax spark}: the pipeline as a Spark job. Under {@code spark-submit} the cluster's master
 * applies; run by itself ({@code ./parallax spark}) it runs in local mode, {@code --master local[N]}.
 * {@code parallax bench spark} measures it ({@link SparkBenchmark}).
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Reads articles from files, folders and globs (local paths or any URI Spark's Hadoop file systems read:"
                + " hdfs://, s3a://...; plain text, HTML, feeds, WARC, JSON Lines, each also gzip) and analyses them as a Spark"
                + " job: Parquet tables (parquet/<kind>), JSON Lines (jsonl/, which parallax ingest reads), and analysis.json"
                + " for small runs under --out.",
            "Inputs and records that cannot be read are named on standard error, one line each; the others are analysed."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:the output was written, but some inputs could not be read",
            "2:the command line is wrong", "3:nothing was written"})
public final class SparkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder, local or a Hadoop URI.")
    String out;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV of what is known of the inputs (see parallax analyze); every executor must read it.")
    String manifest;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "Partitions of the language layer's work (default: four per core).")
    int partitions;

    @Option(names = "--analysis-json-limit", paramLabel = "N", defaultValue = "" + SparkJobSettings.DEFAULT_ANALYSIS_JSON_LIMIT,
            description = "Write analysis.json when there are at most N articles (default: ${DEFAULT-VALUE}; 0: never).")
    int analysisJsonLimit;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "" + IngestOptions.DEFAULT_MAX_INPUT_BYTES,
            description = "Largest document read (default: ${DEFAULT-VALUE}).")
    long maxInputBytes;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
    List<String> paths;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        SparkJobSettings settings = new SparkJobSettings(paths, out, Optional.ofNullable(manifest), maxInputBytes,
                partitions, analysisJsonLimit);
        try (SparkSession spark = session(master, "parallax")) {
            SparkJobResult result = new SparkAnalysisJob(spark).run(settings);
            for (InputProblem problem : result.problems()) {
                err.println("parallax: " + problem);
            }
            stdout.printf("%d articles from %d inputs%s; %d entities, %d events, %d stories -> %s (%.1f s)%n",
                    result.articles(), result.inputs(),
                    result.problems().isEmpty() ? "" : " (" + result.problems().size() + " problems)",
                    result.crossArticle().entities().size(), result.crossArticle().events().size(),
                    result.crossArticle().stories().size(), out, result.totalSeconds());
            result.entityResolution().ifPresent(cost -> stdout.printf(
                    "entity resolution: %d per-article entities in %d groups resolved apart (largest %d), %d label rounds%n",
                    cost.nodes(), cost.groups(), cost.largestGroup(), cost.rounds()));
            result.storyGrouping().ifPresent(cost -> stdout.printf(
                    "story grouping: %d candidate pairs, %d at the join threshold in %d groups grouped apart (largest %d articles), %d label rounds%n",
                    cost.candidatePairs(), cost.joinPairs(), cost.groups(), cost.largestGroup(), cost.rounds()));
            result.events().ifPresent(cost -> stdout.printf(
                    "events: %d dated reports in %d blocks paired apart (largest %d), %d label rounds; %d word families"
                            + " clustered apart (largest %d mentions); the driver received %,d bytes (the articles: %,d)%n",
                    cost.candidates(), cost.blocks(), cost.largestBlock(), cost.rounds(), cost.families(), cost.largestFamily(),
                    cost.collectedBytes(), cost.articleBytes()));
            result.storyGrouping().ifPresent(cost -> stdout.printf("stories: the driver received %,d bytes for %d stories%n",
                    cost.storyBytes(), cost.stories().size()));
            if (!result.crossArticleSteps().isEmpty()) {
                stdout.println("cross-article steps: " + StepClock.line(result.crossArticleSteps()));
            }
            stdout.printf("driver: the tasks sent it %,d bytes in all (the largest task result %,d bytes)%n", result.driverBytes(),
                    result.largestTaskResult());
            err.flush();
            stdout.flush();
            return result.problems().isEmpty() ? 0 : 1;
        }
    }

    /** The session: spark-submit's master when there is one, else {@code master}, else all local cores. */
    static SparkSession session(String master, String name) {
        SparkSession.Builder builder = SparkSession.builder().appName(name);
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        return builder.config("spark.ui.enabled", "false").getOrCreate();
    }
}
