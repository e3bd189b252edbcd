package org.parallax.evaluation.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares an extracted text with its ground truth the way the public article-extraction-benchmark
 * (Zyte/Scrapinghub, {@code evaluate.py}) does, so that our figures can stand beside the published
 * ones.
 *
 * <ul>
 *   <li><b>Tokens</b>: maximal runs of word characters, i.e. Unicode letters, Unicode numbers and
 *       the underscore ({@code [\p{L}\p{N}_]+}), which is what Python's {@code \w+} matches on
 *       {@code str}. Case is kept (the benchmark does not fold case); punctuation and whitespace only
 *       separate tokens, so paragraph breaks do not matter.</li>
 *   <li><b>Shingles</b>: every run of {@code n} consecutive tokens (n = 4 by default). A text with
 *       fewer than {@code n} tokens but at least one yields a single, shorter shingle made of all its
 *       tokens; a text without tokens yields no shingle.</li>
 *   <li><b>Matching</b>: shingles are counted as a multiset: a shingle that occurs twice in the
 *       prediction and once in the truth gives one true positive and one false positive.</li>
 *   <li><b>Normalisation</b>: tp, fp and fn are divided by their sum so that every page weighs the
 *       same; two texts without any shingle give {@link ShingleScore#BOTH_EMPTY} (precision and
 *       recall 1 on that page, and the page takes part in neither mean: see
 *       {@link ShingleScore#hasPrediction()}).</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ShingleScorer {

    /** The shingle length of the published benchmark. */
    public static final int DEFAULT_SHINGLE_LENGTH = 4;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final int shingleLength;

    /** A scorer over 4-token shingles, as the published benchmark. */
    public ShingleScorer() {
        this(DEFAULT_SHINGLE_LENGTH);
    }

    /**
     * A scorer over shingles of the given number of tokens.
     *
     * @param shingleLength tokens per shingle, at least 1
     */
    public ShingleScorer(int shingleLength) {
        if (shingleLength < 1) {
            throw new IllegalArgumentException("shingle length must be at least 1: " + shingleLength);
        }
        this.shingleLength = shingleLength;
    }

    /**
     * Scores one prediction against its ground truth.
     *
     * @param truth      the ground-truth text; {@code null} counts as empty
     * @param prediction the extracted text; {@code null} counts as empty (nothing extracted)
     * @return normalised true-positive, false-positive and false-negative shingle fractions
     */
    public ShingleScore score(String truth, String prediction) {
        Map<String, Integer> truthShingles = shingles(truth);
        Map<String, Integer> predictedShingles = shingles(prediction);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> entry : predictedShingles.entrySet()) {
            int predicted = entry.getValue();
            int expected = truthShingles.getOrDefault(entry.getKey(), 0);
            tp += Math.min(predicted, expected);
            fp += Math.max(0, predicted - expected);
        }
        for (Map.Entry<String, Integer> entry : truthShingles.entrySet()) {
            int expected = entry.getValue();
            int predicted = predictedShingles.getOrDefault(entry.getKey(), 0);
            fn += Math.max(0, expected - predicted);
        }
        double sum = tp + fp + fn;
        if (sum == 0) {
            return ShingleScore.BOTH_EMPTY;
        }
        return new ShingleScore(tp / sum, fp / sum, fn / sum);
    }

    /**
     * Splits a text into the benchmark's tokens.
     *
     * @param text any text; {@code null} counts as empty
     * @return the tokens in order, case kept
     */
    public static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /**
     * The multiset of shingles of a text, each shingle written as its tokens joined by one space
     * (tokens never contain a space, so this is unambiguous).
     *
     * @param text any text; {@code null} counts as empty
     * @return shingle to number of occurrences
     */
    public Map<String, Integer> shingles(String text) {
        List<String> tokens = tokenize(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(1, tokens.size() - shingleLength + 1);
        for (int i = 0; i < last; i++) {
            String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + shingleLength)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }
}
