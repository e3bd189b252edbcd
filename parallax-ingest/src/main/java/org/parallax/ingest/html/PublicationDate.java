package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A page's publication date and what gave it.
 *
 * @param date     the day the page was first published, at the publisher's own offset where it gives one
 * @param evidence the part of the page it was read from
 */
public record PublicationDate(LocalDate date, DateEvidence evidence) {

    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }
}
