package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * Finds quotations in a text: curly ({@code “…”}) and straight ({@code "…"}) double quotation marks.
 *
 * <p>Hand-written because no library pairs quotation marks the way news is written: a paragraph that
 * opens a quotation and does not close it continues in the next paragraph when that one opens with the
 * same mark (the convention for quotes running over several paragraphs); a quotation still open at the
 * end of a paragraph otherwise ends there. Marks of the other style inside a quotation are nested
 * quotes and stay part of it. Single quotation marks are not read as quotations: in news they mark
 * nested quotes, headline quotes and apostrophes, which cannot be told apart reliably.
 */
final class QuotationScanner {

    private static final char OPEN = '\u201C';
    private static final char CLOSE = '\u201D';
    private static final char STRAIGHT = '"';

    private QuotationScanner() {
    }

    /** The text's paragraphs: its non-empty lines, trimmed of surrounding white space. */
    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int begin = start;
            int finish = end;
            while (begin < finish && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (finish > begin && Character.isWhitespace(text.charAt(finish - 1))) {
                finish--;
            }
            if (finish > begin) {
                paragraphs.add(new Span(begin, finish));
            }
            start = end + 1;
        }
        return paragraphs;
    }

    /** The quotations of a text, in text order. */
    static List<Quotation> scan(String text) {
        List<Span> paragraphs = paragraphs(text);
        List<Quotation> found = new ArrayList<>();
        int openAt = -1;
        char style = 0;
        int openParagraph = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            int from = paragraph.begin();
            if (openAt >= 0) {
                // A quotation left open in the previous paragraph continues when this one opens with its mark.
                if (text.charAt(paragraph.begin()) == style) {
                    from++;
                } else {
                    found.add(unclosed(text, openAt, paragraphs.get(p - 1), openParagraph));
                    openAt = -1;
                }
            }
            for (int i = from; i < paragraph.end(); i++) {
                char c = text.charAt(i);
                if (openAt < 0) {
                    if (c == OPEN || c == STRAIGHT) {
                        openAt = i;
                        style = c;
                        openParagraph = p;
                    }
                } else if ((style == OPEN && c == CLOSE) || (style == STRAIGHT && c == STRAIGHT)) {
                    if (i > openAt + 1) {
                        found.add(new Quotation(new Span(openAt + 1, i), new Span(openAt, i + 1), openParagraph, true));
                    }
                    openAt = -1;
                }
            }
        }
        if (openAt >= 0) {
            found.add(unclosed(text, openAt, paragraphs.get(paragraphs.size() - 1), openParagraph));
        }
        return found;
    }

    private static Quotation unclosed(String text, int openAt, Span lastParagraph, int openParagraph) {
        int end = Math.max(openAt + 1, lastParagraph.end());
        return new Quotation(new Span(openAt + 1, end), new Span(openAt, end), openParagraph, false);
    }
}
