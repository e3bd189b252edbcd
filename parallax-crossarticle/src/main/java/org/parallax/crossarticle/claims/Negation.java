package org.parallax.crossarticle.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.events.ContentWords;
import org.parallax.model.Span;

/**
 * The negations of a statement: the content stems inside the scope of a negation cue ("not", "n't", "never", "no",
 * "without", "free of", and the lexical "avoid", "fail to", "refuse to", "decline to"), which runs from the cue to the next punctuation mark or the next subordinating word ("in order
 * to", "that", "because", "but", "although"), and the word each negation bears on, the first content word of its scope
 * ("never touched the reporter": {@code touch}), past a verb of saying or knowing and a light verb ("I've never said we
 * made a mistake": {@code mistak}; "had no knowledge of compromise": {@code compromis}). A word with the prefix "non-" ("non-citizen
 * Muslims") negates that word alone. "Not just" and "not only" ("you aren't just a loser, you are a liar") add, they do
 * not negate. Quotation marks end no scope: "he was “not ready” to support Trump" negates {@code ready}.
 *
 * <p>Hand-written because the model carries no parse and no library on the classpath marks
 * negation scope; the scope rule is the punctuation-bounded baseline of the negation-scope
 * literature (Morante and Daelemans 2009), which handles "will not be able to mediate" and "no
 * window of opportunity for talks ... with Israeli mediation" but not negation that reaches across
 * a comma or is lexical ("refused", "declined").
 */
final class Negation {

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot|free (?:of|from)|avoid(?:s|ed|ing)?"
                    + "|(?:fail|refus|declin)(?:e|es|s|ed|ing)? to)\\b|n[’']t\\b");

    /** What after a cue makes it an addition, not a negation: "not just a loser", "not only supporting Clinton". */
    private static final Pattern ADDITIVE = Pattern.compile("(?i)^\\s*(?:just|only|merely|simply)\\b");

    private static final Pattern SCOPE_END = Pattern.compile(
            "(?i)[,;:.!?…]|\\b(?:in order to|so that|that|because|but|although|though|while|which|who|whom|when|if|after|before|since|until|whereas)\\b");

    /** A word negated by its prefix: "non-citizen". */
    private static final Pattern PREFIXED = Pattern.compile("(?i)\\bnon-(\\p{L}+)");

    /**
     * Verbs and nouns of saying, knowing and thinking, and words of ability: a negation of one bears on what is said,
     * known or able to happen ("will not be able to mediate": {@code mediat}).
     */
    private static final Set<String> REPORTING = Set.of("knowledg", "know", "knew", "think", "thought", "believ", "claim",
            "recall", "remember", "idea", "aware", "sure", "certain", "clear", "evidenc", "indication", "sign", "abl",
            "unabl", "going", "go", "tri", "try", "seem", "appear", "expect");

    private Negation() {
    }

    /**
     * One negation of a statement.
     *
     * @param cue     where its cue lies in the statement's text
     * @param scope   the stems inside its scope
     * @param target  the stem it bears on, if its scope has content words
     */
    record Scope(Span cue, Set<String> scope, Optional<String> target) {

        Scope {
            scope = Set.copyOf(scope);
        }
    }

    /** The negations of {@code text}, in order. */
    static List<Scope> scopes(String text) {
        List<Scope> scopes = new ArrayList<>();
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            if (ADDITIVE.matcher(text.substring(cue.end())).find()) {
                continue;
            }
            Matcher end = SCOPE_END.matcher(text);
            int scopeEnd = end.find(cue.end()) ? end.start() : text.length();
            Set<String> stems = ContentWords.of(text.substring(cue.end(), scopeEnd));
            Optional<String> target = stems.stream()
                    .filter(stem -> !REPORTING.contains(stem) && !ClaimCandidates.LIGHT_STEMS.contains(stem)).findFirst();
            scopes.add(new Scope(new Span(cue.start(), cue.end()), stems, target));
        }
        Matcher prefixed = PREFIXED.matcher(text);
        while (prefixed.find()) {
            Optional<String> stem = ContentWords.stem(prefixed.group(1));
            stem.ifPresent(s -> scopes.add(new Scope(new Span(prefixed.start(), prefixed.end()), Set.of(s, "non-" + s), Optional.of(s))));
        }
        return scopes;
    }

    /** Stems of {@code text} that lie inside a negation scope. */
    static Set<String> negatedStems(String text) {
        Set<String> negated = new HashSet<>();
        scopes(text).forEach(scope -> negated.addAll(scope.scope()));
        return negated;
    }
}
