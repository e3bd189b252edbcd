package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.events.ContentWords;

/**
 * The words of a claim or a sentence as the stance features see them: lower-cased word tokens,
 * their content stems ({@link ContentWords#stem}, capitalised words included, since a headline is
 * often in title case and names carry much of what a claim is about), the numbers it gives, and
 * counts of cue words.
 *
 * <p>The cue lists are those of the stance literature: the refuting words of the FNC-1 baseline
 * (Pomerleau and Rao 2017: "fake", "hoax", "deny", "debunk", ...), hedging words that mark a report
 * as unconfirmed (Hanselowski et al. 2018: "reportedly", "allegedly", "claims", ...), and words that
 * mark a confirmation ("confirmed", "officially", ...). The trained model weighs them; none decides
 * alone.
 */
final class StanceWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    static final Set<String> REFUTING = Set.of("fake", "fakes", "faked", "fraud", "fraudulent", "hoax", "hoaxes", "false",
            "falsely", "deny", "denies", "denied", "denial", "denying", "despite", "nope", "doubt", "doubts", "doubtful",
            "bogus", "debunk", "debunks", "debunked", "debunking", "prank", "pranks", "pranked", "retract", "retracts",
            "retracted", "retraction", "untrue", "misleading", "myth", "satire", "satirical", "baseless", "fabricated",
            "fabrication", "refute", "refutes", "refuted", "dismissed", "dismisses", "incorrect", "wrong", "contrary",
            "disputed", "disputes", "dispute", "rejects", "rejected", "unfounded", "nonsense", "spoof", "parody", "scam",
            "lie", "lies", "lied", "erroneous", "mistaken", "inaccurate", "photoshopped", "doctored");
    static final Set<String> HEDGING = Set.of("reportedly", "allegedly", "alleged", "alleges", "claim", "claims", "claimed",
            "claiming", "could", "might", "may", "rumor", "rumors", "rumour", "rumours", "rumored", "rumoured", "unconfirmed",
            "unverified", "report", "reports", "reported", "according", "apparently", "purportedly", "purported",
            "supposedly", "possibly", "possible", "suggests", "suggested", "suggest", "believed", "speculation",
            "speculated", "speculate", "appears", "appear", "seems", "seem", "unclear", "whether", "perhaps", "likely",
            "unknown", "if", "would", "circulating", "viral", "surfaced", "emerged");
    static final Set<String> CONFIRMING = Set.of("confirmed", "confirms", "confirm", "confirmation", "announced",
            "announces", "official", "officially", "indeed", "proved", "proven", "proves", "revealed", "reveals",
            "verified", "verifies", "true", "actually", "fact", "evidence", "shows", "showed", "footage", "statement",
            "released", "admitted", "admits", "acknowledged");
    static final Set<String> NEGATING = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
            "without", "cannot", "n't", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't",
            "can't", "couldn't", "hasn't", "haven't", "hadn't", "wouldn't", "shouldn't");
    static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "stated", "added", "explained",
            "wrote", "tweeted", "posted", "insisted", "noted");

    /**
     * Groups of stance words counted one by one (the trees learn which matter for which stance), each
     * a list of word beginnings: "report" counts "report", "reports", "reported", "reportedly".
     */
    static final List<List<String>> CUE_GROUPS = List.of(
            List.of("fake"), List.of("hoax"), List.of("false", "untrue"), List.of("deny", "denie", "denia"),
            List.of("debunk"), List.of("prank", "spoof", "parody"), List.of("satir"), List.of("rumo"), List.of("claim"),
            List.of("report"), List.of("alleg"), List.of("unconfirm", "unverif"), List.of("accord"), List.of("confirm"),
            List.of("announc"), List.of("official"), List.of("said", "says", "say"), List.of("told", "tell"),
            List.of("evidence"), List.of("could", "may", "might"), List.of("appear", "seem"), List.of("purport"),
            List.of("supposed"), List.of("apparent"), List.of("believ"), List.of("speculat"), List.of("source"),
            List.of("photo", "video", "footage", "image"), List.of("twitter", "tweet"), List.of("viral", "circulat"),
            List.of("if", "whether"), List.of("not", "n't", "no", "never"), List.of("despite", "however", "but", "although"),
            List.of("true", "real", "genuine"), List.of("actual", "indeed", "fact"), List.of("prove", "proof", "proven"),
            List.of("scam", "fraud"), List.of("misle", "mislead", "misinform"), List.of("insist"), List.of("suggest"));

    /**
     * One text's words.
     *
     * @param tokens     lower-cased word tokens, in text order
     * @param tokenStems each token's content stem, or the empty string for a token that has none (same order)
     * @param stems      the content stems
     * @param bigrams    pairs of consecutive content stems
     * @param numbers    the numbers written, without thousands separators
     */
    record Words(List<String> tokens, List<String> tokenStems, Set<String> stems, Set<String> bigrams, Set<String> numbers) {

        Words {
            tokens = List.copyOf(tokens);
            tokenStems = List.copyOf(tokenStems);
            if (tokenStems.size() != tokens.size()) {
                throw new IllegalArgumentException(tokenStems.size() + " token stems for " + tokens.size() + " tokens");
            }
            stems = Set.copyOf(stems);
            bigrams = Set.copyOf(bigrams);
            numbers = Set.copyOf(numbers);
        }

        /** How many of its tokens begin with one of {@code beginnings}. */
        int countBeginning(List<String> beginnings) {
            int count = 0;
            for (String token : tokens) {
                for (String beginning : beginnings) {
                    if (token.startsWith(beginning) && (beginning.length() > 3 || token.length() <= beginning.length() + 3)) {
                        count++;
                        break;
                    }
                }
            }
            return count;
        }

        /** How many of its tokens are in {@code cues}. */
        int count(Set<String> cues) {
            int count = 0;
            for (String token : tokens) {
                if (cues.contains(token)) {
                    count++;
                }
            }
            return count;
        }
    }

    private StanceWords() {
    }

    static Words of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String token = word.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            tokens.add(token);
            if (token.endsWith("n't") && token.length() > 3) {
                tokens.add("n't");
            }
        }
        Set<String> stems = new LinkedHashSet<>();
        List<String> ordered = new ArrayList<>();
        List<String> tokenStems = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String stem = Character.isLetter(token.charAt(0)) ? ContentWords.stem(token).orElse("") : "";
            tokenStems.add(stem);
            if (!stem.isEmpty()) {
                stems.add(stem);
                ordered.add(stem);
            }
        }
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 1; i < ordered.size(); i++) {
            bigrams.add(ordered.get(i - 1) + ' ' + ordered.get(i));
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            numbers.add(number.group().replace(",", "").replaceAll("[.]+$", ""));
        }
        return new Words(tokens, tokenStems, stems, bigrams, numbers);
    }

    /** The share of {@code part} that lies in {@code whole}; 0 when {@code part} is empty. */
    static double covered(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String item : part) {
            if (whole.contains(item)) {
                hits++;
            }
        }
        return (double) hits / part.size();
    }
}
