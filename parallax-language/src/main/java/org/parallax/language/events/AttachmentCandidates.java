package org.parallax.language.events;

import java.util.List;

/**
 * The pairs the event stage's attachment models score in one article: the examples of {@code parallax train timeline}.
 *
 * @param sameSentence   (trigger, time expression) pairs of the sentences with time expressions
 * @param acrossSentences (trigger, earlier date or publication day) pairs of the sentences without a date of their own
 */
public record AttachmentCandidates(List<AttachmentCandidate> sameSentence, List<PassageCandidate> acrossSentences) {

    public AttachmentCandidates {
        sameSentence = List.copyOf(sameSentence);
        acrossSentences = List.copyOf(acrossSentences);
    }
}
