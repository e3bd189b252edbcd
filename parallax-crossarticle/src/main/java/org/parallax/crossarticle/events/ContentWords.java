package org.parallax.crossarticle.events;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a stretch of text, reduced to comparable stems, for the lexical overlap
 * that decides whether two sentences report the same thing.
 *
 * <p>Hand-written because the model carries no lemmas (the language layer's parse stays inside
 * it) and this module has no stemmer on its classpath; the stemming is deliberately light (plural,
 * past and gerund endings, a few derivational ones) and the synonym table small and closed: words
 * that news uses interchangeably for the same happening ("phone call", "the call", "phone
 * conversation" all give {@code call}; "mediate", "mediator", "mediation" give {@code mediat}).
 * Function words and reporting verbs ("said", "told", "according") are no content, and neither are
 * capitalised words: names and nationalities ("Israeli", "Russian") are compared through the
 * entities they resolve to, not as words.
 */
public final class ContentWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "into", "about", "between", "over", "after", "before", "during", "since",
            "than", "that", "this", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "which", "what", "when",
            "where", "while", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
            "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no",
            "never", "nor", "n't", "any", "all", "some", "such", "also", "too", "very", "much", "more", "most", "so",
            "if", "then", "now", "just", "only", "even", "both", "each", "other", "own", "same", "up", "down", "out",
            "off", "again", "further", "once", "said", "says", "say", "saying", "told", "tell", "tells", "added", "adds",
            "according", "reported", "reports", "mr", "mrs", "ms", "however", "although", "though", "because",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "per", "cent", "percent",
            "hasn't", "hadn't", "haven't", "isn't", "wasn't", "weren't", "aren't", "won't", "wouldn't", "don't",
            "doesn't", "didn't", "can't", "cannot", "couldn't", "shouldn't", "via", "through", "against", "within",
            "himself", "herself", "themselves", "itself", "ourselves", "first", "second", "former", "outgoing",
            // titles and roles: they name who, not what happened
            "president", "prime", "minister", "ambassador", "chairman", "deputy", "head", "director", "director-general",
            "general", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "secretary", "leader",
            "leaders", "senior", "chief", "aide");

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("phone", "call"), Map.entry("telephone", "call"), Map.entry("conversation", "call"),
            Map.entry("conversations", "call"), Map.entry("calls", "call"),
            Map.entry("met", "meet"), Map.entry("meeting", "meet"), Map.entry("meetings", "meet"), Map.entry("summit", "meet"),
            Map.entry("talks", "talk"), Map.entry("mediator", "mediat"), Map.entry("mediators", "mediat"),
            Map.entry("mediation", "mediat"), Map.entry("pressurized", "pressur"), Map.entry("pressurised", "pressur"),
            Map.entry("pressured", "pressur"), Map.entry("pressure", "pressur"), Map.entry("left", "remain"),
            Map.entry("remained", "remain"), Map.entry("remaining", "remain"), Map.entry("sold", "sell"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"));

    private ContentWords() {
    }

    /** The stems of the content words of {@code text}, in first-seen order. */
    public static Set<String> of(CharSequence text) {
        Set<String> stems = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            if (Character.isUpperCase(matcher.group().charAt(0))) {
                continue;
            }
            stem(matcher.group()).ifPresent(stems::add);
        }
        return stems;
    }

    /** The stem of one word, empty for function words. */
    public static Optional<String> stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")) {
            lower = lower.substring(0, lower.length() - 2);
        }
        lower = lower.replaceAll("^-+|-+$", "");
        if (lower.length() < 2 || STOP.contains(lower)) {
            return Optional.empty();
        }
        String synonym = SYNONYMS.get(lower);
        if (synonym != null) {
            return Optional.of(synonym);
        }
        return Optional.of(suffixes(lower));
    }

    private static String suffixes(String word) {
        String stem = word;
        if (stem.length() > 5 && stem.endsWith("ations")) {
            stem = stem.substring(0, stem.length() - 4);
        } else if (stem.length() > 5 && stem.endsWith("ation")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && stem.endsWith("ies")) {
            stem = stem.substring(0, stem.length() - 3) + "y";
        } else if (stem.length() > 5 && stem.endsWith("ing")) {
            stem = stem.substring(0, stem.length() - 3);
        } else if (stem.length() > 4 && stem.endsWith("ed")) {
            stem = stem.substring(0, stem.length() - 2);
        } else if (stem.length() > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.length() > 3 && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
