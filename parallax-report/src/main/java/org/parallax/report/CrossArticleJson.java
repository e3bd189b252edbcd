package org.parallax.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.AttributionLink;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.EntityRole;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventDating;
import org.parallax.model.Evidence;
import org.parallax.model.Stance;
import org.parallax.model.Story;

/**
 * The cross-article part of {@code analysis.json}: entities, events and stories, every claim with evidence.
 *
 * <p>Evidence points into an article's text as {@code {article, begin, end}}, or as {@code {begin, end}} where the
 * enclosing report or mention names the article already; the words themselves are written once, in the article
 * (format 3.0: copying them into every report, event and role had made a third of the file on PolNeAR train).
 * Only an event mention's trigger words carry their text.
 */
final class CrossArticleJson {

    private CrossArticleJson() {
    }

    /**
     * One resolved entity as {@code {id, name, type, aliases: [{name, articles}], roles, metonymFor}}: each name with
     * the articles that use it (the articles that mention it at all are theirs and its roles').
     */
    static void writeEntity(Entity entity, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("type", entity.type().name());
        json.writeArrayFieldStart("aliases");
        for (EntityAlias alias : entity.aliases()) {
            writeAlias(json, alias.name(), alias.articles());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("roles");
        for (EntityRole role : entity.roles()) {
            json.writeStartObject();
            json.writeStringField("title", role.title());
            json.writeFieldName("evidence");
            writeEvidence(role.evidence(), articles, json);
            json.writeEndObject();
        }
        json.writeEndArray();
        AnalysisJsonWriter.writeOptional(json, "metonymFor", entity.metonymFor());
        json.writeEndObject();
    }

    /** One name of an entity as {@code {name, articles}}: the articles that use it. */
    static void writeAlias(JsonGenerator json, String name, List<String> articles) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        writeStrings(json, "articles", articles);
        json.writeEndObject();
    }

