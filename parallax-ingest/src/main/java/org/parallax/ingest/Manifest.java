package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.model.InputProblem;
import org.parallax.model.DateSource;

/**
 * What the user knows of their articles, from a CSV file with a header naming some of
 * {@code path,url,title,outlet,published,authors}. Its values override what was detected.
 *
 * <p>A row applies to the article read from {@code path} (relative to the manifest's folder; for an
 * archive or feed, to all its articles) or, without a path, to the article whose URL is {@code url}.
 * {@code authors} separates names with {@code ;}.
 *
 * <p>A manifest remembers which of its rows it has applied (safely from many threads), so that the rows
 * that matched no input can be reported once the run is over ({@link #unmatchedRows}); read it afresh
 * for each run.
 */
public final class Manifest {

    private static final Set<String> COLUMNS = Set.of("path", "url", "title", "outlet", "published", "authors");

    private final Path file;
    private final Map<Path, Row> byPath;
    private final Map<String, Row> byUrl;
    private final Set<Long> matchedLines = ConcurrentHashMap.newKeySet();

    private Manifest(Path file, Map<Path, Row> byPath, Map<String, Row> byUrl) {
        this.file = file;
        this.byPath = byPath;
        this.byUrl = byUrl;
    }

    /** An empty manifest: it changes nothing. */
    public static Manifest empty() {
        return new Manifest(null, Map.of(), Map.of());
    }

    /**
     * Reads a manifest.
     *
     * @throws BadInputException naming the line and column of what is wrong in it
     */
    public static Manifest read(Path file) throws IOException, BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("manifest not found");
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        Map<Path, Row> byPath = new HashMap<>();
        Map<String, Row> byUrl = new HashMap<>();
        Path folder = file.toAbsolutePath().getParent();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows =
                        mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> values = rows.next();
                long line = lineRead(rows.getCurrentLocation());
                Row row = row(values, line);
                if (row.path().isPresent()) {
                    byPath.put(folder.resolve(row.path().get()).normalize(), row);
                } else if (row.url().isPresent()) {
                    byUrl.put(row.url().get(), row);
                } else {
                    throw new BadInputException("a row names neither path nor url", "line " + line);
                }
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            if (e instanceof java.nio.file.NoSuchFileException) {
                throw (IOException) e;
            }
            throw new BadInputException("not a valid CSV manifest: " + firstLine(e.getMessage()));
        }
        return new Manifest(file, byPath, byUrl);
    }

    private static Row row(Map<String, String> values, long line) throws BadInputException {
        for (String column : values.keySet()) {
            if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                throw new BadInputException("unknown column '" + column + "' (known: path, url, title, outlet, published, authors)",
                        "line 1");
            }
        }
        Optional<String> published = value(values, "published");
        Optional<LocalDate> date = Optional.empty();
        if (published.isPresent()) {
            date = Dates.parseMachineDate(published.get());
            if (date.isEmpty()) {
                throw new BadInputException("published '" + published.get() + "' is not a date (expected e.g. 2022-03-24)",
                        "line " + line);
            }
        }
        List<String> authors = new ArrayList<>();
        value(values, "authors").ifPresent(names -> {
            for (String name : names.split(";")) {
                if (!name.isBlank()) {
                    authors.add(name.strip());
                }
            }
        });
        return new Row(line, value(values, "path"), value(values, "url"), value(values, "title"),
                value(values, "outlet"), date, authors);
    }

    /** The line of the row just read: the parser stands at the start of the next line, or at the end of the last. */
    private static long lineRead(JsonLocation after) {
        return after.getColumnNr() <= 1 && after.getLineNr() > 1 ? after.getLineNr() - 1 : after.getLineNr();
    }

    private static Optional<String> value(Map<String, String> values, String column) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column) && entry.getValue() != null && !entry.getValue().isBlank()) {
                return Optional.of(entry.getValue().strip());
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    /** The manifest file itself, so that a folder walk can pass over it. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Applies the row for this article, if any, to its draft. */
    public void apply(Path inputPath, ArticleDraft draft) {
        Row row = byPath.get(inputPath.toAbsolutePath().normalize());
        if (row == null && draft.url().isPresent()) {
            row = byUrl.get(draft.url().get());
        }
        if (row == null) {
            return;
        }
        matchedLines.add(row.line());
        row.url().ifPresent(draft::url);
        row.title().ifPresent(draft::title);
        row.outlet().ifPresent(draft::outlet);
        row.published().ifPresent(date -> draft.published(date, DateSource.MANIFEST));
        if (!row.authors().isEmpty()) {
            draft.authors(row.authors());
        }
    }

    /**
     * The rows applied to no article so far, one problem each, naming the manifest, the row's line and
     * what it named: a path that is not among the inputs read (with the folder it was read against), or
     * a URL that no article read has.
     *
     * @return the problems in row order; empty when every row matched (or for {@link #empty()})
     */
    public List<InputProblem> unmatchedRows() {
        if (file == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(byPath.values());
        rows.addAll(byUrl.values());
        rows.sort(Comparator.comparingLong(Row::line));
        Path folder = file.toAbsolutePath().getParent();
        List<InputProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            if (matchedLines.contains(row.line())) {
                continue;
            }
            String message = row.path().isPresent()
                    ? "row for path '" + row.path().get() + "' matches no input read (" + folder.resolve(row.path().get())
                            .normalize() + "; paths are relative to the manifest's folder); its values were not used"
                    : "row for url '" + row.url().orElse("") + "' matches no article read; its values were not used";
            problems.add(InputProblem.badInput(file.toString(), "line " + row.line(), message));
        }
        return problems;
    }

    private record Row(long line, Optional<String> path, Optional<String> url, Optional<String> title, Optional<String> outlet,
            Optional<LocalDate> published, List<String> authors) {
    }
}
