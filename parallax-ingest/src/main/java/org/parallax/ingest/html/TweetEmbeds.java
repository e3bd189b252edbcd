package org.parallax.ingest.html;

import org.jsoup.nodes.Element;

/**
 * Embedded tweets, as Twitter's embed code writes them:
 * {@code <blockquote class="twitter-tweet"><p>text <a>pic.twitter.com/…</a></p>&mdash; Name
 * (@handle) <a href="…/status/…">November 18, 2019</a></blockquote>}. Such a tweet is kept as one
 * paragraph in the text form the embed itself shows before its script runs:
 * {@code text pic.twitter.com/… — Name (@handle) November 18, 2019}, em dash included. Stateless and
 * thread-safe.
 */
final class TweetEmbeds {

    /** CSS selector of an embedded tweet. */
    static final String SELECTOR = "blockquote.twitter-tweet, blockquote.twitter-video";

    private TweetEmbeds() {
    }

    /**
     * Whether an element is an embedded tweet.
     *
     * @param element any element
     * @return true for a {@code blockquote} of class {@code twitter-tweet} or {@code twitter-video}
     */
    static boolean isTweet(Element element) {
        return element.normalName().equals("blockquote")
                && (element.hasClass("twitter-tweet") || element.hasClass("twitter-video"));
    }

    /**
     * The tweet as one line of text.
     *
     * @param tweet a tweet embed, see {@link #isTweet(Element)}
     * @return the embed's text, white space normalised; may be empty for an empty embed
     */
    static String render(Element tweet) {
        // Element.text() puts a space between the tweet's <p> and the attribution that follows it.
        return TextNormaliser.normalise(tweet.text());
    }
}
