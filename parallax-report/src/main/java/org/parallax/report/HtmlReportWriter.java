package org.parallax.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.InputProblem;
import org.parallax.model.RemovedText;

/**
 * Writes {@code report.html}: one self-contained page (styles inline, no scripts or resources
 * fetched from elsewhere) that a person reads: a summary, the inputs that failed, a table of the
 * articles, and each article's metadata and text with its annotations highlighted.
 *
 * <p>Built with jsoup's DOM rather than string concatenation, so every piece of article text and
 * metadata is escaped: an article cannot inject markup into the report.
 */
public final class HtmlReportWriter {

    private final String styles;

    public HtmlReportWriter() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the parallax-report jar");
            }
            styles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css from the parallax-report jar", e);
        }
    }

    public void write(Analysis analysis, OutputStream out) throws IOException {
        out.write(render(analysis).outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** The report as a jsoup document. */
    public Document render(Analysis analysis) {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        document.title("Parallax analysis: " + analysis.articles().size() + " articles");
        document.head().appendElement("style").appendText(styles);
        Element body = document.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Parallax analysis");
        header.appendElement("p").addClass("summary").text(summary(analysis));
        if (!analysis.problems().isEmpty()) {
            renderProblems(analysis.problems(), body);
        }
        StoryPage.render(analysis, body);
        renderIndex(analysis.articles(), body);
        for (AnalyzedArticle analyzed : analysis.articles()) {
            renderArticle(analyzed, body);
        }
        return document;
    }

    private static String summary(Analysis analysis) {
        StringBuilder summary = new StringBuilder();
        summary.append(analysis.articles().size()).append(analysis.articles().size() == 1 ? " article" : " articles")
                .append(" from ").append(analysis.inputs()).append(analysis.inputs() == 1 ? " input" : " inputs");
        if (!analysis.problems().isEmpty()) {
            summary.append("; ").append(analysis.problems().size())
                    .append(analysis.problems().size() == 1 ? " problem" : " problems");
        }
        if (!analysis.skipped().isEmpty()) {
            summary.append("; ").append(analysis.skipped().size()).append(" files skipped (not a format Parallax reads)");
        }
        return summary.append('.').toString();
    }

    private static void renderProblems(List<InputProblem> problems, Element body) {
        Element section = body.appendElement("section").addClass("problems").attr("id", "problems");
        section.appendElement("h2").text("Inputs that could not be read");
        Element list = section.appendElement("ul");
        for (InputProblem problem : problems) {
            Element item = list.appendElement("li");
            item.appendElement("code").text(problem.input() + problem.position().map(p -> " (" + p + ")").orElse(""));
            item.appendText(": " + problem.message());
            item.appendElement("span").addClass("category").text(AnalysisJsonWriter.lower(problem.category().name()));
        }
    }

    private static void renderIndex(List<AnalyzedArticle> analyzedArticles, Element body) {
        Element section = body.appendElement("section").addClass("index");
        section.appendElement("h2").text("Articles");
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Title", "Outlet", "Published", "Authors", "Words")) {
            head.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (AnalyzedArticle analyzed : analyzedArticles) {
            Article article = analyzed.article();
            Element row = rows.appendElement("tr");
            row.appendElement("td").appendElement("a").attr("href", "#" + article.id()).text(displayTitle(article));
            row.appendElement("td").text(article.outlet().orElse("—"));
            row.appendElement("td").text(dateLabel(article));
            row.appendElement("td").text(article.authors().isEmpty() ? "—" : String.join(", ", article.authors()));
            row.appendElement("td").addClass("number").text(String.valueOf(wordCount(article.text())));
        }
    }

    private static void renderArticle(AnalyzedArticle analyzed, Element body) {
        Article article = analyzed.article();
        Annotations annotations = analyzed.annotations();
        Element section = body.appendElement("article").attr("id", article.id());
        section.appendElement("h2").text(displayTitle(article));
        article.subtitle().ifPresent(subtitle -> section.appendElement("p").addClass("subtitle").text(subtitle));
        Element facts = section.appendElement("dl").addClass("metadata");
        fact(facts, "Source", Optional.of(article.source()));
        article.url().ifPresentOrElse(url -> {
            facts.appendElement("dt").text("URL");
            Element link = facts.appendElement("dd").appendElement("a").text(url);
            if (url.startsWith("http://") || url.startsWith("https://")) {
                link.attr("href", url).attr("rel", "noreferrer noopener");
            }
        }, () -> fact(facts, "URL", Optional.empty()));
        fact(facts, "Outlet", article.outlet());
        fact(facts, "Authors", article.authors().isEmpty() ? Optional.empty() : Optional.of(String.join(", ", article.authors())));
        fact(facts, "Published", Optional.of(dateLabel(article)));
        article.captured().ifPresent(captured -> fact(facts, "Captured", Optional.of(captured.toString())));
        fact(facts, "Format", Optional.of(AnalysisJsonWriter.lower(article.format().name())));

        List<AnnotatedTextRenderer.Highlight> highlights = new ArrayList<>();
        for (EmbeddedPost post : article.embeddedPosts()) {
            highlights.add(new AnnotatedTextRenderer.Highlight(post.span(), "embedded-post",
                    "Embedded post" + post.author().map(a -> " by " + a).orElse("")
                            + post.published().map(d -> ", " + d).orElse("")));
        }
        highlights.addAll(AnnotationHighlights.of(article, annotations));
        if (!annotations.quotes().isEmpty()) {
            QuoteTable.render(article, annotations, section);
        }
        if (!annotations.entities().isEmpty()) {
            EntityTable.render(article, annotations, section);
        }
        Element text = section.appendElement("div").addClass("text");
        if (!annotations.mentions().isEmpty() || !annotations.timexes().isEmpty() || !annotations.quotes().isEmpty()) {
            Legend.render(text);
        }
        AnnotatedTextRenderer.render(article.text(), highlights, text, article.id());

        if (!article.removed().isEmpty()) {
            Element details = section.appendElement("details").addClass("removed");
            details.appendElement("summary").text("Removed from the source (" + article.removed().size() + ")");
            Element list = details.appendElement("ul");
            for (RemovedText removed : article.removed()) {
                Element item = list.appendElement("li");
                item.appendElement("span").addClass("reason").text(AnalysisJsonWriter.lower(removed.reason().name()));
                item.appendText(" " + removed.text());
            }
        }
    }

    private static void fact(Element facts, String label, Optional<String> value) {
        facts.appendElement("dt").text(label);
        Element dd = facts.appendElement("dd").text(value.orElse("unknown"));
        if (value.isEmpty()) {
            dd.addClass("unknown");
        }
    }

    private static String displayTitle(Article article) {
        return article.title().orElse(article.source());
    }

    private static String dateLabel(Article article) {
        return article.published()
                .map(date -> date + " (from " + AnalysisJsonWriter.lower(article.publishedFrom().name()) + ")")
                .orElse(article.publishedFrom() == DateSource.NONE ? "unknown" : "");
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
