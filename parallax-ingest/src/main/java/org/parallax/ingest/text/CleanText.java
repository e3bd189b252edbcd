package org.parallax.ingest.text;

import java.util.List;
import java.util.Objects;
import org.parallax.model.RemovedText;

/** An article text after cleaning, with what was removed from it and why. */
public record CleanText(String text, List<RemovedText> removed) {

    public CleanText {
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
    }
}
