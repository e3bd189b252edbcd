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
 * quotes and stay part of it, except where a site mixes the styles: a straight mark closing a curly quotation
 * ({@code “It's unusual," said …}), a curly one closing a straight quotation, or an opening curly mark typed for
 * the closing one, each where it can only close (after the quoted words, before a space or punctuation). Single quotation marks are not read as quotations: in news they mark
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
        boolean nested = false;
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
                            nested = false;
                            openAt = i;
                            innerBegin = i + mark;
                            style = candidate;
                            openParagraph = p;
                            i += mark - 1;
                            break;
                        }
                    }
                } else if (!style.closesAt(text, i) && opensNested(text, i, style)) {
                    nested = true;
                } else if (!style.closesAt(text, i) && nested && closesNested(text, i, style)) {
                    nested = false;
                } else if (style.closesAt(text, i) || (!nested && closesMixed(text, i, style, paragraph.end()))) {
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

    /**
     * Whether the mark at {@code index} opens a quote nested in a curly or straight quotation, in the other style
     * ({@code “He said "no" today”}, {@code "He said “no” today"}): after a space or an opening bracket.
     */
    private static boolean opensNested(String text, int index, Style style) {
        char mark = text.charAt(index);
        boolean opening = style == Style.CURLY ? mark == '"' : style == Style.STRAIGHT && mark == '\u201C';
        return opening && (index == 0 || Character.isWhitespace(text.charAt(index - 1)) || "([\u2014".indexOf(text.charAt(index - 1)) >= 0);
    }

    /** Whether the mark at {@code index} closes a nested quote opened by {@link #opensNested}. */
    private static boolean closesNested(String text, int index, Style style) {
        char mark = text.charAt(index);
        return style == Style.CURLY ? mark == '"' : style == Style.STRAIGHT && mark == '\u201D';
    }

    /**
     * Whether a mark of the other style closes a curly or straight quotation, as news sites mix them ({@code “It's
     * unusual," said …}, {@code "We need to diversify.”}, also an opening curly mark typed for the closing one:
     * {@code “It's unusual,“ said …}): a mark after a letter or the quotation's last punctuation, before a space, a
     * punctuation mark or the paragraph's end, with no nested quote left open.
     */
    private static boolean closesMixed(String text, int index, Style style, int paragraphEnd) {
        char mark = text.charAt(index);
        boolean candidate = style == Style.CURLY ? mark == '"' || mark == '\u201C' : mark == '\u201D';
        if (!candidate || index == 0) {
            return false;
        }
        char before = text.charAt(index - 1);
        boolean afterWord = mark == '\u201C' ? ",.?!".indexOf(before) >= 0 : Character.isLetterOrDigit(before) || ",.?!;:".indexOf(before) >= 0;
        boolean beforeBreak = index + 1 >= paragraphEnd || Character.isWhitespace(text.charAt(index + 1))
                || ",.;:?!)".indexOf(text.charAt(index + 1)) >= 0;
        return afterWord && beforeBreak;
    }

    private static Quotation unclosed(int openAt, int innerBegin, Span lastParagraph, int openParagraph) {
        int end = Math.max(innerBegin, lastParagraph.end());
        return new Quotation(new Span(innerBegin, end), new Span(openAt, end), openParagraph, false);
    }
}
