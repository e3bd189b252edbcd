package org.parallax.language.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grammatical gender a person's name or title implies, for agreeing "he" and "she" with their speaker: "Mrs."
 * or "Ms." before a name, or a first name from CoreNLP's list of first names by gender ({@value #RESOURCE} in its
 * models jar, which the layer already loads: 14,600 names). A name that is in neither, or on both sides, has no
 * gender. Immutable; the list is read once per JVM.
 */
enum PersonGender {
    MALE,
    FEMALE;

    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady",
            "queen", "princess");

    private static final class Names {
        private static final Map<String, PersonGender> BY_FIRST_NAME = read();
    }

    /** The gender of the pronoun: "he", "him", "his" are male, "she", "her", "hers" female. */
    static Optional<PersonGender> ofPronoun(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> Optional.of(MALE);
            case "she", "her", "hers", "herself" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }

    /**
     * The gender the forms of a person's name imply ("Hillary Clinton", "Mrs. Clinton"): the title or first name of
     * each form with more than one word, when they agree.
     */
    static Optional<PersonGender> ofNames(List<String> forms) {
        Optional<PersonGender> found = Optional.empty();
        for (String form : forms) {
            String[] words = form.strip().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            Optional<PersonGender> gender = ofFirstWord(words[0].toLowerCase(Locale.ROOT));
            if (gender.isPresent()) {
                if (found.isPresent() && found.get() != gender.get()) {
                    return Optional.empty();
                }
                found = gender;
            }
        }
        return found;
    }

    private static Optional<PersonGender> ofFirstWord(String word) {
        if (MALE_TITLES.contains(word)) {
            return Optional.of(MALE);
        }
        if (FEMALE_TITLES.contains(word)) {
            return Optional.of(FEMALE);
        }
        return Optional.ofNullable(Names.BY_FIRST_NAME.get(word));
    }

    private static Map<String, PersonGender> read() {
        Map<String, PersonGender> genders = new HashMap<>();
        Map<String, Boolean> ambiguous = new HashMap<>();
        try (InputStream in = PersonGender.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (CoreNLP's models jar)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.strip().split("\t");
                if (cells.length != 2 || !(cells[1].equals("MALE") || cells[1].equals("FEMALE"))) {
                    continue;
                }
                String name = cells[0].toLowerCase(Locale.ROOT);
                PersonGender gender = PersonGender.valueOf(cells[1]);
                PersonGender before = genders.putIfAbsent(name, gender);
                if (before != null && before != gender) {
                    ambiguous.put(name, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        ambiguous.keySet().forEach(genders::remove);
        return Map.copyOf(genders);
    }
}
