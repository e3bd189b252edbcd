package org.parallax.language.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.language.text.Token;

/**
 * The adjectives and nouns that name a nationality or a people ("Israeli", "Ukrainians", "South
 * African"), from the demonym list that ships in CoreNLP's models jar, already a dependency of
 * this module ({@value #RESOURCE}: Stanford's list, after Wikipedia's "List of adjectival and
 * demonymic forms for countries and nations"; GPL-3.0-or-later as CoreNLP). Each line names a place
 * and then its forms; only the forms are read, and a form that is itself a place's name ("Congo")
 * is left out. Matching is case-sensitive: a nationality is capitalised. Thread-safe.
 */
final class Nationalities {

    static final String RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    private static final int LONGEST = 3;

    /** The list's places (first column) and their forms. */
    private record Lists(Set<String> places, Set<String> forms) {
    }

    private static final Lists LISTS = read();

    private Nationalities() {
    }

    /**
     * How many tokens from {@code first} (in one sentence) spell a nationality, the longest match
     * of up to three tokens, or 0; the first must be tagged an adjective or a noun.
     */
    static int matchLength(List<Token> tokens, int first) {
        String tag = tokens.get(first).partOfSpeech();
        if (!tag.startsWith("JJ") && !tag.startsWith("NN")) {
            return 0; // "Polish the silver"
        }
        StringBuilder words = new StringBuilder();
        int found = 0;
        for (int end = first; end < tokens.size() && end - first < LONGEST; end++) {
            Token token = tokens.get(end);
            if (token.sentence() != tokens.get(first).sentence()) {
                break;
            }
            words.append(end > first ? " " : "").append(token.word());
            if (LISTS.forms().contains(words.toString())) {
                found = end - first + 1;
            }
        }
        return found;
    }

    /** The places the list names (countries, continents, regions: "Asia", "Middle East"), as written. */
    static Set<String> placeNames() {
        return LISTS.places();
    }

    private static Lists read() {
        Set<String> places = new HashSet<>();
        Set<String> forms = new HashSet<>();
        try (InputStream in = Nationalities.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " (CoreNLP's models jar)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                places.add(cells[0].strip());
                for (int i = 1; i < cells.length; i++) {
                    String form = cells[i].strip();
                    if (!form.isEmpty() && Character.isUpperCase(form.charAt(0))) {
                        forms.add(form);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        forms.removeAll(places);
        return new Lists(Set.copyOf(places), Set.copyOf(forms));
    }
}
