package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author names from bylines as pages and feeds write them: {@code By Jane Doe and John Roe},
 * {@code by: Laurie Oakes}, {@code jdoe@example.com (Jane Doe)}, {@code Jane Doe, John Roe}.
 *
 * <p>A piece is kept as a name only when it looks like one: no URL, e-mail address or handle, no
 * digits, at most six words, not a job title ({@code Staff Writer}) and not the outlet's own name.
 * Stateless and thread-safe.
 */
public final class Bylines {

    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|words|story|reported|text|posted)\\s+by|by)(?:\\s*:\\s*|\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAIL = Pattern.compile("\\s*[|•·].*$");
    private static final Set<String> NOT_NAME_WORDS = Set.of("staff", "writer", "writers", "reporter", "reporters",
            "correspondent", "editor", "editors", "contributor", "columnist", "desk", "team", "updated",
            "published", "posted", "comments", "share", "follow", "newsroom", "admin", "administrator", "reporting");
    private static final int MAX_WORDS = 6;
    private static final int MAX_LENGTH = 60;

    private Bylines() {
    }

    /**
     * The author names in one byline.
     *
     * @param byline the byline as written, possibly with {@code By}, several names and an outlet
     * @param outlet the outlet's name, never taken for an author
     * @return the names in byline order, possibly none
     */
    public static List<String> names(String byline, Optional<String> outlet) {
        List<String> names = new ArrayList<>();
        if (byline == null) {
            return names;
        }
        String text = byline.replaceAll("[\\s\\u00A0]+", " ").strip();
        Matcher email = EMAIL_WITH_NAME.matcher(text);
        if (email.matches()) {
            text = email.group(1).strip();
        }
        text = TAIL.matcher(PREFIX.matcher(text).replaceFirst("")).replaceFirst("");
        for (String part : SEPARATOR.split(text)) {
            if (part.contains("@") || part.contains("://")) {
                continue;
            }
            String name = PREFIX.matcher(part.strip()).replaceFirst("").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "")
                    .strip();
            if (isName(name, outlet) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether a string can be a person's name rather than an outlet, a link or a label. */
    static boolean isName(String candidate, Optional<String> outlet) {
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH || !Character.isLetter(candidate.charAt(0))) {
            return false;
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("www.") || lower.contains("@") || lower.contains("/")
                || candidate.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = lower.split(" ");
        if (words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (NOT_NAME_WORDS.contains(word.replaceAll("\\p{Punct}", ""))) {
                return false;
            }
        }
        return outlet.map(o -> !sameName(o, candidate)).orElse(true);
    }

    /** Whether two names of an outlet are the same, ignoring case, a leading "The" and a ".com". */
    static boolean sameName(String a, String b) {
        return simplify(a).equals(simplify(b));
    }

    private static String simplify(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("\\.(?:com|co\\.uk|org|net)$", "")
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
