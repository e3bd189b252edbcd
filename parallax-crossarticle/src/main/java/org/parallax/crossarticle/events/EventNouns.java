package org.parallax.crossarticle.events;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nouns that name an event ("a phone call", "the meeting", "a press conference"), in groups of
 * words news English uses for the same kind of event, and the definite references back to one
 * ("the call", "that conversation", "the phone call") by which a later sentence reports the same
 * event without dating it again.
 *
 * <p>Hand-written because no library on the classpath resolves event coreference; the groups are
 * the event nouns of news reporting on diplomacy, politics and conflict, not the words of any one
 * article. A definite reference is "the" or "this" ("that" is too often the
 * complementiser of "said that talks ..."), at most one modifier word ("the phone
 * call", "the earlier meeting"), then the noun.
 */
final class EventNouns {

    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        group("call", "call", "calls", "phone call", "telephone call", "conversation", "phone conversation",
                "telephone conversation", "conference call", "video call");
        group("meeting", "meeting", "meetings", "talks", "summit", "encounter");
        group("conference", "press conference", "news conference", "briefing", "press briefing");
        group("speech", "speech", "address");
        group("interview", "interview");
        group("visit", "visit", "trip");
        group("attack", "attack", "attacks", "strike", "strikes", "airstrike", "air strike", "bombing", "raid",
                "assault", "shelling", "explosion", "blast");
        group("vote", "vote", "election", "referendum", "ballot");
        group("agreement", "agreement", "deal", "accord", "treaty", "ceasefire");
        group("protest", "protest", "protests", "demonstration", "rally");
    }

    private static final Pattern ANY = Pattern.compile("(?i)\\b(" + alternatives() + ")\\b");
    private static final Pattern DEFINITE = Pattern.compile(
            "(?i)\\b(?:the|this)\\s+(?:(?!(?:a|an|the)\\b)[\\p{L}-]+\\s+)?(" + alternatives() + ")\\b");

    private EventNouns() {
    }

    private static void group(String name, String... words) {
        for (String word : words) {
            GROUPS.put(word, name);
        }
    }

    /** Longest words first, so that "phone call" wins over "call". */
    private static String alternatives() {
        return GROUPS.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(word -> word.replace(" ", "\\s+"))
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
    }

    /** The groups of the event nouns in {@code text}, in any form ("held a phone conversation"), in text order. */
    static Set<String> groupsNamed(CharSequence text) {
        Set<String> groups = new LinkedHashSet<>();
        Matcher matcher = ANY.matcher(text);
        while (matcher.find()) {
            groups.add(groupOf(matcher.group(1)));
        }
        return groups;
    }

    /** The group of the first definite reference to an event in {@code text} ("the call"), if any. */
    static Optional<String> definiteReference(CharSequence text) {
        Matcher matcher = DEFINITE.matcher(text);
        return matcher.find() ? Optional.of(groupOf(matcher.group(1))) : Optional.empty();
    }

    private static String groupOf(String words) {
        return GROUPS.get(words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }
}
