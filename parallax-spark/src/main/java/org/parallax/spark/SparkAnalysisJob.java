package org.parallax.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.parallax.ingest.Ingestor;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.AnnotationOutcome;

/**
 * The pipeline of {@code parallax analyze} as a Spark job, calling the same layers:
 * <ol>
 *   <li><b>Listing</b> on the driver ({@link InputListing}): paths, folders and globs through Hadoop's file systems.</li>
 *   <li><b>Reading</b>, one input file per task unit, with parallax-ingest's readers ({@link ArticleReading});
 *       an input or record that cannot be read is a problem, counted in an accumulator, never a failed task.</li>
 *   <li><b>The language layer</b>, article by article in parallel ({@code mapPartitions} over articles spread
 *       evenly across partitions), through {@link AnnotationOutcome#of}, the pipeline's own per-article entry
 *       point, with the models loaded once per executor JVM ({@link ExecutorLayers}).</li>
 *   <li><b>The cross-article layer</b> ({@link CrossArticleStep}) over the analysed articles in input order, as
 *       distributed steps; the driver receives small summaries and the account, never the articles.</li>
 *   <li><b>Output</b> ({@link JobOutput}): Parquet tables, JSON Lines, and {@code analysis.json} for small runs (the
 *       only step that collects the articles to the driver, up to {@link SparkJobSettings#analysisJsonLimit()}).</li>
 * </ol>
 */
public final class SparkAnalysisJob {

    /** The most tasks the reading stage is cut into. */
    static final int MAX_READ_TASKS = 100_000;

    private final SparkSession spark;

