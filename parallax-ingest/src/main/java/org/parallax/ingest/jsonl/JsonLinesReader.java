package org.parallax.ingest.jsonl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipException;
import org.jsoup.Jsoup;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.ArticleSink;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Dates;
import org.parallax.ingest.FormatReader;
import org.parallax.ingest.Input;
import org.parallax.ingest.html.HtmlArticleReader;
import org.parallax.ingest.html.HtmlMetadataExtractor;
import org.parallax.ingest.html.PageMetadata;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.InputProblem;

/**
 * Reads JSON Lines: one JSON object per line, each one article, its source {@code <input>#line-<n>}.
 *
 * <p>Fields: {@code text} (the article's plain text, taken as is) or {@code html} (a page, read by
 * {@link HtmlArticleReader}); one of them is required, and with both the text is the article's and
 * the page adds only metadata. Optional: {@code url}, {@code title}, {@code subtitle},
 * {@code outlet}, {@code published} (an ISO 8601 date or date-time, or another layout
 * {@link Dates#parseMachineDate} reads), {@code authors} (an array of names, or one name). A line's
 * own fields win over what its page says. Other fields are ignored.
 *
 * <p>A line that is not a JSON object, lacks both {@code text} and {@code html}, has a field of the
 * wrong type or a date that cannot be read, or is longer than the input's size limit, is reported as
 * a problem at {@code line N} (with Jackson's column where it has one) and reading goes on. Blank
 * lines are skipped. Lines of Parallax's own JSON Lines (an export, the Spark job's output) are read too: an
 * {@code {"kind": "article", "article": {...}}} line as its article's fields, an entity, event or story line
 * is passed over (the store recomputes them). The file is streamed line by line (gzip too); only one line is held at a time.
 * Stateless and thread-safe.
 */
