package org.parallax.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its clean text and what is known of it. Immutable; every span in it and in
 * the annotations of later layers points into {@link #text()}.
 *
 * @param id            a stable identifier, unique within one analysis
 * @param source        the path or URL as given, with the record for archives and feeds
 * @param format        the kind of input it came from
 * @param url           where the article was published
 * @param title         its headline
 * @param subtitle      its standfirst or deck
 * @param outlet        the publication, e.g. {@code The Jerusalem Post}
 * @param authors       its bylined authors, in order
 * @param published     its publication date
 * @param publishedFrom where that date came from ({@link DateSource#NONE} when there is none)
 * @param captured      when an archive captured it (a WARC record's date), not a publication date
 * @param text          the clean article text, paragraphs separated by a blank line
 * @param embeddedPosts posts embedded in the text, in text order
 * @param removed       what text cleaning dropped from the source, in source order
 */
public record Article(
        String id,
        String source,
        InputFormat format,
        Optional<String> url,
        Optional<String> title,
        Optional<String> subtitle,
        Optional<String> outlet,
        List<String> authors,
        Optional<LocalDate> published,
        DateSource publishedFrom,
        Optional<Instant> captured,
        String text,
        List<EmbeddedPost> embeddedPosts,
        List<RemovedText> removed) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(outlet, "outlet");
        authors = List.copyOf(authors);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedFrom, "publishedFrom");
        Objects.requireNonNull(captured, "captured");
        Objects.requireNonNull(text, "text");
        embeddedPosts = List.copyOf(embeddedPosts);
        removed = List.copyOf(removed);
        if (published.isPresent() == (publishedFrom == DateSource.NONE)) {
            throw new IllegalArgumentException(
                    "article " + id + ": publishedFrom " + publishedFrom + " does not fit published " + published);
        }
        Span previous = null;
        for (EmbeddedPost post : embeddedPosts) {
            if (post.span().end() > text.length()) {
                throw new IllegalArgumentException("article " + id + ": embedded post " + post.span()
                        + " lies outside its text of " + text.length() + " characters");
            }
            if (previous != null && post.span().begin() < previous.end()) {
                throw new IllegalArgumentException("article " + id + ": embedded posts overlap or are out of order");
            }
            previous = post.span();
        }
    }
}
