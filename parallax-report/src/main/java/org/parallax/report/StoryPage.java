package org.parallax.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.AttributionLink;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Coverage;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Evidence;
import org.parallax.model.Outlets;
import org.parallax.model.Quote;
import org.parallax.model.Speaker;
import org.parallax.model.Stance;
import org.parallax.model.Story;

/**
 * A story's page of the report: its summary, timeline, cast, and the outlet × claim matrix, every
 * cell linking to its evidence in the article's page.
 */
final class StoryPage {

    private StoryPage() {
    }

    static void render(ReportContext context, Story story, Element body) {
        Map<String, AnalyzedArticle> articles = context.articles();
        Map<String, Entity> entities = context.entities();
        Map<String, String> resolved = context.analysis().crossArticle().resolvedIds();
        Element section = body.appendElement("section").addClass("story").attr("id", story.id());
        section.appendElement("h1").text("Story: " + story.title());
        section.appendElement("p").addClass("summary").text(story.articles().size() + " articles from "
                + story.outlets().size() + " outlets: " + String.join(", ", story.outlets()) + ".");
        Element summary = section.appendElement("ul").addClass("story-summary");
        for (Evidence evidence : story.summary()) {
            evidenceLink(summary.appendElement("li"), evidence, articles, quoted(evidence, articles));
        }
        renderArticles(story, articles, section);
        renderTimeline(story, context.events(), entities, articles, section);
        renderCast(story, entities, resolved, articles, section);
        renderMatrix(story, articles, section);
    }

    private static void renderArticles(Story story, Map<String, AnalyzedArticle> articles, Element section) {
        section.appendElement("h2").text("Articles");
        Element list = section.appendElement("ul").addClass("story-articles");
        for (String id : story.articles()) {
            Article article = articles.get(id).article();
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", ReportPaths.fromPage(ReportPaths.article(id)))
                    .text(article.title().orElse(article.source()));
            item.appendText(" — " + Outlets.of(article) + article.published().map(date -> ", " + date).orElse(""));
        }
    }

