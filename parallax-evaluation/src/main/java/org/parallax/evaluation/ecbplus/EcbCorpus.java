package org.parallax.evaluation.ecbplus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ECB+ documents of a folder (read recursively: {@code ecbplus/dev}, or one topic's folder), in
 * order of topic, subtopic and document number, with the fully annotated sentences where the
 * corpus's {@link EcbSentenceFilter#FILE_NAME} lies in the folder or the one above it. A file that
 * cannot be read is named in {@link #problems()}; the others are read.
 *
 * @param documents the documents read
 * @param sentences the fully annotated sentences, when the CSV was found
 * @param problems  one line per file that could not be read: the file and why
 */
public record EcbCorpus(List<EcbDocument> documents, Optional<EcbSentenceFilter> sentences, List<String> problems) {

    public EcbCorpus {
        documents = List.copyOf(documents);
        java.util.Objects.requireNonNull(sentences, "sentences");
        problems = List.copyOf(problems);
    }

    /** Reads every {@code *ecb.xml} and {@code *ecbplus.xml} file under the folder. */
    public static EcbCorpus read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": not a folder (expected ECB+ topics, e.g. ../shared/bench/ecbplus/dev)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> EcbReader.isDocumentName(file.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        EcbReader reader = new EcbReader();
        List<EcbDocument> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(reader.read(file));
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        documents.sort(Comparator.comparingInt(EcbDocument::topic).thenComparing(EcbDocument::subtopic)
                .thenComparingInt(EcbCorpus::number));
        return new EcbCorpus(documents, sentenceFilter(folder, problems), problems);
    }

    private static Optional<EcbSentenceFilter> sentenceFilter(Path folder, List<String> problems) {
        Path absolute = folder.toAbsolutePath().normalize();
        List<Path> places = absolute.getParent() == null ? List.of(absolute) : List.of(absolute, absolute.getParent());
        for (Path place : places) {
            Path csv = place.resolve(EcbSentenceFilter.FILE_NAME);
            if (Files.isRegularFile(csv)) {
                try {
                    return Optional.of(EcbSentenceFilter.read(csv));
                } catch (IOException e) {
                    problems.add(csv + ": cannot be read: " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The document's number in its subtopic, from its name ({@code 2_10ecbplus} is 10). */
    private static int number(EcbDocument document) {
        String digits = document.name().substring(document.name().indexOf('_') + 1).replaceAll("\\D", "");
        return Integer.parseInt(digits);
    }
}
