package org.parallax.language.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parallax.language.text.Dependency;
import org.parallax.model.EventWordClass;
import org.parallax.model.Timex;

/** Which triggers of a clause share the time of a directly dated predicate, by the relations between them. */
final class DateSharing {

    /** Prepositions by which an event noun says where or when its predicate happens: "fell in composite trading Friday". */
    private static final Set<String> SETTING = Set.of("in", "on", "at", "during");

    /** Aspectual verbs, whose complement happens at their time: "On Friday, Intel began notifying customers". */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "resume", "keep", "stop", "cease",
            "finish", "end");

    /** Conjunctions of an adverbial clause that happens at the time of its main clause. */
    private static final Set<String> SIMULTANEOUS = Set.of("when", "as", "while");

    /**
     * Modifiers that place an event noun after its predicate's time: "offered some pointed advice on Friday in the
     * upcoming presidential debates". ("previous" is not one: "the previous poll, conducted in early September" is
     * dated by its own participle.)
     */
    private static final Set<String> ELSEWHERE_IN_TIME = Set.of("upcoming", "coming", "forthcoming", "future", "impending",
            "next", "planned", "proposed", "scheduled");

    private DateSharing() {
    }

    /**
     * Gives the date of each directly dated predicate to the triggers that share its time and have no time
     * expression of their own: the event nouns that are its subject or object ("The meeting took place on Monday")
     * or say where it happens ("soared on the announcement yesterday"), the complement of an aspectual verb ("On
     * Friday, Intel began notifying customers"), the verbs coordinated with it ("killed three soldiers and wounded
     * six others last week"), a participle adjunct without a conjunction ("arrived in Washington today seeking to
     * mediate"), a clause introduced by "when", "as" or "while" and its main clause ("was brought home today when
     * tons of earth cascaded down a hillside"; "a steep drop ... a year ago, when the industry enjoyed strong demand"), the
     * event nouns coordinated with a noun that shares ("had sales of $40 million and an operating loss of $1.5 million
     * in fiscal 1989"), a noun and the participle that describes it ("remarks made last
     * week", "the Feb. 23 accord signed by"), the verb whose setting a dated event noun is ("fell 75 cents in
     * composite trading Friday"), and the verb whose complement it is ("began to fall apart in mid-1996").
     */
    static void share(DependencyTree tree, Map<Integer, EventWordClass> triggers, Map<Integer, Timex> dated) {
        Map<Integer, Timex> direct = new LinkedHashMap<>(dated);
        direct.forEach((predicate, timex) -> {
            for (Dependency child : tree.children(predicate)) {
                int dependent = child.dependent();
                EventWordClass wordClass = triggers.get(dependent);
                if (wordClass == null || direct.containsKey(dependent)
                        || wordClass == EventWordClass.NOUN && elsewhereInTime(tree, dependent)) {
                    continue;
                }
                boolean shares = switch (child.relation()) {
                    case "nsubj", "nsubj:pass", "obj" -> wordClass == EventWordClass.NOUN;
                    case "obl" -> wordClass == EventWordClass.NOUN && isSetting(tree, dependent);
                    case "xcomp" -> ASPECTUAL.contains(EventWords.lemma(tree.parsed().tokens().get(predicate)));
                    case "conj" -> wordClass == triggers.get(predicate);
                    case "advcl", "dep" -> tree.parsed().tokens().get(dependent).partOfSpeech().equals("VBG")
                            && !tree.hasChild(dependent, "mark") || simultaneous(tree, dependent);
                    case "acl" -> triggers.get(predicate) == EventWordClass.NOUN;
                    case "acl:relcl" -> triggers.get(predicate) == EventWordClass.NOUN && simultaneous(tree, dependent);
                    default -> false;
                };
                if (shares) {
                    dated.putIfAbsent(dependent, timex);
                    if (wordClass == EventWordClass.NOUN) {
                        conjuncts(tree, triggers, dependent, timex, dated);
                    }
                }
            }
            int governor = tree.governor(predicate);
            String relation = tree.relation(predicate);
            boolean up = relation.equals("xcomp")
                    || relation.equals("advcl") && simultaneous(tree, predicate)
                    || relation.equals("acl") && triggers.get(governor) == EventWordClass.NOUN
                    || relation.equals("obl") && triggers.get(predicate) == EventWordClass.NOUN && isSetting(tree, predicate);
            if (up && governor >= 0 && triggers.containsKey(governor) && !direct.containsKey(governor)) {
                dated.putIfAbsent(governor, timex);
            }
        });
    }

    /** Gives a noun's date to the event nouns coordinated with it: "had sales of $40 million and an operating loss". */
    private static void conjuncts(DependencyTree tree, Map<Integer, EventWordClass> triggers, int noun, Timex timex,
            Map<Integer, Timex> dated) {
        for (Dependency child : tree.children(noun)) {
            if (child.relation().equals("conj") && triggers.get(child.dependent()) == EventWordClass.NOUN
                    && !elsewhereInTime(tree, child.dependent())) {
                dated.putIfAbsent(child.dependent(), timex);
            }
        }
    }

    /** Whether a noun's modifier places it after its predicate's time ({@link #ELSEWHERE_IN_TIME}). */
    static boolean elsewhereInTime(DependencyTree tree, int noun) {
        return tree.children(noun).stream().anyMatch(arc -> arc.relation().equals("amod")
                && ELSEWHERE_IN_TIME.contains(tree.word(arc.dependent())));
    }

    /** Whether a noun is introduced by "in", "on", "at" or "during": its predicate's setting ("fell in composite trading Friday"). */
    static boolean isSetting(DependencyTree tree, int noun) {
        return tree.children(noun).stream().anyMatch(arc -> arc.relation().equals("case")
                && SETTING.contains(tree.word(arc.dependent())));
    }

    /**
     * Whether an adverbial or relative clause is introduced by "when", "as" or "while" (a conjunction, or the adverb "when"
     * the parser makes of it: "were killed ... when two military helicopters crashed last February").
     */
    private static boolean simultaneous(DependencyTree tree, int clause) {
        return tree.children(clause).stream().anyMatch(arc -> (arc.relation().equals("mark") || arc.relation().equals("advmod"))
                && arc.dependent() < clause && SIMULTANEOUS.contains(tree.word(arc.dependent())));
    }
}
