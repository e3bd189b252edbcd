package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.crossarticle.stories.Vectors;
import org.parallax.model.Span;

/**
 * An article made ready for stance judgements: its first {@link StanceInputs#MOST_SENTENCES}
 * sentences with their words and sentence embeddings, computed once however many claims it is
 * checked against. Made by {@link StanceInputs#article}.
 */
public final class PreparedArticle {

    private final String text;
    private final List<Span> sentences;
    private final List<StanceWords.Words> words;
    private final List<float[]> vectors;
    private final float[] centroid;
    private final List<int[]> cues;

    /** Kinds of cue words counted per sentence ({@link #cues}). */
    static final int CUE_KINDS = 6;

    PreparedArticle(String text, List<Span> sentences, List<float[]> vectors) {
        this.text = Objects.requireNonNull(text, "text");
        this.sentences = List.copyOf(sentences);
        if (vectors.size() != sentences.size()) {
            throw new IllegalArgumentException(vectors.size() + " embeddings for " + sentences.size() + " sentences");
        }
        this.vectors = List.copyOf(vectors);
        List<StanceWords.Words> all = new ArrayList<>(sentences.size());
        for (Span sentence : sentences) {
            all.add(StanceWords.of(sentence.coveredText(text)));
        }
        this.words = List.copyOf(all);
        List<int[]> counted = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            StanceWords.Words sentence = all.get(i);
            String covered = sentences.get(i).coveredText(text);
            counted.add(new int[] {sentence.count(StanceWords.HEDGING), sentence.count(StanceWords.REFUTING),
                sentence.count(StanceWords.NEGATING), sentence.count(StanceWords.REPORTING),
                sentence.count(StanceWords.CONFIRMING), covered.indexOf('"') >= 0 || covered.indexOf('“') >= 0 ? 1 : 0});
        }
        this.cues = List.copyOf(counted);
        this.centroid = Vectors.centroid(vectors, vectors.isEmpty() ? 0 : vectors.get(0).length);
    }

    /** The article's text, into which {@link #sentences()} point. */
    public String text() {
        return text;
    }

    /** The sentences judged, in text order. */
    public List<Span> sentences() {
        return sentences;
    }

    List<StanceWords.Words> words() {
        return words;
    }

    List<float[]> vectors() {
        return vectors;
    }

    /**
     * The cue words of sentence {@code index}, counted once for every claim it is judged against: hedging, refuting,
     * negating, reporting and confirming words, and whether it quotes (1 or 0).
     */
    int[] cues(int index) {
        return cues.get(index).clone();
    }

    float[] centroid() {
        return centroid;
    }
}
