package org.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something an article reports somebody said, wrote or holds.
 *
 * @param span      what was said: for a direct quote, inside the quotation marks; for reported speech, the
 *                  reported clause ("Israel will not be able to mediate ...")
 * @param kind      direct, indirect or mixed
 * @param cue       the words that report it ("said", "told KAN", "according to", "warned")
 * @param speaker   who said it, when the text says
 * @param addressee to whom or where it was said ("KAN", "Israeli reporters"), when the text says
 */
public record Quote(Span span, QuoteKind kind, Optional<Span> cue, Optional<Speaker> speaker, Optional<Span> addressee) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(addressee, "addressee");
    }
}
