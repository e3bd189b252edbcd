package org.parallax.language.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The named groups of one regular-expression match, copied out of the matcher (Java 17's
 * {@code MatchResult} has no named-group access).
 */
final class Groups {

    private final String text;
    private final int begin;
    private final int end;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Integer> starts = new HashMap<>();

    Groups(Matcher matcher, List<String> names, String text) {
        this.text = text;
        this.begin = matcher.start();
        this.end = matcher.end();
        for (String name : names) {
            String value = matcher.group(name);
            if (value != null) {
                values.put(name, value);
                starts.put(name, matcher.start(name));
            }
        }
    }

    /** The whole match. */
    String matched() {
        return text.substring(begin, end);
    }

    int begin() {
        return begin;
    }

    int end() {
        return end;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A group that the rule's pattern always captures. */
    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("group " + name + " did not take part in " + matched());
        }
        return value;
    }

    /** Where a captured group begins in the text, or -1. */
    int start(String name) {
        return starts.getOrDefault(name, -1);
    }

    /** The text being matched, for guards that look around the match. */
    String text() {
        return text;
    }
}
