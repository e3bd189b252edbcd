package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an HTML page says about the article it holds, from its meta tags, JSON-LD, bylines and URL.
 * Every part is optional: pages often lack some of it, and nothing is invented.
 *
 * @param title       the headline, without the site name some pages append to it
 * @param authors     the bylined people, in page order; never an outlet name or a URL
 * @param publication the publication date, at the publisher's own offset where the page gives one, and
 *                    what gave it
 * @param outlet      the publication's name, or failing that the site's host name without {@code www.}
 * @param url         the canonical address of the article
 * @param description the page's own summary (meta description, {@code og:description})
 */
public record PageMetadata(
        Optional<String> title,
        List<String> authors,
        Optional<PublicationDate> publication,
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> description) {

    public PageMetadata {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(description, "description");
    }

    /** The publication date alone. */
    public Optional<LocalDate> published() {
        return publication.map(PublicationDate::date);
    }

    /** Metadata that knows nothing. */
    public static PageMetadata empty() {
        return new PageMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
