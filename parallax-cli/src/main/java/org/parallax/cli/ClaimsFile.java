package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.ingest.BadInputException;
import org.parallax.model.InputProblem;

/**
 * The claims a fact-checker asks about: a CSV file with the header {@code id,claim,article}
 * ({@code article} optional, in the header and in each row: one input's path relative to the CSV's
 * folder; a row without it is checked against every article). A row without an id or a claim, or
 * with an id seen before, is a problem named by its line; the other rows are kept.
 *
 * @param file     the CSV file, as given
 * @param claims   the usable rows, in file order
 * @param problems the rows that are not
 */
record ClaimsFile(Path file, List<Row> claims, List<InputProblem> problems) {

    /**
     * One claim.
     *
     * @param line    its line in the file
     * @param id      its id
     * @param claim   its words
     * @param article the one input it is checked against, resolved against the CSV's folder, if any
     */
    record Row(long line, String id, String claim, Optional<Path> article) {

        Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(article, "article");
        }
    }

    ClaimsFile {
        Objects.requireNonNull(file, "file");
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }

    /**
     * @throws BadInputException when the file is no CSV with {@code id} and {@code claim} columns
     * @throws IOException       when it cannot be read
     */
    static ClaimsFile read(Path file) throws IOException, BadInputException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        Path folder = file.toAbsolutePath().getParent();
        List<Row> rows = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> iterator = mapper.readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            if (iterator.getParser() instanceof CsvParser parser && iterator.hasNext()) {
                List<String> columns = new ArrayList<>();
                parser.getSchema().forEach(column -> columns.add(column.getName()));
                if (!columns.contains("id") || !columns.contains("claim")) {
                    throw new BadInputException("the header " + String.join(",", columns) + " lacks id and claim"
                            + " (expected id,claim,article)");
                }
            }
            while (iterator.hasNext()) {
                long line = iterator.getCurrentLocation().getLineNr(); // where the row starts, even when a quoted field spans lines
                Map<String, String> row = iterator.next();
                String id = row.getOrDefault("id", "").strip();
                String claim = row.getOrDefault("claim", "").strip();
                String article = row.getOrDefault("article", "").strip();
                String position = "line " + line;
                if (id.isEmpty()) {
                    problems.add(InputProblem.badInput(file.toString(), position, "a claim without an id"));
                } else if (claim.isEmpty()) {
                    problems.add(InputProblem.badInput(file.toString(), position, "claim " + id + " has no text"));
                } else if (!ids.add(id)) {
                    problems.add(InputProblem.badInput(file.toString(), position, "claim id " + id + " is used twice; the first is kept"));
                } else {
                    rows.add(new Row(line, id, claim, article.isEmpty() ? Optional.empty()
                            : Optional.of(folder.resolve(article).normalize())));
                }
            }
        } catch (JsonProcessingException e) {
            throw new BadInputException("not a valid CSV claims file: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                throw new BadInputException("not a valid CSV claims file: " + cause.getOriginalMessage());
            }
            throw e;
        }
        return new ClaimsFile(file, rows, problems);
    }
}