    static void writeEvent(Event event, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        AnalysisJsonWriter.writeOptional(json, "date", event.date());
        json.writeArrayFieldStart("dates");
        for (EventDate date : event.dates()) {
            json.writeStartObject();
            json.writeStringField("value", date.value());
            json.writeFieldName("evidence");
            writeEvidence(date.evidence(), articles, json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("summary", event.summary());
        writeStrings(json, "participants", event.participants());
        AnalysisJsonWriter.writeOptional(json, "place", event.place());
        json.writeArrayFieldStart("evidence");
        for (Evidence evidence : event.evidence()) {
            writeEvidence(evidence, articles, json);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("mentions");
        for (ArticleEventMention mention : event.mentions()) {
            writeEventMention(mention, articles, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * One event mention as {@code {article, text, begin, end, lemma, wordClass, date, datedBy, dateEvidence}}: the
     * trigger words, the date of their own clause and what gives it ({@code time-expression}, {@code reference},
     * {@code passage}, {@code publication} or {@code undated}), with the time expression as {@code {begin, end}} in the
     * mention's article where one gives it.
     */
    static void writeEventMention(ArticleEventMention mention, Map<String, AnalyzedArticle> articles, JsonGenerator json)
            throws IOException {
        AnalyzedArticle article = articles.get(mention.article());
        if (article == null) {
            throw new IllegalStateException("event mention points at unknown article " + mention.article());
        }
        String text = article.article().text();
        EventDating dating = mention.mention().dating();
        json.writeStartObject();
        json.writeStringField("article", mention.article());
        AnalysisJsonWriter.writeSpan(json, mention.mention().span(), text);
        json.writeStringField("lemma", mention.mention().lemma());
        json.writeStringField("wordClass", AnalysisJsonWriter.lower(mention.mention().wordClass().name()));
        AnalysisJsonWriter.writeOptional(json, "date", dating.value());
        json.writeStringField("datedBy", AnalysisJsonWriter.lower(dating.basis().name()));
        if (dating.evidence().isPresent()) {
            json.writeFieldName("dateEvidence");
            writeLocal(new Evidence(mention.article(), dating.evidence().get()), articles, json);
        }
        json.writeEndObject();
    }

    static void writeStory(Story story, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", story.id());
        json.writeStringField("title", story.title());
        json.writeArrayFieldStart("summary");
        for (Evidence evidence : story.summary()) {
            writeEvidence(evidence, articles, json);
        }
        json.writeEndArray();
        writeStrings(json, "articles", story.articles());
        writeStrings(json, "outlets", story.outlets());
        writeStrings(json, "entities", story.entities());
        writeStrings(json, "events", story.events());
        json.writeArrayFieldStart("claims");
        for (Claim claim : story.claims()) {
            json.writeStartObject();
            json.writeStringField("id", claim.id());
            json.writeStringField("statement", claim.statement());
            json.writeStringField("coverage", AnalysisJsonWriter.lower(claim.coverage().name()));
            writeStrings(json, "subjects", claim.subjects());
            json.writeArrayFieldStart("reports");
            for (ClaimReport report : claim.reports()) {
                json.writeStartObject();
                json.writeStringField("article", report.article());
                json.writeStringField("stance", AnalysisJsonWriter.lower(report.stance().name()));
                json.writeFieldName("evidence");
                writeLocal(report.evidence(), articles, json);
                // The report's outlet is its article's (see docs/analysis.md, "Outlets"), the key of its matrix entry; the
                // chain goes on from it.
                json.writeArrayFieldStart("attribution");
                for (AttributionLink link : citedSources(report)) {
                    json.writeStartObject();
                    json.writeStringField("source", link.source());
                    AnalysisJsonWriter.writeOptional(json, "entity", link.entity());
                    if (link.evidence().isPresent()) {
                        json.writeFieldName("evidence");
                        writeLinkEvidence(link.evidence().get(), report.article(), articles, json);
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            // Only the outlets that carry the claim: every other outlet of the story left it out (absent).
            json.writeObjectFieldStart("matrix");
            for (String outlet : story.outlets()) {
                Stance stance = story.stance(claim, outlet);
                if (stance != Stance.ABSENT) {
                    json.writeStringField(outlet, AnalysisJsonWriter.lower(stance.name()));
                }
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The articles {@link #writeEntity} reads: its roles' evidence. */
    static Set<String> cited(Entity entity) {
        Set<String> articles = new TreeSet<>();
        entity.roles().forEach(role -> articles.add(role.evidence().article()));
        return articles;
    }

    /** The articles {@link #writeEvent} reads: its dates' evidence, its evidence and its mentions' articles. */
    static Set<String> cited(Event event) {
        Set<String> articles = new TreeSet<>();
        event.dates().forEach(date -> articles.add(date.evidence().article()));
        event.evidence().forEach(evidence -> articles.add(evidence.article()));
        event.mentions().forEach(mention -> articles.add(mention.article()));
        return articles;
    }

    /** The articles {@link #writeStory} reads: its summary's evidence, its claims' reports and their attribution's evidence. */
    static Set<String> cited(Story story) {
        Set<String> articles = new TreeSet<>();
        story.summary().forEach(evidence -> articles.add(evidence.article()));
        for (Claim claim : story.claims()) {
            for (ClaimReport report : claim.reports()) {
                articles.add(report.evidence().article());
                citedSources(report).forEach(link -> link.evidence().ifPresent(evidence -> articles.add(evidence.article())));
            }
        }
        return articles;
    }

    /**
     * A report's attribution chain without its first link when that is the outlet the report names ({@code outlet},
     * no entity, no evidence): what is left are the sources the outlet cites, outermost first.
     */
    private static List<AttributionLink> citedSources(ClaimReport report) {
        List<AttributionLink> chain = report.attribution();
        if (!chain.isEmpty() && chain.get(0).source().equals(report.outlet()) && chain.get(0).entity().isEmpty()
                && chain.get(0).evidence().isEmpty()) {
            return chain.subList(1, chain.size());
        }
        return chain;
    }

    /** Evidence as {@code {article, begin, end}}. */
    static void writeEvidence(Evidence evidence, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        checked(evidence, articles);
        json.writeStartObject();
        json.writeStringField("article", evidence.article());
        AnalysisJsonWriter.writeOffsets(json, evidence.span());
        json.writeEndObject();
    }

    /** Evidence in the article its report or mention names already, as {@code {begin, end}}. */
    private static void writeLocal(Evidence evidence, Map<String, AnalyzedArticle> articles, JsonGenerator json)
            throws IOException {
        checked(evidence, articles);
        json.writeStartObject();
        AnalysisJsonWriter.writeOffsets(json, evidence.span());
        json.writeEndObject();
    }

    /**
     * An attribution link's evidence: {@code {begin, end}} in the report's article, or {@code {article, begin, end}}
     * when a link points into another article.
     */
    private static void writeLinkEvidence(Evidence evidence, String reportArticle, Map<String, AnalyzedArticle> articles,
            JsonGenerator json) throws IOException {
        if (evidence.article().equals(reportArticle)) {
            writeLocal(evidence, articles, json);
        } else {
            writeEvidence(evidence, articles, json);
        }
    }

    /** Checks that {@code evidence} points into a known article, within its text. */
    private static void checked(Evidence evidence, Map<String, AnalyzedArticle> articles) {
        AnalyzedArticle article = articles.get(evidence.article());
        if (article == null) {
            throw new IllegalStateException("evidence points at unknown article " + evidence.article());
        }
        String text = article.article().text();
        if (evidence.span().end() > text.length()) {
            throw new IllegalStateException("evidence " + evidence.span() + " lies beyond the text of article " + evidence.article());
        }
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
