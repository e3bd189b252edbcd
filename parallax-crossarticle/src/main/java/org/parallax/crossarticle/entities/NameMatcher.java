package org.parallax.crossarticle.entities;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Confirms that two normalised names (see {@link NameNormalizer}) are variants of one name, token
 * by token, with Jaro–Winkler similarity (Winkler 1990, "String Comparator Metrics and Enhanced
 * Decision Rules in the Fellegi-Sunter Model of Record Linkage"; Commons Text's implementation).
 *
 * <p>Two tokens match when they are equal, or share a {@link NameNormalizer#skeleton skeleton} and
 * have a similarity of at least {@value #SAME_SKELETON}: names whose consonants differ stay apart
 * however alike they look ("Austria" and "Australia", "Iran" and "Iraq", "Johnson" and
 * "Johnston"). Given names are looser: an initial matches any name with that first letter.
 */
final class NameMatcher {

    static final double SAME_SKELETON = 0.88;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /** Whether two normalised tokens are variants of one token. */
    static boolean tokensMatch(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return NameNormalizer.skeleton(a).equals(NameNormalizer.skeleton(b)) && JARO_WINKLER.apply(a, b) >= SAME_SKELETON;
    }

    /** Whether two names of things other than people match: as many tokens, each matching. */
    static boolean namesMatch(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!tokensMatch(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two people's full names (two tokens or more) match: the surnames (last tokens) match,
     * and the first given names match or one is the other's initial. Middle names are not compared.
     */
    static boolean peopleMatch(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return false;
        }
        if (!tokensMatch(a.get(a.size() - 1), b.get(b.size() - 1))) {
            return false;
        }
        String givenA = a.get(0);
        String givenB = b.get(0);
        if (givenA.length() == 1 || givenB.length() == 1) {
            return givenA.charAt(0) == givenB.charAt(0);
        }
        return tokensMatch(givenA, givenB);
    }
}
