package org.parallax.crossarticle.stories;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.model.Span;

/**
 * Splits an article's text into sentences and paragraphs with the JDK's {@link BreakIterator}: the
 * model's annotations carry no sentence boundaries, and story summaries need only leading
 * sentences. Paragraphs are separated by blank lines; no sentence crosses a paragraph.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The spans of the text's paragraphs, without surrounding white space, in order. */
    public static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int blank = text.indexOf("\n\n", start);
            int end = blank < 0 ? text.length() : blank;
            addTrimmed(text, start, end, paragraphs);
            start = end + 2;
        }
        return paragraphs;
    }

    /** The first {@code limit} sentences of the text with at least {@code minWords} words, in order. */
    public static List<Span> leading(String text, int limit, int minWords) {
        List<Span> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (Span paragraph : paragraphs(text)) {
            iterator.setText(paragraph.coveredText(text));
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                List<Span> one = new ArrayList<>(1);
                addTrimmed(text, paragraph.begin() + start, paragraph.begin() + end, one);
                if (!one.isEmpty() && one.get(0).coveredText(text).split("\\s+").length >= minWords) {
                    sentences.add(one.get(0));
                    if (sentences.size() == limit) {
                        return sentences;
                    }
                }
            }
        }
        return sentences;
    }

    private static void addTrimmed(String text, int begin, int end, List<Span> spans) {
        int b = begin;
        int e = end;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b) {
            spans.add(new Span(b, e));
        }
    }
}