    public SparkAnalysisJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job; what it read, found and could not read is in the result and under {@code settings.out()}. */
    public SparkJobResult run(SparkJobSettings settings) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        long started = System.nanoTime();
        DriverIntake intake = DriverIntake.listening(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputListing.Listed listed = new InputListing(hadoop, settings.manifest()).list(settings.paths());
        LongAccumulator articlesRead = context.sc().longAccumulator("parallax articles read");
        LongAccumulator problemsMet = context.sc().longAccumulator("parallax problems");

        List<InputFile> files = listed.files();
        Map<String, String> hadoopSettings = new HashMap<>();
        hadoop.forEach(entry -> hadoopSettings.put(entry.getKey(), entry.getValue()));
        String run = UUID.randomUUID().toString();
        long maxInputBytes = settings.maxInputBytes();
        String manifest = settings.manifest().orElse(null);
        // One input file per task (up to MAX_READ_TASKS tasks; past that a task reads several, one after another).
        JavaRDD<Piece> read = context.parallelize(files, Math.max(1, Math.min(files.size(), MAX_READ_TASKS))).flatMap(file -> {
            Configuration configuration = new Configuration(false);
            hadoopSettings.forEach(configuration::set);
            Ingestor ingestor = ExecutorLayers.ingestor(run, maxInputBytes, Optional.ofNullable(manifest));
            ArticleReading.Read outcome = ArticleReading.read(file, ingestor, maxInputBytes, configuration);
            List<Piece> pieces = new ArrayList<>();
            pieces.add(Piece.of(outcome.skipped() ? Piece.Kind.INPUT_SKIPPED : Piece.Kind.INPUT_READ, file.index(), 0, file.name()));
            int position = 0;
            for (Article article : outcome.articles()) {
                pieces.add(Piece.of(Piece.Kind.ARTICLE, file.index(), position++, article));
            }
            for (InputProblem problem : outcome.problems()) {
                pieces.add(Piece.of(Piece.Kind.PROBLEM, file.index(), position++, problem));
            }
            articlesRead.add(outcome.articles().size());
            problemsMet.add(outcome.problems().size());
            return pieces.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * context.defaultParallelism();
        JavaRDD<Piece> analyzed = read.filter(piece -> piece.kind() == Piece.Kind.ARTICLE)
                .repartition(partitions)
                .mapPartitions(pieces -> new AnnotatingIterator(pieces, problemsMet))
                // Kept as objects in the executor's memory (bytes on disk past it): the steps that read the articles
                // then share each Keyed instance, and with it the article it decodes to (Keyed keeps it softly).
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<Piece> small = read.filter(piece -> piece.kind() != Piece.Kind.ARTICLE).collect();
        List<Piece> failed = analyzed.filter(piece -> piece.kind() == Piece.Kind.PROBLEM).collect();
        long readDone = System.nanoTime();
        JavaRDD<Keyed> articles = analyzed.filter(piece -> piece.kind() == Piece.Kind.ANALYZED).map(Piece::keyed);

        List<InputProblem> problems = new ArrayList<>(listed.problems());
        List<String> skipped = new ArrayList<>();
        int inputs = 0;
        List<Piece> ordered = new ArrayList<>(small);
        ordered.sort((a, b) -> Keyed.ORDER.compare(a.keyed(), b.keyed()));
        for (Piece piece : ordered) {
            switch (piece.kind()) {
                case INPUT_READ -> inputs++;
                case INPUT_SKIPPED -> skipped.add(piece.keyed().value(String.class));
                case PROBLEM -> problems.add(piece.keyed().value(InputProblem.class));
                default -> throw new IllegalStateException("unexpected " + piece.kind());
            }
        }
        List<Piece> languageProblems = new ArrayList<>(failed);
        languageProblems.sort((a, b) -> Keyed.ORDER.compare(a.keyed(), b.keyed()));
        languageProblems.forEach(piece -> problems.add(piece.keyed().value(InputProblem.class)));

        CrossArticleStep.Outcome cross = new CrossArticleStep().run(articles);
        cross.problem().ifPresent(problems::add);
        long crossDone = System.nanoTime();

        JobOutput output = new JobOutput(spark, settings.out());
        output.write(articles, cross.account(), problems);
        int articleCount = cross.articles();
        if (articleCount <= settings.analysisJsonLimit()) {
            // The one place the driver holds every article: analysis.json is one file, and it writes it.
            List<AnalyzedArticle> corpus = articles.collect().stream().sorted(Keyed.ORDER)
                    .map(keyed -> keyed.value(AnalyzedArticle.class)).toList();
            output.writeAnalysisJson(new Analysis(corpus, problems, skipped, inputs, cross.account()));
        } else {
            output.removeAnalysisJson();
        }
        long done = System.nanoTime();
        read.unpersist();
        analyzed.unpersist();
        long received = intake.stop(spark.sparkContext());
        return new SparkJobResult(inputs, articleCount, problems, skipped, cross.account(), cross.entities(), cross.stories(), cross.events(),
                received, intake.largest(), (readDone - started) / 1e9, (crossDone - readDone) / 1e9, (done - crossDone) / 1e9,
                cross.steps());
    }

    /** Annotates the articles of one partition, one by one, with this executor's language layer. */
    private static final class AnnotatingIterator implements java.util.Iterator<Piece> {
        private final java.util.Iterator<Piece> pieces;
        private final LongAccumulator problems;

        AnnotatingIterator(java.util.Iterator<Piece> pieces, LongAccumulator problems) {
            this.pieces = pieces;
            this.problems = problems;
        }

        @Override
        public boolean hasNext() {
            return pieces.hasNext();
        }

        @Override
        public Piece next() {
            Keyed keyed = pieces.next().keyed();
            Article article = keyed.value(Article.class);
            AnnotationOutcome outcome = AnnotationOutcome.of(ExecutorLayers.language(), article);
            if (outcome.article().isPresent()) {
                return Piece.of(Piece.Kind.ANALYZED, keyed.file(), keyed.position(), outcome.article().get());
            }
            problems.add(1);
            return Piece.of(Piece.Kind.PROBLEM, keyed.file(), keyed.position(), outcome.problem().get());
        }
    }
}
