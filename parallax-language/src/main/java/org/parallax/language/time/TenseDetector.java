package org.parallax.language.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.language.text.Token;

/**
 * The tense of the clause around a time expression, from the Penn Treebank tags of the verb group
 * nearest to it in its sentence (HeidelTime's approach, which needs no parse tree).
 *
 * <p>A verb group is a run of modals, verbs, adverbs and "to". Its tense: "will", "shall", "'ll"
 * and "would", "going to" and intention verbs before an infinitive ("plans to visit", "is
 * expected to arrive") and a present "be" before an infinitive ("is to resume") make it FUTURE; a
 * past-tense verb, "have"/"has" with a past participle, or a bare past participle ("killed Friday") PAST; a present verb PRESENT. The nearest group wins,
 * the one before the expression on a tie.
 */
final class TenseDetector {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    private static final Set<String> INTENTION = Set.of("plan", "expect", "schedule", "intend", "hope", "aim", "set", "due",
            "prepare", "promise", "vow", "want", "seek", "threaten", "propose", "agree", "decide", "pledge");

    private static final Set<String> SCHEDULING = Set.of("schedule", "expect", "plan", "due", "slate");

    private TenseDetector() {
    }

    /** The tense around tokens {@code [first, end)}, indices into the sentence's token list. */
    static Tense tenseAround(List<Token> sentence, int first, int end) {
        List<int[]> groups = verbGroups(sentence);
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] group : groups) {
            int distance;
            if (group[1] <= first) {
                distance = first - group[1];
            } else if (group[0] >= end) {
                distance = group[0] - end + 1; // after the expression: loses ties to the group before it
            } else {
                distance = 0;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = group;
            }
        }
        return best == null ? Tense.UNKNOWN : tenseOf(sentence.subList(best[0], best[1]));
    }

    /** Ranges {@code [begin, end)} of the sentence's verb groups, as indices into the sentence's token list. */
    private static List<int[]> verbGroups(List<Token> sentence) {
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            if (!isVerbal(sentence.get(i))) {
                i++;
                continue;
            }
            int start = i;
            int last = i;
            while (i < sentence.size() && (isVerbal(sentence.get(i)) || isInside(sentence.get(i)))) {
                if (isVerbal(sentence.get(i))) {
                    last = i;
                }
                i++;
            }
            groups.add(new int[] {start, last + 1});
            i = last + 1;
        }
        return groups;
    }

    private static boolean isVerbal(Token token) {
        String tag = token.partOfSpeech();
        return tag.startsWith("VB") || tag.equals("MD");
    }

    private static boolean isInside(Token token) {
        String tag = token.partOfSpeech();
        return tag.startsWith("RB") || tag.equals("TO");
    }

    static Tense tenseOf(List<Token> group) {
        boolean sawHave = false;
        for (int i = 0; i < group.size(); i++) {
            Token token = group.get(i);
            String word = token.word().toLowerCase(Locale.ROOT);
            String tag = token.partOfSpeech();
            if (tag.equals("MD")) {
                return FUTURE_MODALS.contains(word) ? Tense.FUTURE : Tense.PRESENT;
            }
            if (tag.equals("TO") && i > 0 && (INTENTION.contains(lemma(group.get(i - 1)))
                    || group.get(i - 1).word().equalsIgnoreCase("going") || isPresentOfBe(group.get(i - 1)))) {
                return Tense.FUTURE;
            }
        }
        boolean pastAuxiliary = group.stream().anyMatch(token -> token.partOfSpeech().equals("VBD"));
        if (!pastAuxiliary && group.stream().anyMatch(token -> SCHEDULING.contains(lemma(token)))) {
            return Tense.FUTURE; // "has scheduled a news conference Thursday", "is expected Monday"
        }
        for (Token token : group) {
            String word = token.word().toLowerCase(Locale.ROOT);
            String tag = token.partOfSpeech();
            if (tag.equals("VBD")) {
                return Tense.PAST;
            }
            if ((tag.equals("VBZ") || tag.equals("VBP")) && (word.equals("has") || word.equals("have") || word.equals("'ve")
                    || word.equals("'s"))) {
                sawHave = true;
                continue;
            }
            if (tag.equals("VBN")) {
                return sawHave || group.size() == 1 ? Tense.PAST : Tense.PRESENT;
            }
            if (tag.equals("VBZ") || tag.equals("VBP")) {
                return Tense.PRESENT;
            }
        }
        return sawHave ? Tense.PRESENT : Tense.UNKNOWN;
    }

    /** "is", "are", "am": before "to", a plan ("is to resume trading in Paris Tuesday"); "was to" may have failed. */
    private static boolean isPresentOfBe(Token token) {
        return (token.partOfSpeech().equals("VBZ") || token.partOfSpeech().equals("VBP")) && lemma(token).equals("be");
    }

    private static String lemma(Token token) {
        String lemma = token.lemma().isEmpty() ? token.word() : token.lemma();
        String l = lemma.toLowerCase(Locale.ROOT);
        if (l.endsWith("ed") && INTENTION.contains(l.substring(0, l.length() - 2))) {
            return l.substring(0, l.length() - 2);
        }
        if (l.endsWith("ed") && INTENTION.contains(l.substring(0, l.length() - 1))) {
            return l.substring(0, l.length() - 1);
        }
        if (l.endsWith("s") && INTENTION.contains(l.substring(0, l.length() - 1))) {
            return l.substring(0, l.length() - 1);
        }
        return l;
    }
}