    private static void renderTimeline(Story story, Map<String, Event> events, Map<String, Entity> entities,
            Map<String, AnalyzedArticle> articles, Element section) {
        section.appendElement("h2").text("Timeline");
        if (story.events().isEmpty()) {
            section.appendElement("p").addClass("unknown").text("No dated events found.");
            return;
        }
        Element table = section.appendElement("table").addClass("timeline");
        header(table, "Date", "What happened", "Who", "Reported by");
        Element rows = table.appendElement("tbody");
        for (String id : story.events()) {
            Event event = events.get(id);
            Element row = rows.appendElement("tr");
            Element date = row.appendElement("td").text(event.date().map(DateLabel::of).orElse("undated"));
            Element note = date.appendElement("div").addClass("dated-by").attr("data-dated-by",
                    DatingNote.basis(event).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            note.text(DatingNote.label(DatingNote.basis(event)));
            event.dates().stream().filter(given -> event.date().equals(Optional.of(given.value()))).findFirst()
                    .ifPresent(given -> evidenceLink(note.appendText(": "), given.evidence(), articles,
                            "“" + quoted(given.evidence(), articles) + "”"));
            List<String> others = event.dates().stream().map(EventDate::value).distinct()
                    .filter(value -> !value.equals(event.date().orElse(""))).toList();
            if (!others.isEmpty()) {
                date.appendElement("div").addClass("conflict").text("also given as " + others.stream().map(DateLabel::of).collect(Collectors.joining(", ")));
            }
            row.appendElement("td").text(event.summary());
            row.appendElement("td").text(event.participants().stream().map(entities::get)
                    .filter(Objects::nonNull).map(Entity::name).collect(Collectors.joining(", ")));
            Element sources = row.appendElement("td");
            String previousArticle = null;
            for (Evidence evidence : event.evidence()) {
                // A second sentence of the same article ("the call") reads as "again", not as the outlet twice.
                String label = evidence.article().equals(previousArticle) ? "again, later" : outletOf(evidence, articles);
                evidenceLink(sources.appendElement("div"), evidence, articles, label);
                previousArticle = evidence.article();
            }
        }
    }

    private static void renderCast(Story story, Map<String, Entity> entities, Map<String, String> resolved,
            Map<String, AnalyzedArticle> articles, Element section) {
        section.appendElement("h2").text("Cast");
        Map<String, List<Evidence>> quotes = quotesBySpeaker(story, resolved, articles);
        Element table = section.appendElement("table").addClass("cast");
        header(table, "Name", "Type", "Also called", "Roles", "Quoted");
        Element rows = table.appendElement("tbody");
        for (String id : story.entities()) {
            Entity entity = entities.get(id);
            if (entity == null) {
                continue;
            }
            Element row = rows.appendElement("tr");
            row.appendElement("td").text(entity.name() + entity.metonymFor().map(target -> " (stands for "
                    + (entities.containsKey(target) ? entities.get(target).name() : target) + ")").orElse(""));
            row.appendElement("td").text(entity.type().name());
            row.appendElement("td").text(entity.aliases().stream().map(EntityAlias::name)
                    .filter(name -> !name.equals(entity.name())).collect(Collectors.joining(", ")));
            row.appendElement("td").text(entity.roles().stream().map(role -> role.title()).distinct()
                    .collect(Collectors.joining("; ")));
            Element quoted = row.appendElement("td").addClass("quoted");
            List<Evidence> said = quotes.getOrDefault(id, List.of());
            for (int i = 0; i < said.size(); i++) {
                evidenceLink(quoted, said.get(i), articles, String.valueOf(i + 1));
                quoted.appendText(" ");
            }
        }
    }

    /** The quotes of the story's articles, by the resolved entity of their speaker, in article and text order. */
    private static Map<String, List<Evidence>> quotesBySpeaker(Story story, Map<String, String> resolved,
            Map<String, AnalyzedArticle> articles) {
        Map<String, List<Evidence>> quotes = new HashMap<>();
        for (String id : story.articles()) {
            AnalyzedArticle article = articles.get(id);
            for (Quote quote : article.annotations().quotes()) {
                quote.speaker().flatMap(Speaker::entity).map(local -> resolved.getOrDefault(local, local))
                        .ifPresent(speaker -> quotes.computeIfAbsent(speaker, key -> new ArrayList<>())
                                .add(new Evidence(id, quote.span())));
            }
        }
        return quotes;
    }

    private static void renderMatrix(Story story, Map<String, AnalyzedArticle> articles, Element section) {
        section.appendElement("h2").text("Claims by outlet");
        if (story.claims().isEmpty()) {
            section.appendElement("p").addClass("unknown").text("No claims found.");
            return;
        }
        List<Claim> matrixClaims = story.claims().stream().filter(claim -> claim.coverage().inMatrix()).toList();
        List<Claim> details = story.claims().stream().filter(claim -> !claim.coverage().inMatrix()).toList();
        Element table = section.appendElement("table").addClass("matrix");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Claim");
        story.outlets().forEach(outlet -> head.appendElement("th").text(outlet));
        Element rows = table.appendElement("tbody");
        Coverage previous = null;
        for (Claim claim : matrixClaims) {
            if (claim.coverage() != previous) {
                rows.appendElement("tr").addClass("coverage")
                        .appendElement("th").attr("colspan", String.valueOf(story.outlets().size() + 1)).text(heading(claim.coverage()));
                previous = claim.coverage();
            }
            Element row = rows.appendElement("tr").attr("id", story.id() + "-" + claim.id())
                    .addClass("coverage-" + claim.coverage().name().toLowerCase(Locale.ROOT));
            row.appendElement("td").text(claim.statement());
            for (String outlet : story.outlets()) {
                Stance stance = story.stance(claim, outlet);
                Element cell = row.appendElement("td").addClass("stance-" + stance.name().toLowerCase(Locale.ROOT));
                if (stance == Stance.ABSENT) {
                    cell.text("absent");
                    continue;
                }
                for (ClaimReport report : claim.reports()) {
                    if (report.outlet().equals(outlet)) {
                        reportLine(cell, report, articles, report.stance().name().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        if (!details.isEmpty()) {
            Element more = section.appendElement("details").addClass("details");
            more.appendElement("summary").text(details.size() + " more claims only one outlet carries, peripheral to the story");
            Element list = more.appendElement("ul");
            for (Claim claim : details) {
                Element item = list.appendElement("li").attr("id", story.id() + "-" + claim.id());
                item.appendElement("span").text(claim.statement() + " ");
                for (ClaimReport report : claim.reports()) {
                    reportLine(item, report, articles, report.outlet());
                }
            }
        }
    }

    private static String heading(Coverage coverage) {
        return switch (coverage) {
            case SHARED -> "Reported by several outlets";
            case DISPUTED -> "Contradicted by a report";
            case EXCLUSIVE -> "Carried by one outlet only";
            case DETAIL -> "Details";
        };
    }

    /** A report: a link to its evidence, labelled, and its attribution chain. */
    private static void reportLine(Element parent, ClaimReport report, Map<String, AnalyzedArticle> articles, String label) {
        Element line = parent.appendElement("div");
        evidenceLink(line, report.evidence(), articles, label);
        String chain = report.attribution().stream().map(AttributionLink::source).collect(Collectors.joining(" → "));
        if (!chain.isEmpty()) {
            line.appendElement("div").addClass("chain").text(chain);
        }
    }

    private static void header(Element table, String... columns) {
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : columns) {
            head.appendElement("th").text(column);
        }
    }

    /** A link to the paragraph holding the evidence, with the exact evidence text as its tooltip. */
    private static void evidenceLink(Element parent, Evidence evidence, Map<String, AnalyzedArticle> articles, String label) {
        AnalyzedArticle article = articles.get(evidence.article());
        String text = article.article().text();
        parent.appendElement("a")
                .attr("href", ReportPaths.fromPage(ReportPaths.article(article.article().id())) + "#"
                        + AnnotatedTextRenderer.paragraphAnchor(article.article().id(), text, evidence.span().begin()))
                .attr("title", "“" + evidence.span().coveredText(text) + "” " + evidence.span())
                .text(label);
    }

    private static String quoted(Evidence evidence, Map<String, AnalyzedArticle> articles) {
        return evidence.span().coveredText(articles.get(evidence.article()).article().text());
    }

    private static String outletOf(Evidence evidence, Map<String, AnalyzedArticle> articles) {
        return Outlets.of(articles.get(evidence.article()).article());
    }
}
