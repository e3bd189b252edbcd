package org.parallax.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Span;

/**
 * One article a search found.
 *
 * @param article   the article's id
 * @param source    where it was read from, as given
 * @param title     its headline
 * @param outlet    its outlet (its source when the outlet is unknown)
 * @param url       its address
 * @param published its publication date
 * @param score     how well it matched (0 when no words were asked for)
 * @param snippets  passages of its text with the matched words
 */
public record SearchHit(String article, String source, Optional<String> title, String outlet, Optional<String> url,
        Optional<LocalDate> published, float score, List<Snippet> snippets) {

    public SearchHit {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(published, "published");
        snippets = List.copyOf(snippets);
    }

    /**
     * A passage of an article's text with the words that matched.
     *
     * @param text       the passage
     * @param begin      where it starts in the article's text
     * @param highlights the matched words, as spans into {@link #text()} (not into the article)
     */
    public record Snippet(String text, int begin, List<Span> highlights) {
        public Snippet {
            Objects.requireNonNull(text, "text");
            highlights = List.copyOf(highlights);
        }

        /** The passage with each matched word in [brackets], for a terminal. */
        public String marked(String open, String close) {
            StringBuilder marked = new StringBuilder();
            int at = 0;
            for (Span span : highlights) {
                marked.append(text, at, span.begin()).append(open).append(text, span.begin(), span.end()).append(close);
                at = span.end();
            }
            return marked.append(text.substring(at)).toString();
        }
    }
}
