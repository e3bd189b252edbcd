package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * Finds quotations in a text: curly ({@code “…”}) and straight ({@code "…"}) double quotation marks, and the two
 * apostrophes that plain-text news feeds and archives write for them ({@code ''…''}, also {@code ``…''}: the New
 * York Times' articles in news archives are written so).
 *
 * <p>Hand-written because no library pairs quotation marks the way news is written: a paragraph that
 * opens a quotation and does not close it continues in the next paragraph when that one opens with the
 * same mark (the convention for quotes running over several paragraphs); a quotation still open at the
 * end of a paragraph otherwise ends there. Marks of the other styles inside a quotation are nested
 * quotes and stay part of it. Single quotation marks are not read as quotations: in news they mark
 * nested quotes, headline quotes and apostrophes, which cannot be told apart reliably; two apostrophes in a row
 * are no apostrophe.
 */
final class QuotationScanner {

    /** A style of quotation marks: how it opens (one of its openings) and how it closes. */
    private enum Style {
        CURLY(List.of("\u201C"), "\u201D"),
        STRAIGHT(List.of("\""), "\""),
        APOSTROPHES(List.of("''", "``"), "''");

        private final List<String> openings;
        private final String closing;

        Style(List<String> openings, String closing) {
            this.openings = openings;
            this.closing = closing;
        }

        /** The length of this style's opening mark at {@code index}, or 0 when none is there. */
        int opensAt(String text, int index) {
            for (String opening : openings) {
                if (text.startsWith(opening, index)) {
                    return opening.length();
                }
            }
            return 0;
        }

        /**
         * Whether this style's closing mark is at {@code index}; of three apostrophes, the first closes a nested single
         * quote ({@code ''He said 'no.'''}) and the last two the quotation.
         */
        boolean closesAt(String text, int index) {
            return text.startsWith(closing, index) && !(this == APOSTROPHES && text.startsWith("'''", index));
        }
    }

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
        int innerBegin = -1;
        Style style = null;
        int openParagraph = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            int from = paragraph.begin();
            if (openAt >= 0) {
                // A quotation left open in the previous paragraph continues when this one opens with its mark.
                int mark = style.opensAt(text, paragraph.begin());
                if (mark > 0) {
                    from += mark;
                } else {
                    found.add(unclosed(openAt, innerBegin, paragraphs.get(p - 1), openParagraph));
                    openAt = -1;
                }
            }
            for (int i = from; i < paragraph.end(); i++) {
                if (openAt < 0) {
                    for (Style candidate : Style.values()) {
                        int mark = candidate.opensAt(text, i);
                        if (mark > 0) {
                            openAt = i;
                            innerBegin = i + mark;
                            style = candidate;
                            openParagraph = p;
                            i += mark - 1;
                            break;
                        }
                    }
                } else if (style.closesAt(text, i)) {
                    int end = i + style.closing.length();
                    if (i > innerBegin) {
                        found.add(new Quotation(new Span(innerBegin, i), new Span(openAt, end), openParagraph, true));
                    }
                    openAt = -1;
                    i = end - 1;
                }
            }
        }
        if (openAt >= 0) {
            found.add(unclosed(openAt, innerBegin, paragraphs.get(paragraphs.size() - 1), openParagraph));
        }
        return found;
    }

    private static Quotation unclosed(int openAt, int innerBegin, Span lastParagraph, int openParagraph) {
        int end = Math.max(innerBegin, lastParagraph.end());
        return new Quotation(new Span(innerBegin, end), new Span(openAt, end), openParagraph, false);
    }
}
