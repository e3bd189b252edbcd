package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post from elsewhere embedded in an article (a tweet, an Instagram or Facebook post), with its
 * own author and date: times inside it are resolved against its date, not the article's.
 *
 * @param span      the characters of the article's text the post occupies
 * @param author    who posted it, as the embed names them (e.g. {@code Breitbart News (@BreitbartNews)})
 * @param published the post's own date
 * @param url       a link the post carries (for a tweet, the {@code t.co} or {@code pic.twitter.com} link in it)
 */
public record EmbeddedPost(Span span, Optional<String> author, Optional<LocalDate> published, Optional<String> url) {

    public EmbeddedPost {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
    }
}
