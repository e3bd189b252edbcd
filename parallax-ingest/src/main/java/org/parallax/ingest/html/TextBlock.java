package org.parallax.ingest.html;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One run of text between two block-level boundaries of a page, as a reader sees it: a paragraph,
 * a list item, a heading, a table cell, or the text a {@code <div>} holds directly.
 *
 * @param text      the text, whitespace-normalised to single spaces, never blank
 * @param owner     the innermost block-level element the text sits in (for {@link Kind#TWEET},
 *                  the embed's {@code blockquote})
 * @param kind      what the block is
 * @param words     the length of {@code text} in words ({@link BlockSegmenter#countWords(String)})
 * @param linkChars how many of the text's characters (spaces excluded) sit inside links
 * @param chars     how many characters the text has, spaces excluded
 */
record TextBlock(String text, Element owner, Kind kind, int words, int linkChars, int chars) {

    /** What a block is, as far as extraction cares. */
    enum Kind {
        /** Running text: a paragraph, a list item, a quotation, a cell, a div's own text. */
        TEXT,
        /** A heading below the page's title ({@code h2}–{@code h6}). */
        HEADING,
        /** The page's title heading ({@code h1}); never part of the main text. */
        TITLE,
        /** An embedded tweet rendered in Twitter's own text form, kept as one paragraph. */
        TWEET,
        /** Running text that summarises another page under its linked headline (see {@link TeaserDetector}). */
        TEASER
    }

    TextBlock {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(kind, "kind");
    }

    /** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？][\"'”’»)\\]]*$");

    /**
     * Whether the block reads as a sentence of running text in spite of its links: a paragraph or
     * list item of five words or more, not entirely linked, ending in sentence-final punctuation.
     * Navigation, "read more" links and headline lists do not end that way.
     */
    boolean isLinkedSentence() {
        String tag = owner.normalName();
        return kind == Kind.TEXT && words >= 5 && linkChars < chars
                && (tag.equals("p") || tag.equals("li")) && SENTENCE_END.matcher(text).find();
    }

    /** The share of the text's characters that sit inside links, 0 to 1. */
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }
}
