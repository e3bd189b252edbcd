package org.parallax.crossarticle.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises names so that spelling and transliteration variants of one name compare equal or
 * close: "Kiev" and "Kyiv", "Zelensky", "Zelenskyy" and "Zelenskiy", "Yedioth Ahronoth" and
 * "Yediot Aharonot", "Netanyahu" and "Netanyahou".
 *
 * <p>The steps, in order, for each token of the name:
 * <ol>
 *   <li>lower-case (root locale) and strip diacritics: Unicode NFD, then drop combining marks
 *       ({@link Normalizer});</li>
 *   <li>drop possessives ("Zelensky’s", "Israel's", "Brodsky'") and punctuation;</li>
 *   <li>spelling equivalences common in transliteration from Cyrillic, Hebrew and Arabic:
 *       {@code ie}/{@code ye} → {@code i}, {@code y} → {@code i}, {@code ou} → {@code u},
 *       {@code th} → {@code t}, {@code ph} → {@code f}, {@code kh} → {@code h}, {@code w} →
 *       {@code v};</li>
 *   <li>collapse doubled letters ("Zelenskii" → "zelenski").</li>
 * </ol>
 * A leading "the", honorifics and titles ("President", "Prime Minister", "Mr.") are dropped from
 * the front of the name first: the language layer keeps roles apart, but aliases may still carry them.
 *
 * <p>The {@link #skeleton(String) skeleton} of a normalised token keeps its first letter and drops
 * every later vowel ("aharonot" → "ahrnt"): a coarse key under which variants meet, used for
 * blocking only; candidates that share it are then confirmed by Jaro–Winkler similarity.
 *
 * <p>Hand-written because no well-kept Java library does transliteration-variant folding of names;
 * the well-kept parts (Unicode decomposition, Jaro–Winkler) come from the JDK and Commons Text.
 */
public final class NameNormalizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’ʼ`]s?$");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern STRAY = Pattern.compile("[\\[\\]{}()<>\"“”«»|*_#]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}.'’]+$");

    /** Words dropped from the front of a name: articles, honorifics and titles. */
    private static final Set<String> LEADING_WORDS = Set.of("the", "mr", "mrs", "ms", "miss", "dr", "prof", "sir",
            "dame", "lord", "lady", "president", "prime", "minister", "pm", "foreign", "defense", "defence",
            "chancellor", "king", "queen", "prince", "princess", "sen", "senator", "rep", "representative",
            "gov", "governor", "gen", "general", "col", "colonel", "ambassador", "secretary", "mayor", "pope",
            "rabbi", "sheikh", "former", "outgoing", "late", "deputy", "vice", "chairman", "chief", "judge",
            "justice", "speaker", "premier", "leader", "spokesman", "spokeswoman", "spokesperson", "ex");

    private NameNormalizer() {
    }

    /**
     * The name's normalised tokens. A leading "the" is always dropped; for a person's name, leading
     * titles and honorifics too, with a nationality adjective before them ("Ukrainian President");
     * never every token.
     */
    public static List<String> tokens(String name, boolean person) {
        List<String> raw = new ArrayList<>();
        for (String piece : name.trim().split("[\\s\\u00A0]+")) {
            String token = normalizeToken(piece);
            if (!token.isEmpty()) {
                raw.add(token);
            }
        }
        int first = 0;
        while (first < raw.size() - 1 && isLeading(raw, first, person)) {
            first++;
        }
        List<String> tokens = new ArrayList<>(raw.size() - first);
        for (String token : raw.subList(first, raw.size())) {
            tokens.add(fold(token));
        }
        return List.copyOf(tokens);
    }

    /**
     * A name as it should be shown: brackets, quotation marks and other stray punctuation that the
     * text around a name leaks into it are dropped ("Bill [Clinton" is "Bill Clinton"), with
     * punctuation at either end (a final full stop or apostrophe stays: "Jr.", "U.S.",
     * "Brodsky'"), and spaces are collapsed. A name of punctuation only is returned stripped.
     */
    public static String display(String name) {
        String cleaned = SPACES.matcher(STRAY.matcher(name).replaceAll(" ")).replaceAll(" ").strip();
        cleaned = TRAILING_PUNCTUATION.matcher(LEADING_PUNCTUATION.matcher(cleaned).replaceAll("")).replaceAll("");
        return cleaned.isEmpty() ? name.strip() : cleaned;
    }

    /** The name's normalised form: its tokens joined by single spaces. */
    public static String normalize(String name, boolean person) {
        return String.join(" ", tokens(name, person));
    }

    private static boolean isLeading(List<String> raw, int index, boolean person) {
        String token = raw.get(index);
        if (token.equals("the")) {
            return true;
        }
        if (!person) {
            return false;
        }
        if (LEADING_WORDS.contains(token)) {
            return true;
        }
        boolean demonym = token.endsWith("ian") || token.endsWith("ish") || token.endsWith("ese")
                || token.endsWith("an") || token.endsWith("i");
        return demonym && index + 1 < raw.size() - 1 && LEADING_WORDS.contains(raw.get(index + 1));
    }

    /** A token lower-cased, without diacritics, possessive or punctuation, before spelling folding. */
    static String normalizeToken(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        plain = POSSESSIVE.matcher(plain).replaceAll("");
        return NOT_LETTER.matcher(plain).replaceAll("");
    }

    /** Spelling equivalences and collapsed doubled letters, applied to a normalised token. */
    static String fold(String token) {
        String folded = token.replace("ie", "i").replace("ye", "i").replace('y', 'i').replace("ou", "u")
                .replace("th", "t").replace("ph", "f").replace("kh", "h").replace('w', 'v');
        return DOUBLED.matcher(folded).replaceAll("$1");
    }

    /** The first letter and every later consonant of a normalised token: a blocking key. */
    public static String skeleton(String token) {
        if (token.isEmpty()) {
            return token;
        }
        StringBuilder skeleton = new StringBuilder(token.length()).append(token.charAt(0));
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if ("aeiou".indexOf(c) < 0) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /** The skeletons of a name's tokens, joined by single spaces. */
    public static String skeletonOf(List<String> tokens) {
        List<String> skeletons = new ArrayList<>(tokens.size());
        tokens.forEach(token -> skeletons.add(skeleton(token)));
        return String.join(" ", skeletons);
    }
}
