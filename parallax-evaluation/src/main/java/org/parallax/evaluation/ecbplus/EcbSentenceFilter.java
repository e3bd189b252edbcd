package org.parallax.evaluation.ecbplus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sentences whose mentions ECB+ annotated fully, from {@code ECBplus_coreference_sentences.csv}
 * ({@code Topic,File,Sentence Number}, e.g. {@code 1,10ecbplus,3}): the standard protocol scores
 * only the mentions in them.
 */
public final class EcbSentenceFilter {

    /** The file's name in the corpus folder. */
    public static final String FILE_NAME = "ECBplus_coreference_sentences.csv";

    private final Map<String, Set<Integer>> sentences;

    private EcbSentenceFilter(Map<String, Set<Integer>> sentences) {
        this.sentences = sentences;
    }

    /**
     * Reads the CSV.
     *
     * @throws IllegalArgumentException naming the file and line, when a line is not {@code topic,file,number}
     */
    public static EcbSentenceFilter read(Path csv) throws IOException {
        Map<String, Set<Integer>> sentences = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT)
                    .startsWith("topic,file,")) {
                throw new IllegalArgumentException(csv + ": expected the header Topic,File,Sentence Number");
            }
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.strip().split(",");
                try {
                    if (fields.length != 3) {
                        throw new NumberFormatException("3 fields expected");
                    }
                    String document = Integer.parseInt(fields[0].strip()) + "_" + fields[1].strip();
                    sentences.computeIfAbsent(document, key -> new HashSet<>()).add(Integer.parseInt(fields[2].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(csv + " line " + lineNumber + ": not topic,file,sentence: " + line, e);
                }
            }
        }
        return new EcbSentenceFilter(sentences);
    }

    /** Whether the sentence of that number in the document was annotated fully. */
    public boolean annotated(EcbDocument document, int sentence) {
        return sentences.getOrDefault(document.name(), Set.of()).contains(sentence);
    }

    /** Whether a mention lies in a fully annotated sentence. */
    public boolean annotated(EcbDocument document, EcbMarkable mention) {
        return annotated(document, document.sentenceOf(mention));
    }

    /** The numbers of the document's fully annotated sentences. */
    public Set<Integer> sentences(EcbDocument document) {
        return Set.copyOf(sentences.getOrDefault(document.name(), Set.of()));
    }
}
