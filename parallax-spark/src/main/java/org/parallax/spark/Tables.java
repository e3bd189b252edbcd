package org.parallax.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.InputProblem;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.model.Story;

/**
 * The Parquet tables of a job, one per record kind, with the field names and values of
 * {@code docs/analysis.md} in snake case: enumerations in lower case, absent values null, offsets
 * half-open UTF-16 ranges into the article's text, entity ids resolved across articles.
 */
final class Tables {

    static final StructType ARTICLES = schema(
            "id", DataTypes.StringType, "source", DataTypes.StringType, "format", DataTypes.StringType,
            "url", DataTypes.StringType, "title", DataTypes.StringType, "subtitle", DataTypes.StringType,
            "outlet", DataTypes.StringType, "authors", strings(), "published", DataTypes.StringType,
            "published_from", DataTypes.StringType, "captured", DataTypes.StringType, "text", DataTypes.StringType);
    static final StructType QUOTES = schema(
            "article", DataTypes.StringType, "begin", DataTypes.IntegerType, "end", DataTypes.IntegerType,
            "text", DataTypes.StringType, "pieces", DataTypes.createArrayType(schema("begin", DataTypes.IntegerType,
                    "end", DataTypes.IntegerType, "text", DataTypes.StringType), false),
            "kind", DataTypes.StringType, "cue", DataTypes.StringType,
            "speaker", DataTypes.StringType, "speaker_entity", DataTypes.StringType,
            "speaker_resolution", DataTypes.StringType, "addressee", DataTypes.StringType);
    static final StructType MENTIONS = schema(
            "article", DataTypes.StringType, "begin", DataTypes.IntegerType, "end", DataTypes.IntegerType,
            "text", DataTypes.StringType, "type", DataTypes.StringType, "entity", DataTypes.StringType);
    static final StructType ENTITIES = schema(
            "id", DataTypes.StringType, "name", DataTypes.StringType, "type", DataTypes.StringType,
            "aliases", strings(), "members", strings(), "articles", strings(), "metonym_for", DataTypes.StringType);
    static final StructType EVENTS = schema(
            "id", DataTypes.StringType, "date", DataTypes.StringType, "summary", DataTypes.StringType,
            "participants", strings(), "place", DataTypes.StringType, "articles", strings());
    static final StructType STORIES = schema(
            "id", DataTypes.StringType, "title", DataTypes.StringType, "articles", strings(),
            "outlets", strings(), "entities", strings(), "events", strings(), "claims", strings());
    static final StructType CLAIMS = schema(
            "story", DataTypes.StringType, "id", DataTypes.StringType, "statement", DataTypes.StringType,
            "subjects", strings(), "reported_by", strings(), "contradicted_by", strings(),
            "report_articles", strings());
    static final StructType PROBLEMS = schema(
            "input", DataTypes.StringType, "position", DataTypes.StringType, "category", DataTypes.StringType,
            "message", DataTypes.StringType);

    private Tables() {
    }

    static Row article(AnalyzedArticle analyzed) {
        Article article = analyzed.article();
        return RowFactory.create(article.id(), article.source(), lower(article.format()), article.url().orElse(null),
                article.title().orElse(null), article.subtitle().orElse(null), article.outlet().orElse(null),
                article.authors().toArray(String[]::new), article.published().map(Object::toString).orElse(null),
                lower(article.publishedFrom()), article.captured().map(Object::toString).orElse(null), article.text());
    }

    /**
     * The article's quotes: {@code begin}/{@code end} their overall extent, {@code text} what was said (the pieces'
     * words joined by {@link Quote#PIECE_SEPARATOR}, without the words between them), and {@code pieces}, as in
     * {@code analysis.json} (format 4.1), each piece's offsets and words when what was said comes in several pieces
     * (an interrupted quotation), else null.
     */
    static List<Row> quotes(AnalyzedArticle analyzed, Map<String, String> resolved) {
        String text = analyzed.article().text();
        List<Row> rows = new ArrayList<>();
        for (Quote quote : analyzed.annotations().quotes()) {
            Row[] pieces = null;
            if (quote.interrupted()) {
                pieces = quote.pieces().stream()
                        .map(piece -> RowFactory.create(piece.begin(), piece.end(), piece.coveredText(text))).toArray(Row[]::new);
            }
            rows.add(RowFactory.create(analyzed.article().id(), quote.span().begin(), quote.span().end(),
                    quote.piecesText(text), pieces, lower(quote.kind()), covered(quote.cue(), text),
                    quote.speaker().map(speaker -> speaker.span().coveredText(text)).orElse(null),
                    quote.speaker().flatMap(speaker -> speaker.entity()).map(id -> resolved.getOrDefault(id, id)).orElse(null),
                    quote.speaker().map(speaker -> lower(speaker.resolution())).orElse(null),
                    covered(quote.addressee(), text)));
        }
        return rows;
    }

    static List<Row> mentions(AnalyzedArticle analyzed, Map<String, String> resolved) {
        String text = analyzed.article().text();
        List<Row> rows = new ArrayList<>();
        for (Mention mention : analyzed.annotations().mentions()) {
            rows.add(RowFactory.create(analyzed.article().id(), mention.span().begin(), mention.span().end(),
                    mention.span().coveredText(text), mention.type().name(),
                    mention.entity().map(id -> resolved.getOrDefault(id, id)).orElse(null)));
        }
        return rows;
    }

    static Row entity(Entity entity) {
        List<String> articles = new ArrayList<>();
        for (EntityAlias alias : entity.aliases()) {
            alias.articles().stream().filter(article -> !articles.contains(article)).forEach(articles::add);
        }
        return RowFactory.create(entity.id(), entity.name(), entity.type().name(),
                entity.aliases().stream().map(EntityAlias::name).toArray(String[]::new),
                entity.members().toArray(String[]::new), articles.toArray(String[]::new), entity.metonymFor().orElse(null));
    }

    static Row event(Event event) {
        return RowFactory.create(event.id(), event.date().orElse(null), event.summary(),
                event.participants().toArray(String[]::new), event.place().orElse(null),
                event.evidence().stream().map(Evidence::article).distinct().toArray(String[]::new));
    }

    static Row story(Story story) {
        return RowFactory.create(story.id(), story.title(), story.articles().toArray(String[]::new),
                story.outlets().toArray(String[]::new), story.entities().toArray(String[]::new),
                story.events().toArray(String[]::new), story.claims().stream().map(Claim::id).toArray(String[]::new));
    }

    static Row claim(Story story, Claim claim) {
        return RowFactory.create(story.id(), claim.id(), claim.statement(), claim.subjects().toArray(String[]::new),
                outlets(claim, Stance.REPORTED), outlets(claim, Stance.CONTRADICTED),
                claim.reports().stream().map(ClaimReport::article).distinct().toArray(String[]::new));
    }

    static Row problem(InputProblem problem) {
        return RowFactory.create(problem.input(), problem.position().orElse(null),
                lower(problem.category()), problem.message());
    }

    private static String[] outlets(Claim claim, Stance stance) {
        return claim.reports().stream().filter(report -> report.stance() == stance).map(ClaimReport::outlet).distinct()
                .toArray(String[]::new);
    }

    private static String covered(Optional<Span> span, String text) {
        return span.map(value -> value.coveredText(text)).orElse(null);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static DataType strings() {
        return DataTypes.createArrayType(DataTypes.StringType, false);
    }

    /** A schema of nullable fields from name, type pairs. */
    private static StructType schema(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }
}
