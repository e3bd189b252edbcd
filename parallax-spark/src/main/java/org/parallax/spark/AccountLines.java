package org.parallax.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;
import org.parallax.report.AnalysisJsonWriter;
import scala.Tuple2;

/**
 * The account's records (entities, events, stories) as the lines of {@code account.jsonl}, made without the driver
 * holding the articles: each record goes to a task with the articles it cites ({@link AnalysisJsonWriter#articlesCited},
 * each article's text and metadata, not its annotations, shuffled to the records that cite it), which writes its line
 * with {@code analysis.json}'s writer; the driver writes the lines in the account's order, one partition at a time.
 */
final class AccountLines {

    /** What kind of record a line holds: its {@code kind} field. */
    enum Kind {
        ENTITY, EVENT, STORY;

        String field() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One record of the account on its way to its line: its place in the file, its kind and the record ({@link ModelCodec} bytes). */
    record AccountRecord(int place, Kind kind, byte[] record) implements Serializable {
    }

    private AccountLines() {
    }

    /** Writes the lines of {@code account}'s records to {@code stream}, the articles they cite read from {@code articles}. */
    static void write(JavaRDD<Keyed> articles, CrossArticle account, OutputStream stream) throws IOException {
        List<AccountRecord> records = new ArrayList<>();
        account.entities().forEach(entity -> records.add(new AccountRecord(records.size(), Kind.ENTITY, ModelCodec.encode(entity))));
        account.events().forEach(event -> records.add(new AccountRecord(records.size(), Kind.EVENT, ModelCodec.encode(event))));
        account.stories().forEach(story -> records.add(new AccountRecord(records.size(), Kind.STORY, ModelCodec.encode(story))));
        if (records.isEmpty()) {
            return;
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(articles.context());
        int partitions = Math.max(1, Math.min(records.size(), articles.getNumPartitions()));
        JavaPairRDD<Integer, AccountRecord> byPlace = context.parallelize(records, partitions)
                .mapToPair(record -> new Tuple2<>(record.place(), record));
        JavaPairRDD<String, Integer> citing = byPlace.values().flatMapToPair(record -> {
            List<Tuple2<String, Integer>> cited = new ArrayList<>();
            cited(record).forEach(article -> cited.add(new Tuple2<>(article, record.place())));
            return cited.iterator();
        });
        JavaPairRDD<String, byte[]> texts = articles.mapToPair(keyed -> {
            Article article = keyed.value(AnalyzedArticle.class).article();
            return new Tuple2<>(article.id(), ModelCodec.encode(article));
        });
        JavaPairRDD<Integer, Iterable<byte[]>> citedTexts = citing.join(texts)
                .mapToPair(pair -> new Tuple2<>(pair._2()._1(), pair._2()._2())).groupByKey();
        Iterator<byte[]> lines = byPlace.leftOuterJoin(citedTexts).mapValues(AccountLines::line).sortByKey(true, partitions)
                .values().toLocalIterator();
        while (lines.hasNext()) {
            stream.write(lines.next());
        }
    }

    /** The articles a record cites. */
    static Set<String> cited(AccountRecord record) {
        return switch (record.kind()) {
            case ENTITY -> AnalysisJsonWriter.articlesCited(ModelCodec.decode(record.record(), Entity.class));
            case EVENT -> AnalysisJsonWriter.articlesCited(ModelCodec.decode(record.record(), Event.class));
            case STORY -> AnalysisJsonWriter.articlesCited(ModelCodec.decode(record.record(), Story.class));
        };
    }

    /** A record's line, written with the articles it cites (their text; the writer reads no annotations). */
    static byte[] line(Tuple2<AccountRecord, Optional<Iterable<byte[]>>> cited) {
        AccountRecord record = cited._1();
        Map<String, AnalyzedArticle> articles = new HashMap<>();
        if (cited._2().isPresent()) {
            for (byte[] bytes : cited._2().get()) {
                Article article = ModelCodec.decode(bytes, Article.class);
                articles.put(article.id(), AnalyzedArticle.unannotated(article));
            }
        }
        AnalysisJsonWriter writer = new AnalysisJsonWriter();
        return JobOutput.line(record.kind().field(), json -> {
            switch (record.kind()) {
                case ENTITY -> writer.writeEntity(ModelCodec.decode(record.record(), Entity.class), articles, json);
                case EVENT -> writer.writeEvent(ModelCodec.decode(record.record(), Event.class), articles, json);
                case STORY -> writer.writeStory(ModelCodec.decode(record.record(), Story.class), articles, json);
            }
        });
    }
}
