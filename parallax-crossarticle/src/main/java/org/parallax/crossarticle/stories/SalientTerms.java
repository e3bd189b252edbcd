package org.parallax.crossarticle.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.crossarticle.stories.ArticleProfile.Weighted;

/**
 * Weighs terms (resolved entities, words) for the story finder: each article's weight of a term is
 * {@code (1 + ln count) × (1 + ln((1 + articles) / (1 + articles using it)))} (sublinear tf-idf
 * with smoothed idf), only terms another article uses count (a term of one article cannot make two
 * alike, only dilute its vector), each article keeps its {@code limit} heaviest terms, and the
 * vector is normalised.
 */
final class SalientTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]{2,}|\\p{N}[\\p{N}.,]*\\p{N}");

    private SalientTerms() {
    }

    /**
     * The weighted vector of one article of a corpus of {@code articles}, from how often it uses each term
     * and how many articles use each ({@code users}).
     */
    static Weighted weighOne(Map<Integer, Integer> article, IntUnaryOperator users, int articles, int limit) {
        List<Map.Entry<Integer, Double>> weighted = new ArrayList<>();
        article.forEach((term, count) -> {
            int using = users.applyAsInt(term);
            if (using > 1) {
                weighted.add(Map.entry(term, (1 + Math.log(count)) * (1 + Math.log((1.0 + articles) / (1 + using)))));
            }
        });
        weighted.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<Integer, Double>> kept = new ArrayList<>(weighted.subList(0, Math.min(limit, weighted.size())));
        kept.sort(Map.Entry.comparingByKey());
        int[] indexes = new int[kept.size()];
        float[] weights = new float[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            indexes[i] = kept.get(i).getKey();
            weights[i] = kept.get(i).getValue().floatValue();
        }
        return new Weighted(indexes, Vectors.normalized(weights));
    }

    /** The words of a text (lower case; words of three letters or more, numbers of two digits or more), in order of first use, with how often it uses each. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            counts.merge(word.group().toLowerCase(Locale.ROOT).replace('’', '\''), 1, Integer::sum);
        }
        return counts;
    }
}
