package org.parallax.crossarticle.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.Event;
import org.parallax.model.Evidence;
import org.parallax.model.Span;

/**
 * Events that articles report without a date: the event mentions (trigger words) of the language layer that no dated
 * event holds, joined within and across articles when they report one event. Candidates are the mentions of one block
 * ({@link EventMentionPairs}: a word family, "attacked" and "the attack"); inside a block, clusters are joined by average
 * linkage over the pair scores of a {@link MentionPairScorer} (the trained {@link EventPairModel} in the standard
 * layer), the most alike pair of clusters first, while their mean pair score reaches the scorer's threshold, so that
 * one bridging mention cannot chain two events. A block of more than {@value #MOST_COMPARED} mentions is clustered in
 * consecutive parts of that many (in corpus order), which keeps the work linear in the corpus.
 *
 * <p>Two mentions in articles published more than {@link #DAYS_APART} days apart never match (compatible time).
 * Only clusters of two mentions or more become events, and only those with mentions in at least
 * {@code minimumArticles} articles.
 */
final class MentionEvents {

    /**
     * Most days between the publication of two articles whose undated mentions may report one event: without a date of
     * its own, a report is taken to be of recent news (where either date is unknown, the dates do not decide).
     */
    static final int DAYS_APART = 3;

    /** Most mentions of a block clustered together. */
    static final int MOST_COMPARED = 300;

    private MentionEvents() {
    }

    /**
     * The undated events of the candidate mentions {@code pairs} ({@link EventMentionPairs#forScorer}): the clusters of
     * two mentions or more, with mentions in at least {@code minimumArticles} articles, in the order of {@link #clusters},
     * numbered {@code v<firstId>}, {@code v<firstId + 1>} and on.
     *
     * @param scorer          the pair scorer and its threshold
     * @param minimumArticles the fewest articles an event's mentions come from
     */
    static List<Event> find(EventMentionPairs pairs, MentionPairScorer scorer, int minimumArticles, int firstId) {
        List<Event> events = new ArrayList<>();
        for (List<Integer> cluster : clusters(pairs, scorer)) {
            if (cluster.size() >= 2 && cluster.stream().map(pairs::article).distinct().count() >= minimumArticles) {
                events.add(event("v" + (firstId + events.size()), cluster, pairs));
            }
        }
        return events;
    }

    /** A mention's key in {@code held}: its article and its characters (its date may differ from the language layer's). */
    static String key(String article, Span span) {
        return article + '@' + span.begin() + '-' + span.end();
    }

    /** The clusters of every block's mentions, each in corpus order, by average linkage over the scorer's pair scores. */
    static List<List<Integer>> clusters(EventMentionPairs pairs, MentionPairScorer scorer) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (List<Integer> block : pairs.blocks()) {
            for (int from = 0; from < block.size(); from += MOST_COMPARED) {
                clusters.addAll(averageLinkage(pairs, scorer, block.subList(from, Math.min(block.size(), from + MOST_COMPARED))));
            }
        }
        return clusters;
    }

    private static List<List<Integer>> averageLinkage(EventMentionPairs pairs, MentionPairScorer scorer, List<Integer> part) {
        int n = part.size();
        double[][] sums = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int a = part.get(i);
                int b = part.get(j);
                boolean far = pairs.daysApart(a, b).map(days -> days > DAYS_APART).orElse(false);
                double score = far ? 0 : scorer.score(pairs, a, b);
                sums[i][j] = score;
                sums[j][i] = score;
            }
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        boolean[] gone = new boolean[n];
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = scorer.threshold();
            for (int i = 0; i < n; i++) {
                if (gone[i]) {
                    continue;
                }
                for (int j = i + 1; j < n; j++) {
                    if (gone[j]) {
                        continue;
                    }
                    double mean = sums[i][j] / ((double) members.get(i).size() * members.get(j).size());
                    if (mean >= best) {
                        best = mean;
                        bestA = i;
                        bestB = j;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            members.get(bestA).addAll(members.get(bestB));
            gone[bestB] = true;
            for (int k = 0; k < n; k++) {
                sums[bestA][k] += sums[bestB][k];
                sums[k][bestA] = sums[bestA][k];
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!gone[i]) {
                clusters.add(members.get(i).stream().sorted().map(part::get).toList());
            }
        }
        return clusters;
    }

    private static Event event(String id, List<Integer> cluster, EventMentionPairs pairs) {
        Map<String, Integer> participants = new LinkedHashMap<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        List<ArticleEventMention> mentions = new ArrayList<>();
        for (int index : cluster) {
            EventMentionPairs.Report report = pairs.report(index);
            String article = pairs.article(index);
            evidence.add(new Evidence(article, report.sentence()));
            mentions.add(new ArticleEventMention(article, report.mention()));
            report.participants().forEach(participant -> participants.merge(participant, 1, Integer::sum));
        }
        int first = cluster.get(0);
        String summary = pairs.report(first).sentenceText();
        List<String> cast = participants.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        return new Event(id, Optional.empty(), List.of(), summary, cast, Optional.empty(), List.copyOf(evidence), mentions);
    }
}
