package org.parallax.language.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.language.text.Token;
import org.parallax.model.Span;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * The clauses that tell a habit or a schedule: those that hold a set of times ({@code SET}: "every week", "weekdays",
 * "on Mondays", "daily"). "a father and student who sang at church every week" tells no event of one day, and neither
 * the sentence's own dates nor its passage's may date *sang*. Read from the tokens alone (the sentences without a date
 * are never parsed): a clause reaches from the set expression to the nearest clause boundary on either side, a comma,
 * dash, colon, semicolon, parenthesis or quotation mark, a relative or interrogative word ("who", "which", "when"), a
 * coordinating conjunction or a verb of reporting ("he said he goes there every week": the saying is no habit). In a
 * sentence with a date of its own, the tree says which predicate the set modifies (see {@code EventMentionFinder}).
 */
final class Habits {

    /** Tags of the tokens that end a clause. */
    private static final Set<String> BOUNDARY_TAGS = Set.of(",", ":", ".", "-LRB-", "-RRB-", "``", "''", "WDT", "WP",
            "WP$", "WRB", "CC");

    /** Dashes, which the tagger does not always tag as punctuation. */
    private static final Set<String> DASHES = Set.of("--", "-", "―", "—", "–", ";", "\"", "“", "”");

    private Habits() {
    }

    /** The characters of each clause of the sentence that holds a set of times. */
    static List<Span> clauses(List<Token> tokens, List<Timex> inside) {
        List<Span> clauses = new ArrayList<>();
        for (Timex timex : inside) {
            if (timex.type() != TimexType.SET) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (timex.span().overlaps(tokens.get(i).span())) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0) {
                continue;
            }
            while (first > 0 && !isBoundary(tokens.get(first - 1))) {
                first--;
            }
            while (last + 1 < tokens.size() && !isBoundary(tokens.get(last + 1))) {
                last++;
            }
            clauses.add(new Span(tokens.get(first).span().begin(), tokens.get(last).span().end()));
        }
        return clauses;
    }

    /** Whether a trigger stands in one of these clauses. */
    static boolean inHabit(Span trigger, List<Span> clauses) {
        return clauses.stream().anyMatch(clause -> clause.contains(trigger));
    }

    private static boolean isBoundary(Token token) {
        return BOUNDARY_TAGS.contains(token.partOfSpeech()) || DASHES.contains(token.word())
                || token.isVerb() && EventWords.REPORTING.contains(EventWords.lemma(token));
    }
}
