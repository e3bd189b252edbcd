package org.parallax.model;

import java.util.Objects;

/** A piece of the source that text cleaning dropped, kept so a reader can check the decision. */
public record RemovedText(String text, RemovalReason reason) {

    public RemovedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
