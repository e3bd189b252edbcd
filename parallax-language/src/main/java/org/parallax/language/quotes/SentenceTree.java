package org.parallax.language.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.Sentence;

/**
 * The basic dependency tree of one sentence, for the source picker's features: each token's governor and relation,
 * a phrase's syntactic head, and the path of relations between two tokens ("nsubj^" for the subject of the cue verb,
 * "nsubj^ccomp" for the subject of the verb whose clause holds the cue). Token indices are the text's.
 */
final class SentenceTree {

    /** Paths longer than this are "far". */
    static final int MAX_PATH = 4;

    private final int first;
    private final int[] governor;
    private final String[] relation;

    SentenceTree(Sentence sentence, List<Dependency> dependencies) {
        this.first = sentence.firstToken();
        int size = sentence.endToken() - sentence.firstToken();
        this.governor = new int[size];
        this.relation = new String[size];
        Arrays.fill(governor, -1);
        Arrays.fill(relation, "none");
        for (Dependency dependency : dependencies) {
            int dependent = dependency.dependent() - first;
            if (dependent < 0 || dependent >= size) {
                continue;
            }
            int head = dependency.governor() < 0 ? -1 : dependency.governor() - first;
            governor[dependent] = head >= 0 && head < size ? head : -1;
            relation[dependent] = dependency.relation();
        }
    }

    /**
     * The relation of a token to its governor ("root" for the root, "none" when the parse does not reach it, "outside"
     * for a token of another sentence).
     */
    String relation(int token) {
        return inside(token) ? relation[token - first] : "outside";
    }

    private boolean inside(int token) {
        return token >= first && token - first < governor.length;
    }

    /** Whether a token has a dependent of one of these relations ("nsubj" ...). */
    boolean hasDependent(int token, String... relations) {
        if (!inside(token)) {
            return false;
        }
        int local = token - first;
        for (int i = 0; i < governor.length; i++) {
            if (governor[i] == local && Arrays.asList(relations).contains(relation[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of {@code [from, end)} whose governor lies outside it (or that are the root): a phrase's heads, one
     * for a phrase the parse agrees with, several where it does not ("host Bill Maher, who": "Maher" and "who").
     */
    List<Integer> heads(int from, int end) {
        List<Integer> heads = new ArrayList<>();
        for (int token = Math.max(from, first); token < Math.min(end, first + governor.length); token++) {
            int head = governor[token - first];
            if (head < 0 || head + first < from || head + first >= end) {
                heads.add(token);
            }
        }
        return heads;
    }

    /** The path of relations from token {@code from} up to the lowest common governor and down to {@code to}. */
    Path path(int from, int to) {
        if (!inside(from) || !inside(to)) {
            return new Path(Integer.MAX_VALUE, "outside");
        }
        List<Integer> up = ancestors(from - first);
        List<Integer> down = ancestors(to - first);
        for (int i = 0; i < up.size(); i++) {
            int index = down.indexOf(up.get(i));
            if (index >= 0) {
                StringBuilder words = new StringBuilder();
                for (int j = 0; j < i; j++) {
                    words.append(relation[up.get(j)]).append('^');
                }
                for (int j = index - 1; j >= 0; j--) {
                    words.append(j == index - 1 ? "" : ">").append(relation[down.get(j)]);
                }
                int length = i + index;
                return new Path(length, length > MAX_PATH ? "far" : words.toString());
            }
        }
        return new Path(Integer.MAX_VALUE, "unconnected");
    }

    /** A path: its number of arcs and its relations, up ("^") then down (">"). */
    record Path(int length, String relations) {
    }

    private List<Integer> ancestors(int local) {
        List<Integer> chain = new ArrayList<>();
        int at = local;
        while (at >= 0 && chain.size() <= governor.length) {
            chain.add(at);
            at = governor[at];
        }
        return chain;
    }
}
