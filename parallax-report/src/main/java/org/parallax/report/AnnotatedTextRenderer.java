package org.parallax.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.parallax.model.Span;

/**
 * Renders an article's text as HTML paragraphs with its annotations highlighted, each element
 * carrying the character offsets it covers ({@code data-begin}, {@code data-end}) so a reader can
 * check any statement against the exact characters it came from.
 *
 * <p>Highlights may nest but not cross; a highlight that crosses another is drawn up to the
 * crossing only. A highlight that spans paragraphs is drawn in each of them.
 */
final class AnnotatedTextRenderer {

    /** One highlight: the span, a CSS class, a tooltip, and an anchor id (empty for none). */
    record Highlight(Span span, String cssClass, String title, String anchor) {
        Highlight {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(cssClass, "cssClass");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(anchor, "anchor");
        }

        Highlight(Span span, String cssClass, String title) {
            this(span, cssClass, title, "");
        }
    }

    private AnnotatedTextRenderer() {
    }

    /**
     * Appends the text's paragraphs to {@code container}; each paragraph gets the id
     * {@code <idPrefix>-p<offset of its first character>}, which {@link #paragraphAnchor} computes.
     */
    static void render(String text, List<Highlight> highlights, Element container, String idPrefix) {
        List<Highlight> sorted = new ArrayList<>(highlights);
        sorted.sort(Comparator.comparingInt((Highlight h) -> h.span().begin()).thenComparing(h -> -h.span().end()));
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            Element paragraph = container.appendElement("p").attr("id", idPrefix + "-p" + start)
                    .attr("data-begin", String.valueOf(start)).attr("data-end", String.valueOf(end));
            List<Highlight> inside = new ArrayList<>();
            for (Highlight highlight : sorted) {
                int begin = Math.max(highlight.span().begin(), start);
                int stop = Math.min(highlight.span().end(), end);
                if (begin < stop) {
                    // The anchor goes on the first piece only, so each id stays unique.
                    String anchor = begin == highlight.span().begin() ? highlight.anchor() : "";
                    inside.add(new Highlight(new Span(begin, stop), highlight.cssClass(), highlight.title(), anchor));
                }
            }
            renderRange(text, start, end, inside, paragraph);
            start = end + 2;
        }
    }

    /** The id of the paragraph holding a character offset, as {@link #render} assigns them. */
    static String paragraphAnchor(String idPrefix, String text, int offset) {
        int start = offset <= 0 ? 0 : text.lastIndexOf("\n\n", offset - 1);
        return idPrefix + "-p" + (start < 0 ? 0 : start + 2);
    }

    private static void renderRange(String text, int begin, int end, List<Highlight> highlights, Element parent) {
        int position = begin;
        int index = 0;
        while (index < highlights.size()) {
            Highlight outer = highlights.get(index);
            int outerEnd = Math.min(outer.span().end(), end);
            if (outer.span().begin() < position) {
                index++;
                continue;
            }
            appendText(parent, text.substring(position, outer.span().begin()));
            Element mark = parent.appendElement("mark")
                    .addClass(outer.cssClass())
                    .attr("title", outer.title())
                    .attr("data-begin", String.valueOf(outer.span().begin()))
                    .attr("data-end", String.valueOf(outerEnd));
            if (!outer.anchor().isEmpty()) {
                mark.attr("id", outer.anchor());
            }
            List<Highlight> nested = new ArrayList<>();
            int next = index + 1;
            while (next < highlights.size() && highlights.get(next).span().begin() < outerEnd) {
                Highlight inner = highlights.get(next);
                if (inner.span().end() <= outerEnd) {
                    nested.add(inner);
                }
                next++;
            }
            renderRange(text, outer.span().begin(), outerEnd, nested, mark);
            position = outerEnd;
            index = next;
        }
        appendText(parent, text.substring(position, end));
    }

    /** Appends text, turning single line breaks (kept inside paragraphs) into {@code <br>}. */
    private static void appendText(Element parent, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                parent.appendElement("br");
            }
            if (!lines[i].isEmpty()) {
                parent.appendText(lines[i]);
            }
        }
    }
}
