package org.parallax.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.Story;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.InputProblem;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.RemovedText;
import org.parallax.model.Role;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;

/**
 * Writes an {@link Analysis} as {@code analysis.json}, format version {@value #FORMAT_VERSION}.
 *
 * <p>When the cross-article layer resolved entities, mentions and speakers refer to the resolved
 * entities ({@code e<n>}); otherwise to each article's own ({@code <article id>/e<n>}).
 *
 * <p>The field names are a contract with users' scripts, documented in
 * {@code docs/analysis.md} and {@code docs/analysis.schema.json}: a change that renames or removes
 * one raises the major version. Output is streamed, so a large analysis does not need a second
 * copy in memory, and deterministic: the same input gives byte-identical output.
 */
public final class AnalysisJsonWriter {

    public static final String FORMAT_VERSION = "4.1";

    private final JsonFactory factory = new JsonFactory();

    public void write(Analysis analysis, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(LineLayout.printer());
            json.writeStartObject();
            json.writeStringField("format", "parallax-analysis");
            json.writeStringField("version", FORMAT_VERSION);
            writeInputs(analysis, json);
            json.writeArrayFieldStart("articles");
            Map<String, String> resolved = analysis.crossArticle().resolvedIds();
            for (AnalyzedArticle analyzed : analysis.articles()) {
                writeArticle(analyzed.article(), analyzed.annotations(), resolved, json);
            }
            json.writeEndArray();
            CrossArticle cross = analysis.crossArticle();
            Map<String, AnalyzedArticle> articles = new HashMap<>();
            analysis.articles().forEach(analyzed -> articles.put(analyzed.article().id(), analyzed));
            json.writeArrayFieldStart("entities");
            if (cross.entities().isEmpty()) {
                for (AnalyzedArticle analyzed : analysis.articles()) {
                    for (ArticleEntity entity : analyzed.annotations().entities()) {
                        writeEntity(entity, analyzed.article(), json);
                    }
                }
            } else {
                for (Entity entity : cross.entities()) {
                    CrossArticleJson.writeEntity(entity, articles, json);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("events");
            for (Event event : cross.events()) {
                CrossArticleJson.writeEvent(event, articles, json);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("stories");
            for (Story story : cross.stories()) {
                CrossArticleJson.writeStory(story, articles, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * One article as an element of the {@code articles} array, for JSON Lines exports of a store
     * (issue 10); {@code resolved} maps the article's own entity ids to resolved ones.
     */
    public void writeArticle(AnalyzedArticle analyzed, Map<String, String> resolved, JsonGenerator json) throws IOException {
        writeArticle(analyzed.article(), analyzed.annotations(), resolved, json);
    }

    /** One resolved entity as an element of the {@code entities} array; {@code articles} holds (at least) the entity's articles. */
    public void writeEntity(Entity entity, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        CrossArticleJson.writeEntity(entity, articles, json);
    }

    /** One event as an element of the {@code events} array; {@code articles} holds (at least) the event's articles. */
    public void writeEvent(Event event, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        CrossArticleJson.writeEvent(event, articles, json);
    }

    /** One story as an element of the {@code stories} array; {@code articles} holds (at least) the story's articles. */
    public void writeStory(Story story, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        CrossArticleJson.writeStory(story, articles, json);
    }

    /**
     * The articles {@link #writeEntity} reads for {@code entity}: a map holding these is enough to write it (the Spark
     * job writes each record of the account in a task that receives only the articles it cites).
     */
    public static Set<String> articlesCited(Entity entity) {
        return CrossArticleJson.cited(entity);
    }

    /** The articles {@link #writeEvent} reads for {@code event}: a map holding these is enough to write it. */
    public static Set<String> articlesCited(Event event) {
        return CrossArticleJson.cited(event);
    }

    /** The articles {@link #writeStory} reads for {@code story}: a map holding these is enough to write it. */
    public static Set<String> articlesCited(Story story) {
        return CrossArticleJson.cited(story);
    }

    private static void writeInputs(Analysis analysis, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("inputs");
        json.writeNumberField("files", analysis.inputs());
        json.writeNumberField("articles", analysis.articles().size());
        json.writeArrayFieldStart("skipped");
        for (String skipped : analysis.skipped()) {
            json.writeString(skipped);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("problems");
        for (InputProblem problem : analysis.problems()) {
            json.writeStartObject();
            json.writeStringField("input", problem.input());
            writeOptional(json, "position", problem.position());
            json.writeStringField("category", lower(problem.category().name()));
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeArticle(Article article, Annotations annotations, Map<String, String> resolved,
            JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", article.id());
        json.writeStringField("source", article.source());
        json.writeStringField("format", lower(article.format().name()));
        writeOptional(json, "url", article.url());
        writeOptional(json, "title", article.title());
        writeOptional(json, "subtitle", article.subtitle());
        writeOptional(json, "outlet", article.outlet());
        json.writeArrayFieldStart("authors");
        for (String author : article.authors()) {
            json.writeString(author);
        }
        json.writeEndArray();
        writeOptional(json, "published", article.published().map(Object::toString));
        json.writeStringField("publishedFrom", lower(article.publishedFrom().name()));
        writeOptional(json, "captured", article.captured().map(Object::toString));
        json.writeStringField("text", article.text());
        json.writeArrayFieldStart("embeddedPosts");
        for (EmbeddedPost post : article.embeddedPosts()) {
            json.writeStartObject();
            writeOffsets(json, post.span());
            writeOptional(json, "author", post.author());
            writeOptional(json, "published", post.published().map(Object::toString));
            writeOptional(json, "url", post.url());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("removed");
        for (RemovedText removed : article.removed()) {
            json.writeStartObject();
            json.writeStringField("text", removed.text());
            json.writeStringField("reason", lower(removed.reason().name()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote quote : annotations.quotes()) {
            json.writeStartObject();
            writeOffsets(json, quote.span());
            if (quote.interrupted()) { // format 4.1: what was said, piece by piece, when it is more than one
                json.writeArrayFieldStart("pieces");
                for (Span piece : quote.pieces()) {
                    json.writeStartObject();
                    writeOffsets(json, piece);
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeStringField("kind", lower(quote.kind().name()));
            if (quote.cue().isPresent()) {
                json.writeObjectFieldStart("cue");
                writeOffsets(json, quote.cue().get());
                json.writeEndObject();
            }
            if (quote.speaker().isPresent()) {
                Speaker speaker = quote.speaker().get();
                json.writeObjectFieldStart("speaker");
                writeOffsets(json, speaker.span());
                writeOptional(json, "entity", speaker.entity().map(id -> resolved.getOrDefault(id, id)));
                json.writeStringField("resolution", lower(speaker.resolution().name()));
                json.writeEndObject();
            }
            if (quote.addressee().isPresent()) {
                json.writeObjectFieldStart("addressee");
                writeOffsets(json, quote.addressee().get());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("timexes");
        for (Timex timex : annotations.timexes()) {
            json.writeStartObject();
            writeOffsets(json, timex.span());
            json.writeStringField("type", timex.type().name());
            json.writeStringField("value", timex.value());
            // Read against the article's own publication date (its "published") unless it says otherwise.
            if (!readAgainstPublication(timex, article)) {
                json.writeObjectFieldStart("reference");
                json.writeStringField("kind", lower(timex.reference().kind().name()));
                writeOptional(json, "date", timex.reference().date().map(Object::toString));
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("mentions");
        for (Mention mention : annotations.mentions()) {
            json.writeStartObject();
            writeOffsets(json, mention.span());
            json.writeStringField("type", mention.type().name());
            writeOptional(json, "entity", mention.entity().map(id -> resolved.getOrDefault(id, id)));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEntity(ArticleEntity entity, Article article, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("type", entity.type().name());
        json.writeArrayFieldStart("aliases");
        for (String alias : entity.aliases()) {
            CrossArticleJson.writeAlias(json, alias, List.of(article.id()));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("roles");
        for (Role role : entity.roles()) {
            json.writeStartObject();
            json.writeStringField("title", role.title());
            json.writeObjectFieldStart("evidence");
            json.writeStringField("article", article.id());
            writeOffsets(json, role.evidence());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The {@code text}, {@code begin} and {@code end} fields of a span that carries its words: an event mention's
     * trigger words, the evidence of {@code checks.jsonl}.
     */
    static void writeSpan(JsonGenerator json, Span span, String text) throws IOException {
        json.writeStringField("text", span.coveredText(text));
        writeOffsets(json, span);
    }

    /**
     * The {@code begin} and {@code end} fields of a span, without a copy of the words: a reader takes them from
     * the article's {@code text} (since 3.0, so that the file holds each article's words once).
     */
    static void writeOffsets(JsonGenerator json, Span span) throws IOException {
        json.writeNumberField("begin", span.begin());
        json.writeNumberField("end", span.end());
    }

    /** A field with a value; none without one (format 4.0: absent values are left out, see docs/analysis.md). */
    static void writeOptional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        }
    }

    /** Whether a time expression was read against its article's own publication date, which the format leaves implied. */
    private static boolean readAgainstPublication(Timex timex, Article article) {
        return timex.reference().kind() == TimeReference.Kind.PUBLICATION && timex.reference().date().isPresent()
                && timex.reference().date().equals(article.published());
    }

    /** Enum constants as JSON values: {@code JSON_LINES} becomes {@code json-lines}. */
    static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
