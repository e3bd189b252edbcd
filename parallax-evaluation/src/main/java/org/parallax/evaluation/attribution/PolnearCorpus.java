package org.parallax.evaluation.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one compartment ({@code dev}, {@code train}, ...) of a PolNeAR folder: {@code metadata.tsv} (compartment,
 * filename, level, annotators, publisher, publication_date, ...), {@code <compartment>/text/<filename>.txt} and
 * {@code <compartment>/attributions/<filename>_<annotator>.ann}. An article annotated by several annotators
 * (listed as {@code a|b|c}) is scored against the first listed annotator's attributions.
 */
public final class PolnearCorpus {

    private PolnearCorpus() {
    }

    public static List<PolnearArticle> read(Path polnearDirectory, String compartment) {
        try {
            List<String> rows = Files.readAllLines(polnearDirectory.resolve("metadata.tsv"), StandardCharsets.UTF_8);
            List<String> header = List.of(rows.get(0).split("\t"));
            int compartmentColumn = column(header, "compartment");
            int fileColumn = column(header, "filename");
            int annotatorColumn = column(header, "annotators");
            int publisherColumn = column(header, "publisher");
            int dateColumn = column(header, "publication_date");
            List<PolnearArticle> articles = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] fields = row.split("\t", -1);
                if (fields.length <= dateColumn || !fields[compartmentColumn].equals(compartment)) {
                    continue;
                }
                String name = fields[fileColumn];
                String annotator = fields[annotatorColumn].split("\\|")[0];
                Path folder = polnearDirectory.resolve(compartment);
                String text = Files.readString(folder.resolve("text").resolve(name + ".txt"), StandardCharsets.UTF_8);
                Path ann = folder.resolve("attributions").resolve(name + "_" + annotator + ".ann");
                String standoff = Files.readString(ann, StandardCharsets.UTF_8);
                articles.add(new PolnearArticle(name, annotator, text, fields[publisherColumn], date(fields[dateColumn]),
                        BratAttributions.parse(standoff)));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PolNeAR from " + polnearDirectory, e);
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // the metadata leaves some dates out; the article is still scored
        }
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("metadata.tsv has no column " + name);
        }
        return index;
    }
}
