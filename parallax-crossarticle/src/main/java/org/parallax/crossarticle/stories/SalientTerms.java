package org.parallax.crossarticle.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** The weighted vectors of every article, from how often each uses each term. */
    static List<Weighted> weigh(List<Map<Integer, Integer>> counts, int limit) {
        Map<Integer, Integer> frequency = new HashMap<>();
        counts.forEach(article -> article.keySet().forEach(term -> frequency.merge(term, 1, Integer::sum)));
        List<Weighted> vectors = new ArrayList<>(counts.size());
        for (Map<Integer, Integer> article : counts) {
            List<Map.Entry<Integer, Double>> weighted = new ArrayList<>();
            article.forEach((term, count) -> {
                int users = frequency.get(term);
                if (users > 1) {
                    weighted.add(Map.entry(term, (1 + Math.log(count)) * (1 + Math.log((1.0 + counts.size()) / (1 + users)))));
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
            vectors.add(new Weighted(indexes, Vectors.normalized(weights)));
        }
        return vectors;
    }

    /**
     * How often a text uses each word (lower case; words of three letters or more, numbers of two
     * digits or more), the words numbered in {@code dictionary}, which grows as new words come.
     */
    static Map<Integer, Integer> wordCounts(String text, Map<String, Integer> dictionary) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String key = word.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            counts.merge(dictionary.computeIfAbsent(key, k -> dictionary.size()), 1, Integer::sum);
        }
        return counts;
    }
}
