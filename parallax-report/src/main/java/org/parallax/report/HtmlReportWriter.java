package org.parallax.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.parallax.model.Analysis;
import org.parallax.model.Claim;
import org.parallax.model.Coverage;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.InputProblem;
import org.parallax.model.RemovedText;
import org.parallax.model.Story;

/**
 * Writes the report a person reads: {@code report.html}, the index (a summary, the inputs that
 * failed, the stories ranked by how many outlets and articles they hold, and a table of the
 * articles), and beside it the folder {@code report/} with a page per story (summary, timeline,
 * cast, outlet × claim matrix) and a page per article (its metadata and its text with the
 * annotations highlighted). The index stays small however many articles there are (a line per story
 * and per article), and each page holds one story or article, so the report opens at once on large
 * corpora. Every page is self-contained: styles inline, no scripts, nothing fetched from elsewhere;
 * pages link to each other by relative paths, so the report works from any folder, offline.
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

    /**
     * Writes {@code report.html} and the {@code report/} folder into {@code folder}: the pages first,
     * into a folder swapped in whole, then the index, each atomically ({@link AtomicFiles}), so a
     * failed run leaves the earlier report whole and the index never links to a missing page.
     */
    public void write(Analysis analysis, Path folder) throws IOException {
        ReportContext context = ReportContext.of(analysis);
        AtomicFiles.replaceFolder(folder.resolve(ReportPaths.FOLDER), pages -> {
            Files.createDirectories(pages.resolve(ReportPaths.STORIES));
            Files.createDirectories(pages.resolve(ReportPaths.ARTICLES));
            for (Story story : analysis.crossArticle().stories()) {
                writePage(renderStory(context, story), pages.resolve(ReportPaths.story(story.id())));
            }
            for (AnalyzedArticle analyzed : analysis.articles()) {
                writePage(renderArticle(context, analyzed), pages.resolve(ReportPaths.article(analyzed.article().id())));
            }
        });
        AtomicFiles.write(folder.resolve(ReportPaths.INDEX),
                stream -> stream.write(renderIndex(context).outerHtml().getBytes(StandardCharsets.UTF_8)));
    }

    private static void writePage(Document page, Path file) throws IOException {
        Files.writeString(file, page.outerHtml(), StandardCharsets.UTF_8);
    }

    /** The index page, {@code report.html}. */
    public Document renderIndex(Analysis analysis) {
        return renderIndex(ReportContext.of(analysis));
    }

    /** The page of one story of the analysis. */
    public Document renderStory(Analysis analysis, Story story) {
        return renderStory(ReportContext.of(analysis), story);
    }

    /** The page of one article of the analysis. */
    public Document renderArticle(Analysis analysis, AnalyzedArticle analyzed) {
        return renderArticle(ReportContext.of(analysis), analyzed);
    }

    private Document renderIndex(ReportContext context) {
        Analysis analysis = context.analysis();
        Document document = shell("Parallax analysis: " + analysis.articles().size() + " articles");
        Element body = document.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Parallax analysis");
        header.appendElement("p").addClass("summary").text(summary(analysis));
        if (!analysis.problems().isEmpty()) {
            renderProblems(analysis.problems(), body);
        }
        renderStoryIndex(context, body);
        renderIndex(context, body);
        return document;
    }

    private Document renderStory(ReportContext context, Story story) {
        Document document = shell("Story: " + story.title());
        backLink(document.body());
        StoryPage.render(context, story, document.body());
        return document;
    }

    private Document renderArticle(ReportContext context, AnalyzedArticle analyzed) {
        Document document = shell(displayTitle(analyzed.article()));
        backLink(document.body());
        renderArticle(analyzed, context.storiesOfArticle().getOrDefault(analyzed.article().id(), List.of()),
                document.body());
        return document;
    }

    /** An empty self-contained page: charset, viewport, title and the inline styles. */
    private Document shell(String title) {
        Document document = Document.createShell("");
        document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        document.title(title);
        document.head().appendElement("style").appendText(styles);
        return document;
    }

    private static void backLink(Element body) {
        body.appendElement("nav").appendElement("a").attr("href", ReportPaths.indexFromPage()).text("← All stories and articles");
    }

    /** Stories, most outlets first, then most articles: where outlets can be compared comes first. */
    private static void renderStoryIndex(ReportContext context, Element body) {
        List<Story> stories = new ArrayList<>(context.analysis().crossArticle().stories());
        if (stories.isEmpty()) {
            return;
        }
        stories.sort(Comparator.comparingInt((Story story) -> -story.outlets().size())
                .thenComparingInt(story -> -story.articles().size()));
        Element section = body.appendElement("section").addClass("stories").attr("id", "stories");
        section.appendElement("h2").text("Stories (" + stories.size() + ")");
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Story", "Outlets", "Articles", "Dates", "Shared", "Disputed", "Claims")) {
            head.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (Story story : stories) {
            Element row = rows.appendElement("tr");
            row.appendElement("td").appendElement("a").attr("href", ReportPaths.fromIndex(ReportPaths.story(story.id())))
                    .text(story.title());
            row.appendElement("td").addClass("number").text(String.valueOf(story.outlets().size()))
                    .attr("title", String.join(", ", story.outlets()));
            row.appendElement("td").addClass("number").text(String.valueOf(story.articles().size()));
            row.appendElement("td").text(dates(context, story));
            row.appendElement("td").addClass("number").text(String.valueOf(count(story, Coverage.SHARED)));
            row.appendElement("td").addClass("number").text(String.valueOf(count(story, Coverage.DISPUTED)));
            row.appendElement("td").addClass("number").text(String.valueOf(story.claims().size()));
        }
    }

    private static long count(Story story, Coverage coverage) {
        return story.claims().stream().map(Claim::coverage).filter(coverage::equals).count();
    }

    /** The first and last publication dates of a story's articles, or "undated". */
    private static String dates(ReportContext context, Story story) {
        List<LocalDate> dates = story.articles().stream().map(id -> context.article(id).article().published())
                .flatMap(Optional::stream).sorted().toList();
        if (dates.isEmpty()) {
            return "undated";
        }
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        return first.equals(last) ? first.toString() : first + " – " + last;
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

    private static void renderIndex(ReportContext context, Element body) {
        Element section = body.appendElement("section").addClass("index").attr("id", "articles");
        section.appendElement("h2").text("Articles (" + context.analysis().articles().size() + ")");
        Element table = section.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String column : List.of("Title", "Outlet", "Published", "Authors", "Words", "Stories")) {
            head.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        for (AnalyzedArticle analyzed : context.analysis().articles()) {
            Article article = analyzed.article();
            Element row = rows.appendElement("tr");
            row.appendElement("td").appendElement("a").attr("href", ReportPaths.fromIndex(ReportPaths.article(article.id())))
                    .text(displayTitle(article));
            row.appendElement("td").text(article.outlet().orElse("—"));
            row.appendElement("td").text(dateLabel(article));
            row.appendElement("td").text(article.authors().isEmpty() ? "—" : String.join(", ", article.authors()));
            row.appendElement("td").addClass("number").text(String.valueOf(wordCount(article.text())));
            Element stories = row.appendElement("td");
            for (Story story : context.storiesOfArticle().getOrDefault(article.id(), List.of())) {
                stories.appendElement("a").attr("href", ReportPaths.fromIndex(ReportPaths.story(story.id()))).text(story.id());
                stories.appendText(" ");
            }
        }
    }

    private static void renderArticle(AnalyzedArticle analyzed, List<Story> stories, Element body) {
        Article article = analyzed.article();
        Annotations annotations = analyzed.annotations();
        Element section = body.appendElement("article").attr("id", article.id());
        section.appendElement("h1").text(displayTitle(article));
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
        if (!stories.isEmpty()) {
            facts.appendElement("dt").text("Stories");
            Element links = facts.appendElement("dd");
            for (Story story : stories) {
                links.appendElement("a").attr("href", ReportPaths.fromPage(ReportPaths.story(story.id()))).text(story.title());
                links.appendText(" ");
            }
        }

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
