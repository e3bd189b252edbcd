package org.parallax.language.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Token;
import org.parallax.model.Span;

/**
 * One sentence's dependency tree, indexed for the walks of {@link EventMentionFinder} and {@link DateSharing}.
 *
 * @param parsed     the parse the token indexes point into
 * @param head       each token's arc to its governor
 * @param childrenOf each token's arcs to its dependents
 */
record DependencyTree(ParsedText parsed, Map<Integer, Dependency> head, Map<Integer, List<Dependency>> childrenOf) {

    /** The tree of these arcs. */
    static DependencyTree of(ParsedText parsed, List<Dependency> arcs) {
        Map<Integer, Dependency> head = new HashMap<>();
        Map<Integer, List<Dependency>> children = new HashMap<>();
        for (Dependency arc : arcs) {
            head.put(arc.dependent(), arc);
            if (arc.governor() >= 0) {
                children.computeIfAbsent(arc.governor(), key -> new ArrayList<>()).add(arc);
            }
        }
        return new DependencyTree(parsed, head, children);
    }


    String relation(int token) {
        Dependency arc = head.get(token);
        return arc == null ? "" : arc.relation();
    }

    int governor(int token) {
        Dependency arc = head.get(token);
        return arc == null ? -1 : arc.governor();
    }

    List<Dependency> children(int token) {
        return childrenOf.getOrDefault(token, List.of());
    }

    boolean hasChild(int token, String relation) {
        return children(token).stream().anyMatch(arc -> arc.relation().equals(relation));
    }

    /** The token of {@code span} whose governor lies outside it, -1 if none. */
    int headIn(Span span) {
        for (Token token : parsed.tokensIn(span)) {
            int governor = governor(token.index());
            if (governor < 0 || !span.overlaps(parsed.tokens().get(governor).span())) {
                return token.index();
            }
        }
        return -1;
    }

    String relationOfHead(Span span) {
        int token = headIn(span);
        return token < 0 ? "" : relation(token);
    }

    /** The token a span's head depends on, -1 when the span is the root or has no head. */
    int attachment(Span span) {
        int token = headIn(span);
        return token < 0 ? -1 : governor(token);
    }

    /** The token's word, lower case. */
    String word(int token) {
        return parsed.tokens().get(token).word().toLowerCase(Locale.ROOT);
    }
}
