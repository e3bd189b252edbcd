package org.parallax.evaluation.coreference;

import edu.stanford.nlp.process.Morphology;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.evaluation.ecbplus.EcbCorpus;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.evaluation.ecbplus.EcbMarkable;
import org.parallax.evaluation.ecbplus.EcbSentenceFilter;
import org.parallax.evaluation.ecbplus.EcbToken;
import org.parallax.evaluation.stories.StoryBenchmark;

/**
 * The event words of ECB+ train: the lemmas (CoreNLP's morphology, without part of speech) that its annotators mark, on
 * their own, as an event mention in most of their uses in the fully annotated sentences. Only one-word mentions count,
 * so that the nouns of light-verb phrases ("took place", "made history", "set a record") are no event words. The language layer's event stage takes the
 * nouns and adjectives among them as event triggers ("piracy", "suspicion", "DUI", "dead"), beside its own hand-written
 * list of event nouns; verbs are triggers anyway. ECB+ dev is never read.
 *
 * <p>A lemma is kept when it is marked at least {@link #MINIMUM_TRIGGERS} times, in at least {@link #MINIMUM_SHARE} of
 * its uses, in at least {@link #MINIMUM_TOPICS} topics (so that one topic's story words, such as a ship's name, do not
 * become events), has three letters or more and is no function word.
 */
public final class EventWordLexicon {

    /** The fewest gold trigger uses a lemma needs. */
    public static final int MINIMUM_TRIGGERS = 3;

    /** The least share of a lemma's uses in annotated sentences that must be gold triggers. */
    public static final double MINIMUM_SHARE = 0.5;

    /** The fewest topics a lemma must be a trigger in. */
    public static final int MINIMUM_TOPICS = 2;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "was", "were", "has", "had", "have",
            "been", "being", "are", "his", "her", "its", "their", "who", "which", "that", "this", "with", "from", "not",
            "out", "off", "into", "onto", "upon", "after", "before", "will", "would", "could", "should", "may", "might");

    private EventWordLexicon() {
    }

    /**
     * One kept lemma.
     *
     * @param lemma    lower case
     * @param triggers its uses inside a gold event mention
     * @param uses     its uses in the annotated sentences
     * @param topics   the topics it is a trigger in
     */
    public record Entry(String lemma, int triggers, int uses, int topics) {

        public Entry {
            Objects.requireNonNull(lemma, "lemma");
            if (triggers < 0 || uses < triggers || topics < 0) {
                throw new IllegalArgumentException(lemma + ": counts out of order");
            }
        }

        /** The share of its uses that are gold triggers. */
        public double share() {
            return uses == 0 ? 0 : (double) triggers / uses;
        }
    }

    /** The kept lemmas of the ECB+ documents in {@code root/train} (or {@code root} itself), alphabetically. */
    public static List<Entry> derive(Path root) {
        EcbCorpus corpus = EcbCorpus.read(StoryBenchmark.splitFolder(root, "train"));
        EcbSentenceFilter sentences = corpus.sentences().orElseThrow(() -> new IllegalArgumentException(
                root + ": no " + EcbSentenceFilter.FILE_NAME + " beside the documents"));
        Morphology morphology = new Morphology();
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Set<Integer>> topics = new HashMap<>();
        for (EcbDocument document : corpus.documents()) {
            Set<Integer> triggerTokens = new java.util.HashSet<>();
            for (EcbMarkable mention : document.mentions()) {
                if (mention.type().isEvent() && mention.tokens().size() == 1 && sentences.annotated(document, mention)) {
                    triggerTokens.addAll(mention.tokens());
                }
            }
            Set<Integer> annotated = sentences.sentences(document);
            for (EcbToken token : document.tokens()) {
                if (!annotated.contains(token.sentence())) {
                    continue;
                }
                String word = token.text().toLowerCase(Locale.ROOT);
                if (word.length() < 3 || !word.chars().allMatch(Character::isLetter) || FUNCTION_WORDS.contains(word)) {
                    continue;
                }
                String lemma = morphology.stem(word);
                int[] count = counts.computeIfAbsent(lemma, key -> new int[2]);
                count[1]++;
                if (triggerTokens.contains(token.id())) {
                    count[0]++;
                    topics.computeIfAbsent(lemma, key -> new java.util.HashSet<>()).add(document.topic());
                }
            }
        }
        List<Entry> kept = new ArrayList<>();
        counts.forEach((lemma, count) -> {
            Entry entry = new Entry(lemma, count[0], count[1], topics.getOrDefault(lemma, Set.of()).size());
            if (entry.triggers() >= MINIMUM_TRIGGERS && entry.share() >= MINIMUM_SHARE && entry.topics() >= MINIMUM_TOPICS) {
                kept.add(entry);
            }
        });
        return kept;
    }

    /** Writes the lexicon as the event stage reads it: a provenance comment, then {@code lemma TAB triggers TAB uses TAB topics}. */
    public static void write(List<Entry> entries, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.format(Locale.ROOT, "# Event words of ECB+ train (parallax train event-words): lemmas marked as"
                    + " event triggers in >= %d uses, >= %.0f%% of their uses in the annotated sentences, in >= %d topics."
                    + " ECB+ is CC BY 3.0 (Cybulska and Vossen 2014). Columns: lemma, trigger uses, uses, topics.%n",
                    MINIMUM_TRIGGERS, MINIMUM_SHARE * 100, MINIMUM_TOPICS));
            for (Entry entry : entries) {
                out.write(entry.lemma() + "\t" + entry.triggers() + "\t" + entry.uses() + "\t" + entry.topics() + "\n");
            }
        }
    }
}
