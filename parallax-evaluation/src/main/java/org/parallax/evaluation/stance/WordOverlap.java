package org.parallax.evaluation.stance;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-overlap feature of the FNC-1 baseline (Pomerleau and Rao, fnc-1-baseline): the Jaccard
 * overlap of the lower-cased word sets of headline and body; the baseline here calls a pair related
 * when it reaches a threshold tuned on the training part.
 */
final class WordOverlap {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A pair's overlap and whether it is related. */
    record Labelled(double overlap, boolean related) {
    }

    private WordOverlap() {
    }

    static double of(String headline, String body) {
        Set<String> a = words(headline);
        Set<String> b = words(body);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** The threshold that maximises the FNC-1 score when related pairs are all called discuss. */
    static double bestThreshold(List<Labelled> pairs) {
        double best = 0;
        double bestScore = -1;
        for (int step = 0; step <= 200; step++) {
            double threshold = step / 1000.0;
            double score = 0;
            for (Labelled pair : pairs) {
                boolean called = pair.overlap() >= threshold;
                if (pair.related() && called) {
                    score += 0.25;
                } else if (!pair.related() && !called) {
                    score += 0.25;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = threshold;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
