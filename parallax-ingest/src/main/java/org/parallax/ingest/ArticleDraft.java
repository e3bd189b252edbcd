package org.parallax.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * What a reader found of one article before cleaning: its raw text and whatever metadata the
 * format carried. Mutable and not thread-safe: one reader fills it, then {@link ArticleFinisher}
 * turns it into an immutable {@link org.parallax.model.Article}.
 *
 * <p>The text uses blank lines between paragraphs; readers of structured formats (HTML) put each
 * paragraph on one line.
 */
public final class ArticleDraft {

    private final String source;
    private final InputFormat format;
    private String text = "";
    private String url;
    private String title;
    private String subtitle;
    private String outlet;
    private final List<String> authors = new ArrayList<>();
    private LocalDate published;
    private DateSource publishedFrom = DateSource.NONE;
    private Instant captured;

    /**
     * @param source the input's name as the user gave it, with the record for archives and feeds
     *               (e.g. {@code news.warc.gz#record-12})
     * @param format the kind of input the article came from
     */
    public ArticleDraft(String source, InputFormat format) {
        this.source = Objects.requireNonNull(source, "source");
        this.format = Objects.requireNonNull(format, "format");
    }

    public String source() {
        return source;
    }

    public InputFormat format() {
        return format;
    }

    public String text() {
        return text;
    }

    public ArticleDraft text(String value) {
        this.text = Objects.requireNonNull(value, "text");
        return this;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    public ArticleDraft url(String value) {
        this.url = blankToNull(value);
        return this;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public ArticleDraft title(String value) {
        this.title = blankToNull(value);
        return this;
    }

    public Optional<String> subtitle() {
        return Optional.ofNullable(subtitle);
    }

    public ArticleDraft subtitle(String value) {
        this.subtitle = blankToNull(value);
        return this;
    }

    public Optional<String> outlet() {
        return Optional.ofNullable(outlet);
    }

    public ArticleDraft outlet(String value) {
        this.outlet = blankToNull(value);
        return this;
    }

    public List<String> authors() {
        return List.copyOf(authors);
    }

    /** Replaces the authors; blank names and repeats are dropped. */
    public ArticleDraft authors(List<String> values) {
        authors.clear();
        for (String value : values) {
            String name = blankToNull(value);
            if (name != null && !authors.contains(name)) {
                authors.add(name);
            }
        }
        return this;
    }

    public Optional<LocalDate> published() {
        return Optional.ofNullable(published);
    }

    public DateSource publishedFrom() {
        return publishedFrom;
    }

    /** Sets the publication date and where it came from; {@code null} clears it. */
    public ArticleDraft published(LocalDate date, DateSource from) {
        if (date == null || from == DateSource.NONE) {
            this.published = null;
            this.publishedFrom = DateSource.NONE;
        } else {
            this.published = date;
            this.publishedFrom = Objects.requireNonNull(from, "from");
        }
        return this;
    }

    public Optional<Instant> captured() {
        return Optional.ofNullable(captured);
    }

    public ArticleDraft captured(Instant value) {
        this.captured = value;
        return this;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.replaceAll("\\s+", " ").strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
