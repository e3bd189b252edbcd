package org.parallax.crossarticle.claims;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.events.ContentWords;

/**
 * The content stems a statement negates: those inside the scope of a negation cue ("not",
 * "n't", "never", "no", "without"), which runs from the cue to the next punctuation mark or the
 * next subordinating word ("in order to", "that", "because", "but", "although").
 *
 * <p>Hand-written because the model carries no parse and no library on the classpath marks
 * negation scope; the scope rule is the punctuation-bounded baseline of the negation-scope
 * literature (Morante and Daelemans 2009), which handles "will not be able to mediate" and "no
 * window of opportunity for talks ... with Israeli mediation" but not negation that reaches across
 * a comma or is lexical ("refused", "declined").
 */
final class Negation {

    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\\b|n[’']t\\b");

    private static final Pattern SCOPE_END = Pattern.compile(
            "(?i)[,;:.!?…“”\"]|\\b(?:in order to|so that|that|because|but|although|though|while|which|who|whom|when|if|after|before|since|until|whereas)\\b");

    private Negation() {
    }

    /** Stems of {@code text} that lie inside a negation scope. */
    static Set<String> negatedStems(String text) {
        Set<String> negated = new HashSet<>();
        Matcher cue = CUE.matcher(text);
        while (cue.find()) {
            Matcher end = SCOPE_END.matcher(text);
            int scopeEnd = end.find(cue.end()) ? end.start() : text.length();
            negated.addAll(ContentWords.of(text.substring(cue.end(), scopeEnd)));
        }
        return negated;
    }
}
