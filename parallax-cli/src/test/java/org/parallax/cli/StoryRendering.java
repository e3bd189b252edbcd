package org.parallax.cli;

import static org.parallax.testing.GoldenFile.quoted;
import static org.parallax.cli.ExamplesGoldenTest.span;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-article part of an {@code analysis.json} as golden lines: the cast, the timeline and
 * each story's claims with the outlet × claim matrix. Evidence is one span per line, named by
 * article file, so a change in what the story view says shows as a changed line.
 */
final class StoryRendering {

    private StoryRendering() {
    }

    static String render(JsonNode analysis) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode entity : analysis.get("entities")) {
            names.put(entity.get("id").asText(), entity.get("name").asText());
        }
        Map<String, String> files = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        Map<String, String> outlets = new HashMap<>();
        for (JsonNode article : analysis.get("articles")) {
            files.put(article.get("id").asText(), article.get("source").asText().replaceAll(".*/", ""));
            texts.put(article.get("id").asText(), article.get("text").asText());
            outlets.put(article.get("id").asText(), article.path("outlet").asText());
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode entity : analysis.get("entities")) {
            List<String> aliases = new ArrayList<>();
            entity.get("aliases").forEach(alias -> aliases.add(alias.get("name").asText()));
            out.append("ENTITY ").append(entity.get("type").asText()).append(' ').append(quoted(entity.get("name").asText()))
                    .append(" aliases=").append(aliases);
            if (entity.hasNonNull("metonymFor")) {
                out.append(" stands-for=").append(names.get(entity.get("metonymFor").asText()));
            }
            out.append('\n');
        }
        for (JsonNode event : analysis.get("events")) {
            List<String> who = new ArrayList<>();
            event.get("participants").forEach(id -> who.add(names.get(id.asText())));
            out.append("EVENT ").append(event.path("date").asText("undated")).append(' ').append(quoted(event.get("summary").asText()))
                    .append(" who=").append(who);
            if (event.hasNonNull("place")) {
                out.append(" where=").append(names.get(event.get("place").asText()));
            }
            out.append('\n');
            for (JsonNode date : event.get("dates")) {
                out.append("  ").append(span(date.get("evidence"))).append(" DATE ").append(date.get("value").asText()).append(' ')
                        .append(quoted(covered(texts, date.get("evidence")))).append(" in ").append(files.get(date.at("/evidence/article").asText()))
                        .append('\n');
            }
            for (JsonNode evidence : event.get("evidence")) {
                out.append("  ").append(span(evidence)).append(" REPORT in ").append(files.get(evidence.get("article").asText()))
                        .append('\n');
            }
        }
        for (JsonNode story : analysis.get("stories")) {
            List<String> cast = new ArrayList<>();
            story.get("entities").forEach(id -> cast.add(names.get(id.asText())));
            out.append("STORY ").append(quoted(story.get("title").asText())).append(" cast=").append(cast).append('\n');
            for (JsonNode claim : story.get("claims")) {
                out.append("CLAIM ").append(claim.get("coverage").asText()).append(' ').append(quoted(claim.get("statement").asText()))
                        .append(" matrix=").append(claim.get("matrix")).append('\n');
                for (JsonNode report : claim.get("reports")) {
                    List<String> chain = new ArrayList<>(List.of(outlets.get(report.get("article").asText())));
                    report.get("attribution").forEach(link -> chain.add(link.get("source").asText()));
                    out.append("  ").append(span(report.get("evidence"))).append(' ').append(report.get("stance").asText())
                            .append(" in ").append(files.get(report.get("article").asText())).append(" via ")
                            .append(String.join(" > ", chain)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** The words an evidence object {@code {article, begin, end}} points at. */
    private static String covered(Map<String, String> texts, JsonNode evidence) {
        return texts.get(evidence.get("article").asText()).substring(evidence.get("begin").asInt(), evidence.get("end").asInt());
    }
}
