package org.parallax.language.time;

import java.util.Locale;
import java.util.Set;

/** Vetoes shared by several rule sets. */
final class Guards {

    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march");

    private Guards() {
    }

    /** The group is written with a capital: month and weekday names are proper nouns in English. */
    static TimexRule.Guard capitalised(String group) {
        return (groups, tokens) -> groups.get(group).map(word -> Character.isUpperCase(word.charAt(0))).orElse(true);
    }

    /**
     * The group is a month name, not the modal "may" or the verb or noun "march": capitalised,
     * and for those two tagged as a proper noun (or no tags known).
     */
    static TimexRule.Guard monthName(String group) {
        return capitalised(group).and((groups, tokens) -> {
            String word = groups.get(group).map(w -> w.toLowerCase(Locale.ROOT)).orElse("");
            if (!AMBIGUOUS_MONTHS.contains(word)) {
                return true;
            }
            String tag = tokens.partOfSpeechAt(groups.start(group));
            return tag.isEmpty() || tag.startsWith("NNP");
        });
    }

    /** The token at the start of the group has a tag starting with one of the prefixes (or no tag is known). */
    static TimexRule.Guard tagged(String group, String... prefixes) {
        return (groups, tokens) -> {
            if (!groups.has(group)) {
                return true;
            }
            String tag = tokens.partOfSpeechAt(groups.start(group));
            if (tag.isEmpty()) {
                return true;
            }
            for (String prefix : prefixes) {
                if (tag.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** The token at the start of the group has none of the tags. */
    static TimexRule.Guard notTagged(String group, String... prefixes) {
        return (groups, tokens) -> {
            if (!groups.has(group)) {
                return true;
            }
            String tag = tokens.partOfSpeechAt(groups.start(group));
            for (String prefix : prefixes) {
                if (!tag.isEmpty() && tag.startsWith(prefix)) {
                    return false;
                }
            }
            return true;
        };
    }
}
