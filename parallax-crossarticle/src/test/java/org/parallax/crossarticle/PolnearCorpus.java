package org.parallax.crossarticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * The PolNeAR corpus (2016 US election news from seven outlets) as read at test time from
 * {@code <repository root>/../shared/bench/polnear}: its {@code metadata.tsv} and the texts under
 * {@code <compartment>/text/<filename>.txt}. Nothing of it is copied into the repository; tests
 * that use it are skipped when the folder is absent.
 *
 * <p>The selection rules below are general (a keyword, a window length, caps), so that the
 * articles a test analyses are chosen by the rule and not by hand.
 */
public final class PolnearCorpus {

    /** One row of {@code metadata.tsv}, with its text. */
    public record Document(String compartment, String filename, String publisher, LocalDate published, String title,
            int trumpCount, int clintonCount, String text) {

        public Document {
            Objects.requireNonNull(compartment, "compartment");
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(publisher, "publisher");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }

        /** The article as the ingest layer would give it: outlet, date and title from the manifest. */
        public Article article() {
            return new Article("polnear/" + filename, compartment + "/text/" + filename + ".txt", InputFormat.TEXT,
                    Optional.empty(), Optional.of(title), Optional.empty(), Optional.of(publisher), List.of(),
                    Optional.of(published), DateSource.MANIFEST, Optional.empty(), text, List.of(), List.of());
        }

        /** How often {@code word} (or its plural) occurs as a whole word, ignoring case. */
        public int occurrences(String word) {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "s?\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(text);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        }
    }

    private final List<Document> documents;

    private PolnearCorpus(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The corpus folder next to the repository, if it is there. */
    public static Optional<Path> locate() {
        Path root = Path.of(System.getProperty("parallax.repositoryRoot", ".."));
        Path folder = root.resolve("..").resolve("shared").resolve("bench").resolve("polnear").normalize();
        return Files.isRegularFile(folder.resolve("metadata.tsv")) ? Optional.of(folder) : Optional.empty();
    }

    public static PolnearCorpus read(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("metadata.tsv"), StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            List<Document> documents = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                String compartment = cells[header.indexOf("compartment")];
                String filename = cells[header.indexOf("filename")];
                String text = Files.readString(folder.resolve(compartment).resolve("text").resolve(filename + ".txt"),
                        StandardCharsets.UTF_8);
                documents.add(new Document(compartment, filename, cells[header.indexOf("publisher")],
                        LocalDate.parse(cells[header.indexOf("publication_date")]), cells[header.indexOf("title")],
                        Integer.parseInt(cells[header.indexOf("trump_count")]),
                        Integer.parseInt(cells[header.indexOf("clinton_count")]), text));
            }
            return new PolnearCorpus(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PolNeAR at " + folder, e);
        }
    }

    public List<Document> documents() {
        return documents;
    }

    /**
     * The coverage of one event, found by rule: among all windows of {@code days} consecutive days
     * starting on a publication date, the one whose articles using {@code keyword} at least
     * {@code minimumUses} times come from the most distinct publishers (ties: more articles, then
     * the earlier window). Its articles are returned by date and file name, at most {@code cap}.
     */
    public List<Document> eventCoverage(String keyword, int minimumUses, int days, int cap) {
        List<Document> best = List.of();
        int bestPublishers = 0;
        List<LocalDate> starts = documents.stream().map(Document::published).distinct().sorted().toList();
        for (LocalDate start : starts) {
            LocalDate end = start.plusDays(days - 1L);
            List<Document> window = documents.stream()
                    .filter(document -> !document.published().isBefore(start) && !document.published().isAfter(end))
                    .filter(document -> document.occurrences(keyword) >= minimumUses)
                    .sorted(Comparator.comparing(Document::published).thenComparing(Document::filename))
                    .toList();
            int publishers = publishers(window).size();
            if (publishers > bestPublishers || publishers == bestPublishers && window.size() > best.size()) {
                best = window;
                bestPublishers = publishers;
            }
        }
        return best.subList(0, Math.min(cap, best.size()));
    }

    /**
     * Control articles for an event: published at least {@code daysAway} days from every article
     * of {@code event}, never using {@code keyword}, one per publisher, the least candidate-centred
     * first (lowest Trump plus Clinton count in the metadata, then earliest, then by file name).
     */
    public List<Document> controls(List<Document> event, String keyword, long daysAway, int count) {
        List<Document> candidates = documents.stream()
                .filter(document -> event.stream().allMatch(member ->
                        Math.abs(ChronoUnit.DAYS.between(member.published(), document.published())) >= daysAway))
                .filter(document -> document.occurrences(keyword) == 0)
                .sorted(Comparator.comparingInt((Document document) -> document.trumpCount() + document.clintonCount())
                        .thenComparing(Document::published).thenComparing(Document::filename))
                .toList();
        List<Document> chosen = new ArrayList<>();
        Set<String> publishers = new HashSet<>();
        for (Document candidate : candidates) {
            if (chosen.size() < count && publishers.add(candidate.publisher())) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    public static Set<String> publishers(List<Document> documents) {
        Set<String> publishers = new HashSet<>();
        documents.forEach(document -> publishers.add(document.publisher()));
        return publishers;
    }
}
