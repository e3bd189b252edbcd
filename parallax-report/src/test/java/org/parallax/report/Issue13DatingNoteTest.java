package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.DatingBasis;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.EventWordClass;
import org.parallax.model.Evidence;
import org.parallax.model.Span;

/** Issue 13: the timeline tells a date the text gives from one the analysis infers (passage, publication, reference). */
class Issue13DatingNoteTest {

    /** APW19980322.0749 (TimeBank), two sentences of its last passage: the arrests are dated by the passage, not by words of their own. */
    private static final String TEXT = "Earlier Sunday, police and militant Protestants clashed in a religiously polarized part"
            + " of north Belfast. Police arrested six Protestants on suspicion of rioting.";

    private static Span span(String words) {
        int begin = TEXT.indexOf(words);
        return new Span(begin, begin + words.length());
    }

    private static Event event(EventDating... datings) {
        List<ArticleEventMention> mentions = java.util.Arrays.stream(datings)
                .map(dating -> new ArticleEventMention("a1", new EventMention(span("arrested"), "arrest", EventWordClass.VERB,
                        dating, Optional.empty())))
                .toList();
        return new Event("v1", Optional.of("1998-03-22"), List.of(new EventDate("1998-03-22", new Evidence("a1", span("Sunday")))),
                "Police arrested six Protestants", List.of(), Optional.empty(), List.of(new Evidence("a1", span("Police arrested"))),
                mentions);
    }

    @Test
    void aPassageDateIsShownAsInferred() {
        Event event = event(new EventDating(DatingBasis.PASSAGE, Optional.of("1998-03-22"), Optional.of(span("Sunday"))));
        assertThat(DatingNote.basis(event)).isEqualTo(DatingBasis.PASSAGE);
        assertThat(DatingNote.label(DatingNote.basis(event))).isEqualTo("inferred: the date of its passage");
    }

    @Test
    void aTimeExpressionOfItsOwnOutranksAnInferenceAndMentionsWithAnotherDateDoNotCount() {
        Event event = event(EventDating.publication(java.time.LocalDate.of(1998, 3, 23)),
                new EventDating(DatingBasis.PASSAGE, Optional.of("1998-03-22"), Optional.of(span("Sunday"))),
                new EventDating(DatingBasis.TIME_EXPRESSION, Optional.of("1998-03-22"), Optional.of(span("Sunday"))));
        assertThat(DatingNote.basis(event)).isEqualTo(DatingBasis.TIME_EXPRESSION);
        Event published = event(EventDating.publication(java.time.LocalDate.of(1998, 3, 22)));
        assertThat(DatingNote.label(DatingNote.basis(published))).isEqualTo("inferred: the publication day");
    }

    @Test
    void anEventWithoutMentionsIsDatedByTheTimeExpressionOfItsSentence() {
        Event event = new Event("v1", Optional.of("1998-03-22"), List.of(new EventDate("1998-03-22", new Evidence("a1",
                span("Sunday")))), "police and militant Protestants clashed", List.of(), Optional.empty(),
                List.of(new Evidence("a1", span("police and militant Protestants clashed"))));
        assertThat(DatingNote.basis(event)).isEqualTo(DatingBasis.TIME_EXPRESSION);
    }
}
