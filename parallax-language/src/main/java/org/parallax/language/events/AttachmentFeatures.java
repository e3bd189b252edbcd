package org.parallax.language.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.Token;
import org.parallax.model.EventWordClass;
import org.parallax.model.Timex;

/**
 * The binary features of one (event trigger, time expression) pair of a sentence, for the {@link AttachmentModel}:
 * the dependency path between them (its relation labels and length, the clauses it crosses), their token distance,
 * the trigger's tag, word class and tense, the case marker of the time expression ("on", "in", "since", "until",
 * "by", "between"), the verbs between them, whether the trigger reports speech, the value's granularity, how
 * many candidates the sentence holds, and what the hand-written rules decided for the trigger. Pure functions of
 * the tree; the same code makes the training examples and the features the layer scores.
 */
final class AttachmentFeatures {

    /** Relations by which a clause depends on another (crossing one leaves the trigger's clause). */
    private static final Set<String> CLAUSES = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "xcomp");

    private static final Set<String> MARKERS = Set.of("on", "in", "since", "until", "by", "between", "at", "during", "from",
            "to", "after", "before", "of", "for", "through", "within", "ago");

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}.*");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** What the rules decided for a trigger, relative to one candidate time expression. */
    enum RuleDecision {
        /** The rules date the trigger with this time expression. */
        THIS,
        /** The rules date it with another time expression of the sentence. */
        OTHER,
        /** The rules leave it undated. */
        NONE
    }

    private AttachmentFeatures() {
    }

    /**
     * The features of a pair.
     *
     * @param tree       the sentence's tree
     * @param trigger    the trigger's token index
     * @param wordClass  the trigger's word class
     * @param timex      the candidate time expression
     * @param candidates how many candidate time expressions the sentence holds
     * @param nearest    whether no other candidate stands closer to the trigger (in tokens)
     * @param rules      what the rules decided for the trigger
     */
    static List<String> of(DependencyTree tree, int trigger, EventWordClass wordClass, Timex timex, int candidates,
            boolean nearest, RuleDecision rules) {
        List<String> features = new ArrayList<>();
        List<Token> tokens = tree.parsed().tokens();
        Token token = tokens.get(trigger);
        int head = tree.headIn(timex.span());
        String tag = token.partOfSpeech();
        features.add("tag=" + tag);
        features.add("class=" + wordClass);
        features.add("rules=" + rules);
        features.add("rules=" + rules + "&nearest=" + nearest);
        features.add("candidates=" + Math.min(candidates, 3));
        features.add("nearest=" + nearest);
        features.add("value=" + granularity(timex.value()));
        if (EventWords.REPORTING.contains(EventWords.lemma(token))) {
            features.add("reporting");
            features.add("reporting&tag=" + tag);
        }
        for (Dependency child : tree.children(trigger)) {
            if (child.relation().startsWith("aux")) {
                features.add("aux=" + EventWords.lemma(tokens.get(child.dependent())));
            }
        }
        if (head < 0) {
            features.add("noHead");
            return features;
        }
        String relation = tree.relation(head);
        features.add("timexRelation=" + relation);
        features.add("timexRelation=" + relation + "&tag=" + tag);
        String marker = "none";
        for (Dependency child : tree.children(head)) {
            String word = tree.word(child.dependent());
            if (child.relation().equals("case") && MARKERS.contains(word)) {
                marker = word;
            }
        }
        features.add("marker=" + marker);
        int signed = head - trigger;
        int distance = Math.abs(signed);
        String bucket = distance <= 1 ? "1" : distance <= 3 ? "2-3" : distance <= 6 ? "4-6" : distance <= 10 ? "7-10" : "11+";
        features.add("distance=" + bucket);
        features.add("side=" + (signed < 0 ? "before" : "after"));
        features.add("distance=" + bucket + "&side=" + (signed < 0 ? "before" : "after"));
        int verbs = 0;
        for (int i = Math.min(head, trigger) + 1; i < Math.max(head, trigger); i++) {
            if (tokens.get(i).isVerb() && !timex.span().overlaps(tokens.get(i).span())) {
                verbs++;
            }
        }
        features.add("verbsBetween=" + Math.min(verbs, 3));
        path(tree, trigger, head, features);
        return features;
    }

    /** The path from the time expression's head up to the lowest common ancestor and down to the trigger. */
    private static void path(DependencyTree tree, int trigger, int head, List<String> features) {
        List<Integer> fromTrigger = ancestors(tree, trigger);
        List<Integer> fromTimex = ancestors(tree, head);
        int common = -1;
        for (int node : fromTimex) {
            if (fromTrigger.contains(node)) {
                common = node;
                break;
            }
        }
        if (common < 0) {
            features.add("path=disconnected");
            return;
        }
        List<String> up = new ArrayList<>();
        for (int node : fromTimex) {
            if (node == common) {
                break;
            }
            up.add(tree.relation(node) + "^");
        }
        List<String> down = new ArrayList<>();
        for (int node : fromTrigger) {
            if (node == common) {
                break;
            }
            down.add(0, tree.relation(node) + "v");
        }
        List<String> steps = new ArrayList<>(up);
        steps.addAll(down);
        int clauses = 0;
        for (String step : steps) {
            String label = step.substring(0, step.length() - 1);
            if (CLAUSES.contains(label)) {
                clauses++;
                features.add("crosses=" + label + step.substring(step.length() - 1));
            }
        }
        features.add("pathLength=" + Math.min(steps.size(), 6));
        features.add("clauses=" + Math.min(clauses, 2));
        features.add(steps.size() <= 4 ? "path=" + String.join(" ", steps) : "path=long");
        features.add("up=" + up.size() + "&down=" + Math.min(down.size(), 3));
        if (!up.isEmpty()) {
            features.add("firstUp=" + up.get(0) + (up.size() > 1 ? " " + up.get(1) : ""));
        }
        if (!down.isEmpty()) {
            features.add("lastDown=" + down.get(down.size() - 1));
        }
        features.add("commonIsTrigger=" + (common == trigger));
    }

    /** A token and its governors up to the root, nearest first. */
    private static List<Integer> ancestors(DependencyTree tree, int token) {
        List<Integer> chain = new ArrayList<>();
        for (int current = token; current >= 0 && chain.size() < 60 && !chain.contains(current); current = tree.governor(current)) {
            chain.add(current);
        }
        return chain;
    }

    private static String granularity(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return DAY.matcher(lower).matches() ? "day" : WEEK.matcher(value).matches() ? "week"
                : MONTH.matcher(value).matches() ? "month" : YEAR.matcher(value).matches() ? "year" : "other";
    }
}
