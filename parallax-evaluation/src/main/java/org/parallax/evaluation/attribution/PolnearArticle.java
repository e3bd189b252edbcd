package org.parallax.evaluation.attribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One PolNeAR article with its gold attributions, as read from the corpus folder.
 *
 * @param name         the article's file name without extension
 * @param annotator    the annotator whose attributions are used (articles annotated by several use the first listed)
 * @param text         the article text the offsets point into
 * @param publisher    the publisher, from the metadata
 * @param published    the publication date, from the metadata
 * @param attributions the gold attributions
 */
public record PolnearArticle(String name, String annotator, String text, String publisher, Optional<LocalDate> published,
        List<GoldAttribution> attributions) {

    public PolnearArticle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        attributions = List.copyOf(attributions);
    }
}
