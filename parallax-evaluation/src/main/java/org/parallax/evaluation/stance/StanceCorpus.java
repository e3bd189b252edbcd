package org.parallax.evaluation.stance;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.parallax.model.ClaimStance;

/**
 * Headline/body pairs in the FNC-1 format (FNC-1 and ARC): a stances file with the header
 * {@code Headline,Body ID,Stance} and a bodies file with {@code Body ID,articleBody}. The labels
 * {@code agree}, {@code disagree}, {@code discuss}, {@code unrelated} are read as
 * {@link ClaimStance#SUPPORTS}, {@link ClaimStance#CONTRADICTS}, {@link ClaimStance#DISCUSSES},
 * {@link ClaimStance#UNRELATED}.
 *
 * @param name   what the pairs are, for messages and reports
 * @param pairs  the pairs, in file order
 * @param bodies each body's text by its id
 */
public record StanceCorpus(String name, List<Pair> pairs, Map<String, String> bodies) {

    /** One labelled pair. */
    public record Pair(String headline, String body, ClaimStance stance) {

        public Pair {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(stance, "stance");
        }
    }

    public StanceCorpus {
        Objects.requireNonNull(name, "name");
        pairs = List.copyOf(pairs);
        bodies = Map.copyOf(bodies);
        for (Pair pair : pairs) {
            if (!bodies.containsKey(pair.body())) {
                throw new IllegalArgumentException(name + ": the pair of \"" + pair.headline() + "\" names body " + pair.body()
                        + ", which the bodies file lacks");
            }
        }
    }

    /** Reads a stances file and its bodies file. */
    public static StanceCorpus read(String name, Path stances, Path bodies) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map<String, String> row : rows(bodies)) {
            texts.put(field(row, "Body ID", bodies), field(row, "articleBody", bodies));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Map<String, String> row : rows(stances)) {
            pairs.add(new Pair(field(row, "Headline", stances), field(row, "Body ID", stances),
                    label(field(row, "Stance", stances), stances)));
        }
        return new StanceCorpus(name, pairs, texts);
    }

    /** These pairs and {@code other}'s; body ids must not clash. */
    public StanceCorpus with(StanceCorpus other) {
        Map<String, String> all = new LinkedHashMap<>(bodies);
        for (Map.Entry<String, String> body : other.bodies().entrySet()) {
            String previous = all.put(body.getKey(), body.getValue());
            if (previous != null && !previous.equals(body.getValue())) {
                throw new IllegalArgumentException(name + " and " + other.name() + " both have a body " + body.getKey());
            }
        }
        List<Pair> both = new ArrayList<>(pairs);
        both.addAll(other.pairs());
        return new StanceCorpus(name + " + " + other.name(), both, all);
    }

    /** The pairs kept, with the bodies they name. */
    public StanceCorpus only(String part, List<Pair> kept) {
        Map<String, String> used = new LinkedHashMap<>();
        kept.forEach(pair -> used.put(pair.body(), bodies.get(pair.body())));
        return new StanceCorpus(name + " " + part, kept, used);
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> iterator = new CsvMapper().readerFor(Map.class).with(schema).readValues(reader)) {
            return iterator.readAll();
        }
    }

    private static String field(Map<String, String> row, String column, Path file) throws IOException {
        String value = row.get(column);
        if (value == null) {
            throw new IOException(file + ": a row lacks the column " + column);
        }
        return value;
    }

    private static ClaimStance label(String value, Path file) throws IOException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "agree" -> ClaimStance.SUPPORTS;
            case "disagree" -> ClaimStance.CONTRADICTS;
            case "discuss" -> ClaimStance.DISCUSSES;
            case "unrelated" -> ClaimStance.UNRELATED;
            default -> throw new IOException(file + ": unknown stance \"" + value + "\"");
        };
    }
}
