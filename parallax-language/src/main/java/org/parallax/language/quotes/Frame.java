package org.parallax.language.quotes;

import java.util.Objects;
import java.util.Optional;
import org.parallax.model.Span;

/**
 * One reporting construction found in a sentence, before its speaker is resolved.
 *
 * @param cue        the reporting words ("said", "told", "according to")
 * @param source     the words naming who reports, when the sentence has them at the cue
 * @param inherited  whether the speaker is the subject of the clause the cue hangs on ("..., adding that ...")
 * @param content    what is reported, as found in the sentence (before quotations are taken whole)
 * @param addressee  to whom it was said ("KAN" in "told KAN"), when the text says
 * @param sentence   the index of the cue's sentence
 * @param trained    whether the cue is the trained cue model's ({@link CueModel}) rather than the rules'
 */
record Frame(Span cue, Optional<Span> source, boolean inherited, Span content, Optional<Span> addressee, int sentence,
        boolean trained) {

    Frame {
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(addressee, "addressee");
        if (inherited && source.isPresent()) {
            throw new IllegalArgumentException("a frame either names its source or inherits it");
        }
    }

    /** A frame of the hand-written rules. */
    Frame(Span cue, Optional<Span> source, boolean inherited, Span content, Optional<Span> addressee, int sentence) {
        this(cue, source, inherited, content, addressee, sentence, false);
    }

    /** The same frame with another source (or none: inherited). */
    Frame withSource(Optional<Span> value) {
        return new Frame(cue, value, value.isEmpty(), content, addressee, sentence, trained);
    }
}
