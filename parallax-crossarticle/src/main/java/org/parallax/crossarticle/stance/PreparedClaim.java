package org.parallax.crossarticle.stance;

import java.util.Objects;

/**
 * A claim made ready for stance judgements: its words and its sentence embedding, computed once
 * however many articles it is checked against. Made by {@link StanceInputs#claim}.
 */
public final class PreparedClaim {

    private final String text;
    private final StanceWords.Words words;
    private final float[] vector;

    PreparedClaim(String text, float[] vector) {
        this.text = Objects.requireNonNull(text, "text");
        this.words = StanceWords.of(text);
        this.vector = vector.clone();
    }

    /** The claim as given. */
    public String text() {
        return text;
    }

    StanceWords.Words words() {
        return words;
    }

    float[] vector() {
        return vector;
    }
}