public final class JsonLinesReader implements FormatReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final HtmlArticleReader pages;
    private final HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();

    /** A reader with its own {@link HtmlArticleReader}. */
    public JsonLinesReader() {
        this(new HtmlArticleReader());
    }

    /** A reader sharing an {@link HtmlArticleReader}. */
    public JsonLinesReader(HtmlArticleReader pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        int number = 0;
        int records = 0;
        try (InputStream in = input.open()) {
            LineSplitter lines = new LineSplitter(in, input.maxBytes());
            for (Optional<LineSplitter.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
                number++;
                if (line.get().tooLong()) {
                    records++;
                    BadInputException tooLarge = BadInputException.tooLarge(line.get().length(), input.maxBytes());
                    sink.problem(new InputProblem(input.name(), Optional.of("line " + number),
                            tooLarge.category(), "the line " + tooLarge.getMessage()));
                } else if (!isBlank(line.get().bytes())) {
                    records++;
                    readLine(input.name(), number, line.get().bytes(), sink);
                }
            }
        } catch (EOFException e) {
            sink.problem(InputProblem.badInput(input.name(), "line " + (number + 1),
                    "truncated gzip: the compressed data ends before its end marker; reading stopped here"));
            return;
        } catch (ZipException e) {
            sink.problem(InputProblem.badInput(input.name(), "line " + (number + 1),
                    "corrupt gzip data (" + e.getMessage() + "); reading stopped here"));
            return;
        }
        if (records == 0) {
            throw new BadInputException("no JSON lines: the file is empty or blank");
        }
    }

    private void readLine(String name, int number, byte[] bytes, ArticleSink sink) {
        String position = "line " + number;
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null || location.getColumnNr() < 1 ? position
                    : position + ", column " + location.getColumnNr();
            sink.problem(InputProblem.badInput(name, where, "not valid JSON: " + e.getOriginalMessage()));
            return;
        } catch (IOException e) {
            sink.problem(InputProblem.badInput(name, position, "not valid JSON: " + e.getMessage()));
            return;
        }
        if (accountRecord(node)) {
            return;
        }
        try {
            sink.article(draft(name + "#line-" + number, exportedArticle(node).orElse(node)));
        } catch (BadInputException e) {
            sink.problem(new InputProblem(name, Optional.of(position), e.category(), e.getMessage()));
        }
    }

    private ArticleDraft draft(String source, JsonNode node) throws BadInputException {
        if (!node.isObject()) {
            throw new BadInputException("expected a JSON object, found " + kind(node));
        }
        Optional<String> text = string(node, "text");
        Optional<String> html = string(node, "html");
        Optional<String> url = string(node, "url");
        Optional<String> title = string(node, "title");
        Optional<String> subtitle = string(node, "subtitle");
        Optional<String> outlet = string(node, "outlet");
        Optional<LocalDate> published = date(node);
        List<String> authors = authors(node);
        if (text.isEmpty() && html.isEmpty()) {
            throw new BadInputException("the object has neither a \"text\" nor an \"html\" field");
        }
        ArticleDraft draft;
        if (text.isPresent()) {
            draft = new ArticleDraft(source, InputFormat.JSON_LINES).text(text.get());
            if (html.isPresent()) {
                PageMetadata page = metadata.extract(Jsoup.parse(html.get(), url.orElse("")), url);
                page.title().ifPresent(draft::title);
                page.outlet().ifPresent(draft::outlet);
                page.url().ifPresent(draft::url);
                draft.authors(page.authors());
                page.publication().ifPresent(date -> draft.published(date.date(), date.evidence().source()));
            }
        } else {
            draft = pages.read(source, InputFormat.JSON_LINES, html.get(), url);
        }
        url.ifPresent(draft::url);
        title.ifPresent(draft::title);
        subtitle.ifPresent(draft::subtitle);
        outlet.ifPresent(draft::outlet);
        published.ifPresent(date -> draft.published(date, DateSource.METADATA));
        if (!authors.isEmpty()) {
            draft.authors(authors);
        }
        return draft;
    }

    /**
     * The article of a line of Parallax's own JSON Lines ({@code parallax export --format jsonl}, the Spark
     * job's {@code jsonl/}): {@code {"kind": "article", "article": {...}}}, the article as {@code analysis.json}
     * writes it, whose {@code text}, {@code url}, {@code title}, {@code subtitle}, {@code outlet},
     * {@code published} and {@code authors} are read as a line's own.
     */
    private static Optional<JsonNode> exportedArticle(JsonNode node) {
        return node.isObject() && "article".equals(node.path("kind").asText(null)) && node.path("article").isObject()
                ? Optional.of(node.get("article")) : Optional.empty();
    }

    /** Whether a line is one of the cross-article records of Parallax's own JSON Lines (an entity, event or story), not an article. */
    private static boolean accountRecord(JsonNode node) {
        String kind = node.isObject() ? node.path("kind").asText("") : "";
        return (kind.equals("entity") || kind.equals("event") || kind.equals("story")) && node.path(kind).isObject();
    }

    private static Optional<String> string(JsonNode object, String field) throws BadInputException {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new BadInputException("field \"" + field + "\" must be a string, not " + kind(value));
        }
        return value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }

    private static Optional<LocalDate> date(JsonNode object) throws BadInputException {
        Optional<String> value = string(object, "published");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Dates.parseMachineDate(value.get());
        if (date.isEmpty()) {
            throw new BadInputException("field \"published\" is not a date: '" + value.get()
                    + "' (expected e.g. 2022-03-24 or 2022-03-24T10:32:00+02:00)");
        }
        return date;
    }

    private static List<String> authors(JsonNode object) throws BadInputException {
        JsonNode value = object.get("authors");
        List<String> authors = new ArrayList<>();
        if (value == null || value.isNull()) {
            return authors;
        }
        if (value.isTextual()) {
            authors.add(value.asText());
            return authors;
        }
        if (!value.isArray()) {
            throw new BadInputException("field \"authors\" must be an array of names or one name, not " + kind(value));
        }
        for (JsonNode author : value) {
            if (!author.isTextual()) {
                throw new BadInputException("field \"authors\" must hold only names (strings), not " + kind(author));
            }
            authors.add(author.asText());
        }
        return authors;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
