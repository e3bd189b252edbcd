package org.parallax.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.ingest.Dates;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.Span;

/**
 * Finds posts embedded in an article's text by the sign-off their embed code leaves behind:
 * a tweet ends {@code — Name (@handle) February 27, 2022}, an Instagram post reads
 * {@code A post shared by Name (@handle) on Mar 3, 2022}. The post is the paragraph holding the
 * sign-off, from its start to the end of the sign-off; its author and date come from the sign-off,
 * and a link inside it (the tweet's own {@code t.co} link) becomes its URL.
 */
public final class EmbeddedPostFinder {

    private static final Pattern TWEET_SIGN_OFF = Pattern.compile(
            "\\s[—–-]\\s*(?<name>[^\\n()—–]{1,80}?)\\s*\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)\\s*"
                    + "(?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})");
    private static final Pattern INSTAGRAM_SIGN_OFF = Pattern.compile(
            "A post shared by (?<name>[^\\n()]{1,80}?)\\s*\\(@(?<handle>[A-Za-z0-9_.]{1,30})\\)\\s*on\\s+"
                    + "(?<date>[A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4})");
    private static final Pattern LINK = Pattern.compile("(?:https?://|pic\\.twitter\\.com/)[^\\s—–]+");

    /** The embedded posts of a normalized text (see {@link Paragraphs}), in text order. */
    public List<EmbeddedPost> find(String text) {
        List<EmbeddedPost> posts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            signOff(text, start, end).ifPresent(posts::add);
            start = end + 2;
        }
        return posts;
    }

    private static Optional<EmbeddedPost> signOff(String text, int paragraphBegin, int paragraphEnd) {
        String paragraph = text.substring(paragraphBegin, paragraphEnd);
        for (Pattern pattern : new Pattern[] {TWEET_SIGN_OFF, INSTAGRAM_SIGN_OFF}) {
            Matcher matcher = pattern.matcher(paragraph);
            int lastStart = -1;
            while (matcher.find()) {
                lastStart = matcher.start();
            }
            Matcher last = null;
            if (lastStart >= 0) {
                last = pattern.matcher(paragraph);
                last.find(lastStart);
            }
            if (last != null) {
                String author = last.group("name").strip() + " (@" + last.group("handle") + ")";
                Matcher link = LINK.matcher(paragraph.substring(0, last.start()));
                String url = null;
                while (link.find()) {
                    url = link.group();
                }
                return Optional.of(new EmbeddedPost(
                        new Span(paragraphBegin, paragraphBegin + last.end()),
                        Optional.of(author),
                        Dates.parseMachineDate(last.group("date")),
                        Optional.ofNullable(url)));
            }
        }
        return Optional.empty();
    }
}
