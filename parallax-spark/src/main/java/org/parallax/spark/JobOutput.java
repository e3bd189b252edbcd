package org.parallax.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.model.Story;
import org.parallax.report.AnalysisJsonWriter;

/**
 * Writes a job's analysis under its output folder (local or any Hadoop URI):
 * <ul>
 *   <li>{@code parquet/<kind>/}: one Parquet table per record kind ({@link Tables}): articles, quotes,
 *       mentions, entities, events, stories, claims, and problems;</li>
 *   <li>{@code jsonl/}: JSON Lines in the documented format ({@code docs/analysis.md}), one record per
 *       line as {@code {"kind": "article"|"entity"|"event"|"story", "<kind>": {...}}}, each record as
 *       {@code analysis.json} writes it; articles in {@code articles-NNNNN.jsonl} (one file per partition,
 *       written by the executors), the rest in {@code account.jsonl}. {@code parallax ingest} reads these files;</li>
 *   <li>{@code analysis.json}, for small runs, by the same writer as {@code parallax analyze}.</li>
 * </ul>
 * Articles, quotes and mentions are written by the executors, with the resolved entity ids
 * broadcast; the cross-article account's tables (entities, events, stories, claims) by the driver, from the account;
 * its JSON Lines are made on the executors, each record with the articles it cites ({@link AccountLines}), and written
 * by the driver in the account's order, a partition at a time.
 */
final class JobOutput {

    private final SparkSession spark;
    private final String out;

    JobOutput(SparkSession spark, String out) {
        this.spark = spark;
        this.out = out;
    }

    /**
     * @param articles the analysed articles, on the executors (the account's records are written with the articles they
     *                 cite, each record in a task that receives only those: {@link AccountLines})
     */
    void write(JavaRDD<Keyed> articles, CrossArticle account, List<InputProblem> problems) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HashMap<String, String>> resolved = context.broadcast(new HashMap<>(account.resolvedIds()));
        JavaRDD<AnalyzedArticle> analyzed = articles.map(keyed -> keyed.value(AnalyzedArticle.class));
        table(analyzed.map(Tables::article), Tables.ARTICLES, "articles");
        table(analyzed.flatMap(article -> Tables.quotes(article, resolved.value()).iterator()), Tables.QUOTES, "quotes");
        table(analyzed.flatMap(article -> Tables.mentions(article, resolved.value()).iterator()), Tables.MENTIONS, "mentions");
        List<Row> entities = new ArrayList<>();
        account.entities().forEach(entity -> entities.add(Tables.entity(entity)));
        List<Row> events = new ArrayList<>();
        account.events().forEach(event -> events.add(Tables.event(event)));
        List<Row> stories = new ArrayList<>();
        List<Row> claims = new ArrayList<>();
        for (Story story : account.stories()) {
            stories.add(Tables.story(story));
            story.claims().forEach(claim -> claims.add(Tables.claim(story, claim)));
        }
        List<Row> problemRows = new ArrayList<>();
        problems.forEach(problem -> problemRows.add(Tables.problem(problem)));
        table(entities, Tables.ENTITIES, "entities");
        table(events, Tables.EVENTS, "events");
        table(stories, Tables.STORIES, "stories");
        table(claims, Tables.CLAIMS, "claims");
        table(problemRows, Tables.PROBLEMS, "problems");
        jsonLines(articles, analyzed, account, resolved);
        resolved.destroy();
    }

    private void table(JavaRDD<Row> rows, org.apache.spark.sql.types.StructType schema, String name) {
        spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(out + "/parquet/" + name);
    }

    private void table(List<Row> rows, org.apache.spark.sql.types.StructType schema, String name) {
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(out + "/parquet/" + name);
    }

    private void jsonLines(JavaRDD<Keyed> articles, JavaRDD<AnalyzedArticle> analyzed, CrossArticle account,
            Broadcast<HashMap<String, String>> resolved) throws IOException {
        String folder = out + "/jsonl";
        Path path = new Path(folder);
        FileSystem system = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        system.delete(path, true);
        system.mkdirs(path);
        Map<String, String> settings = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
        analyzed.foreachPartition(partition -> {
            if (!partition.hasNext()) {
                return;
            }
            org.apache.hadoop.conf.Configuration configuration = new org.apache.hadoop.conf.Configuration(false);
            settings.forEach(configuration::set);
            int index = org.apache.spark.TaskContext.getPartitionId();
            Path file = new Path(folder, String.format("articles-%05d.jsonl", index));
            AnalysisJsonWriter writer = new AnalysisJsonWriter();
            try (OutputStream stream = file.getFileSystem(configuration).create(file, true)) {
                while (partition.hasNext()) {
                    AnalyzedArticle article = partition.next();
                    stream.write(line("article", json -> writer.writeArticle(article, resolved.value(), json)));
                }
            }
        });
        try (OutputStream stream = system.create(new Path(folder, "account.jsonl"), true)) {
            AccountLines.write(articles, account, stream);
        }
    }

    /** Removes an {@code analysis.json} an earlier, smaller run left in the output folder. */
    void removeAnalysisJson() throws IOException {
        Path file = new Path(out, "analysis.json");
        file.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(file, false);
    }

    void writeAnalysisJson(Analysis analysis) throws IOException {
        Path file = new Path(out, "analysis.json");
        FileSystem system = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream stream = system.create(file, true)) {
            new AnalysisJsonWriter().write(analysis, stream);
        }
    }

    /** Writes one JSON record with Jackson. */
    @FunctionalInterface
    interface RecordWriter {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    /** One line {@code {"kind": kind, kind: {...}}} and its newline, as UTF-8. */
    static byte[] line(String kind, RecordWriter record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("kind", kind);
            json.writeFieldName(kind);
            record.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a " + kind + " as JSON", e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
