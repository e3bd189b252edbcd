package org.parallax.report;

import java.util.Comparator;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.DatingBasis;
import org.parallax.model.Event;

/**
 * How a timeline point was dated, in words for the reader: by its own time expression, or inferred (from the passage
 * its sentence belongs to, from an earlier report it refers back to, from the publication day), so that a journalist
 * sees which dates the text gives and which the analysis infers.
 */
final class DatingNote {

    private DatingNote() {
    }

    /**
     * What dates the event: the strongest basis among its mentions that carry its date (a time expression of their
     * own before a reference, the passage, the publication day); a time expression when the event keeps no mentions
     * (its date then comes from a time expression of its sentence).
     */
    static DatingBasis basis(Event event) {
        return event.mentions().stream().map(ArticleEventMention::mention)
                .filter(mention -> mention.dating().value().equals(event.date()))
                .map(mention -> mention.dating().basis())
                .min(Comparator.naturalOrder())
                .orElse(event.date().isPresent() ? DatingBasis.TIME_EXPRESSION : DatingBasis.UNDATED);
    }

    /** The reader's words for a basis. */
    static String label(DatingBasis basis) {
        return switch (basis) {
            case TIME_EXPRESSION -> "dated by its own time expression";
            case REFERENCE -> "inferred: the date of the earlier report it refers to";
            case PASSAGE -> "inferred: the date of its passage";
            case PUBLICATION -> "inferred: the publication day";
            case UNDATED -> "undated";
        };
    }
}
