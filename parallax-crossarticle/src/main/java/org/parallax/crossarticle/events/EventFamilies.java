package org.parallax.crossarticle.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Which event words are candidates for one event: a lemma's family, its verb and nominalisations ("explode",
 * "explosion", "blast"), from the hand-written table {@value #RESOURCE} (no WordNet); a lemma in no family is its own.
 * A shared family only makes two mentions candidates; whether they report one event is the pair model's call.
 */
public final class EventFamilies {

    static final String RESOURCE = "event-families.txt";

    private static final Map<String, String> FAMILIES = read();

    private EventFamilies() {
    }

    /** The family of a lemma: the first lemma of its line in the table, or the lemma itself. */
    public static String of(String lemma) {
        return FAMILIES.getOrDefault(lemma, lemma);
    }

    private static Map<String, String> read() {
        Map<String, String> families = new HashMap<>();
        try (InputStream stream = EventFamilies.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new IllegalStateException("the event families table " + RESOURCE + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] lemmas = line.strip().split("\\s+");
                for (String lemma : lemmas) {
                    String earlier = families.putIfAbsent(lemma, lemmas[0]);
                    if (earlier != null && !earlier.equals(lemmas[0])) {
                        throw new IllegalStateException(RESOURCE + ": \"" + lemma + "\" is in the families of \"" + earlier
                                + "\" and \"" + lemmas[0] + "\"");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event families table " + RESOURCE, e);
        }
        return Map.copyOf(families);
    }
}
