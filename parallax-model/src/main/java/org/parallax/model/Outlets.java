package org.parallax.model;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The outlet an article is credited to in stories, claims and the report. A pile of files without
 * a manifest is one outlet per site, or one {@value #UNKNOWN} outlet, never one outlet per file: the
 * outlet × claim matrix has an outlet's column only when outlets are what its columns are.
 */
public final class Outlets {

    /** The outlet of an article whose outlet and site are both unknown. */
    public static final String UNKNOWN = "unknown";

    private Outlets() {
    }

    /**
     * The article's outlet; when that is unknown, its site (the host of its URL, or of its source
     * when that is a URL, lower case, without {@code www.}); else {@value #UNKNOWN}.
     */
    public static String of(Article article) {
        return article.outlet().filter(outlet -> !outlet.isBlank())
                .or(() -> article.url().flatMap(Outlets::host))
                .or(() -> host(article.source()))
                .orElse(UNKNOWN);
    }

    /** The lower-case host of an http(s) URL, without {@code www.}; empty for anything else. */
    public static Optional<String> host(String url) {
        String trimmed = url.strip();
        if (!trimmed.regionMatches(true, 0, "http://", 0, 7) && !trimmed.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        int start = trimmed.indexOf("//") + 2;
        int end = start;
        while (end < trimmed.length() && "/?#".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        String authority = trimmed.substring(start, end);
        try {
            // URI validates the authority (user info, port, brackets) that a hand-written split would get wrong.
            String host = URI.create("http://" + authority + "/").getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            // A malformed authority names no site: empty is the answer, not an error of the article.
            return Optional.empty();
        }
    }
}
