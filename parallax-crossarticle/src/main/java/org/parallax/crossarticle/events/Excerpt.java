package org.parallax.crossarticle.events;

import org.parallax.model.Span;

/** The words of a span of an article as one line: white space collapsed, edge punctuation dropped. */
public final class Excerpt {

    private Excerpt() {
    }

    /** The words of {@code span} in {@code text}, for an event summary or a claim statement. */
    public static String of(String text, Span span) {
        return span.coveredText(text).replaceAll("\\s+", " ").strip().replaceAll("^[,;:\\s]+|[,;:.\\s]+$", "");
    }
}
