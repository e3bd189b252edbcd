package org.parallax.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** The cross-article part of {@code analysis.json}: entities, events and stories, every claim with evidence. */
final class CrossArticleJson {

    private CrossArticleJson() {
    }

    static void writeEntity(Entity entity, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", entity.id());
        json.writeStringField("name", entity.name());
        json.writeStringField("type", entity.type().name());
        json.writeArrayFieldStart("aliases");
        for (EntityAlias alias : entity.aliases()) {
            json.writeString(alias.name());
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
        Set<String> mentionedIn = new LinkedHashSet<>();
        entity.aliases().forEach(alias -> mentionedIn.addAll(alias.articles()));
        entity.roles().forEach(role -> mentionedIn.add(role.evidence().article()));
        writeStrings(json, "articles", List.copyOf(mentionedIn));
        json.writeArrayFieldStart("aliasArticles");
        for (EntityAlias alias : entity.aliases()) {
            json.writeStartObject();
            json.writeStringField("name", alias.name());
            writeStrings(json, "articles", alias.articles());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeStrings(json, "members", entity.members());
        AnalysisJsonWriter.writeOptional(json, "metonymFor", entity.metonymFor());
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
     * {@code passage}, {@code publication} or {@code undated}), with the time expression as evidence where one gives it.
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
            writeEvidence(new Evidence(mention.article(), dating.evidence().get()), articles, json);
        } else {
            json.writeNullField("dateEvidence");
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
                json.writeStringField("outlet", report.outlet());
                json.writeStringField("stance", AnalysisJsonWriter.lower(report.stance().name()));
                json.writeFieldName("evidence");
                writeEvidence(report.evidence(), articles, json);
                json.writeArrayFieldStart("attribution");
                for (AttributionLink link : report.attribution()) {
                    json.writeStartObject();
                    json.writeStringField("source", link.source());
                    AnalysisJsonWriter.writeOptional(json, "entity", link.entity());
                    if (link.evidence().isPresent()) {
                        json.writeFieldName("evidence");
                        writeEvidence(link.evidence().get(), articles, json);
                    } else {
                        json.writeNullField("evidence");
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

    /** Evidence as {@code {article, text, begin, end}}. */
    static void writeEvidence(Evidence evidence, Map<String, AnalyzedArticle> articles, JsonGenerator json) throws IOException {
        AnalyzedArticle article = articles.get(evidence.article());
        if (article == null) {
            throw new IllegalStateException("evidence points at unknown article " + evidence.article());
        }
        json.writeStartObject();
        json.writeStringField("article", evidence.article());
        AnalysisJsonWriter.writeSpan(json, evidence.span(), article.article().text());
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
