package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.ClaimStance;
import org.parallax.model.Evidence;

/**
 * {@code checks.html}: for each claim, the articles that support, contradict or discuss it, with
 * the sentences that say so and the judgement's confidence, then the unrelated ones folded away;
 * and the inputs and claim rows that could not be used. Every text is escaped (jsoup builds the page).
 */
public final class ChecksHtmlWriter {

    private static final String STYLES = "body{font-family:system-ui,sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;"
            + "line-height:1.4}section.claim{border-top:1px solid #ccc;padding-top:.5rem}table{border-collapse:collapse;width:100%}"
            + "td,th{text-align:left;vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid #eee}"
            + ".stance{font-weight:bold;white-space:nowrap}.supports{color:#1a7f37}.contradicts{color:#cf222e}"
            + ".discusses{color:#9a6700}.unrelated{color:#666}blockquote{margin:.2rem 0;padding-left:.5rem;border-left:3px solid #ddd}"
            + ".problems li{color:#cf222e}";

    /**
     * @param checks   every check, claims in file order
     * @param articles the checked articles by id
     * @param problems what could not be used (bad claim rows, unreadable inputs), one message each
     */
    public void write(List<ClaimCheck> checks, Map<String, Article> articles, List<String> problems, OutputStream out)
            throws IOException {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        document.title("Parallax claim checks");
        document.head().appendElement("style").appendText(STYLES);
        Element body = document.body();
        Map<String, List<ClaimCheck>> byClaim = new LinkedHashMap<>();
        checks.forEach(check -> byClaim.computeIfAbsent(check.claim(), id -> new ArrayList<>()).add(check));
        body.appendElement("h1").text("Parallax claim checks");
        body.appendElement("p").text(byClaim.size() + " claims checked against " + articles.size() + " articles");
        if (!problems.isEmpty()) {
            Element section = body.appendElement("section").addClass("problems");
            section.appendElement("h2").text("Not checked");
            Element list = section.appendElement("ul");
            problems.forEach(problem -> list.appendElement("li").text(problem));
        }
        for (List<ClaimCheck> claim : byClaim.values()) {
            claimSection(body, claim, articles);
        }
        out.write(document.outerHtml().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void claimSection(Element body, List<ClaimCheck> checks, Map<String, Article> articles) {
        ClaimCheck first = checks.get(0);
        Element section = body.appendElement("section").addClass("claim").attr("id", "claim-" + first.claim());
        section.appendElement("h2").text(first.claim() + ": " + first.statement());
        List<ClaimCheck> related = new ArrayList<>(checks.stream().filter(check -> check.stance().related()).toList());
        related.sort(Comparator.comparing(ClaimCheck::stance).thenComparing(Comparator.comparingDouble(ClaimCheck::confidence).reversed()));
        List<ClaimCheck> unrelated = checks.stream().filter(check -> !check.stance().related()).toList();
        Map<ClaimStance, Long> counts = new LinkedHashMap<>();
        checks.forEach(check -> counts.merge(check.stance(), 1L, Long::sum));
        StringBuilder tally = new StringBuilder();
        for (ClaimStance stance : ClaimStance.values()) {
            tally.append(tally.length() == 0 ? "" : ", ").append(counts.getOrDefault(stance, 0L)).append(' ').append(stance.label());
        }
        section.appendElement("p").text(tally.toString());
        if (!related.isEmpty()) {
            Element table = section.appendElement("table");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String column : List.of("Article", "Stance", "Confidence", "Evidence")) {
                head.appendElement("th").text(column);
            }
            Element rows = table.appendElement("tbody");
            for (ClaimCheck check : related) {
                Element row = rows.appendElement("tr");
                row.appendElement("td").text(name(articles.get(check.article()), check));
                row.appendElement("td").addClass("stance").addClass(check.stance().label()).text(check.stance().label());
                row.appendElement("td").text(String.format(Locale.ROOT, "%.2f", check.confidence()));
                Element evidence = row.appendElement("td");
                String text = articles.get(check.article()).text();
                for (Evidence item : check.evidence()) {
                    evidence.appendElement("blockquote").text(item.span().coveredText(text))
                            .attr("title", "characters " + item.span().begin() + "-" + item.span().end());
                }
            }
        }
        if (!unrelated.isEmpty()) {
            Element details = section.appendElement("details");
            details.appendElement("summary").text(unrelated.size() + " unrelated articles");
            Element list = details.appendElement("ul");
            for (ClaimCheck check : unrelated) {
                list.appendElement("li").text(name(articles.get(check.article()), check)
                        + String.format(Locale.ROOT, " (%.2f)", check.confidence()));
            }
        }
    }

    private static String name(Article article, ClaimCheck check) {
        return article.title().map(title -> title + " — " + check.source()).orElse(check.source());
    }
}
