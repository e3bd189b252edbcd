package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.Event;
import org.parallax.model.EventMention;
import org.parallax.model.Evidence;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * Events that articles report without a date: the event mentions (trigger words) of the language layer that
 * no dated event holds, joined across articles when they report one event. Mentions are compared only
 * inside a block of one lemma ("attacked" and "the attack" share the lemma {@code attack}), so the work grows
 * with the mentions times a bounded number of clusters ({@value #CLUSTERS_COMPARED}, the latest of the block), not with the
 * square of the corpus. Inside a block a
 * mention joins the cluster whose members it matches best on average (average linkage, so that one bridging
 * mention cannot chain two events), when that average reaches {@link #THRESHOLD}; the pair score is the mean of
 * <ul>
 *   <li>the overlap of the entities named in the two sentences (resolved across articles, Jaccard);</li>
 *   <li>the overlap of the two sentences' content stems (Jaccard);</li>
 *   <li>the overlap of the entities the two articles name (Jaccard): reports of one event share its cast.</li>
 * </ul>
 * Two mentions in articles published more than {@link #DAYS_APART} days apart never match (compatible time).
 * Mentions of reporting and light verbs ({@link #LIGHT}: "said", "had", "made") are left out. Only clusters with
 * mentions in at least two articles become events: an undated mention of one article alone adds nothing the
 * article does not say. The weights are equal (not learnt) and the threshold was chosen on ECB+ train
 * ({@code parallax bench events ../shared/bench/ecbplus --set train}, thresholds 0.05 to 0.3, with and without a
 * required shared participant or least word overlap: the plain mean at 0.1 scored best); dev was not used to choose.
 */
final class MentionEvents {

    /** Least mean pair score for a mention to join a cluster (chosen on ECB+ train). */
    static final double THRESHOLD = 0.1;

    /**
     * Lemmas that say little of what happened on their own: reporting and light verbs ("said", "had", "made"), whose
     * mentions across articles are mostly different acts.
     */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "tell", "make", "take", "get", "go", "come",
            "give", "put", "add", "report", "see", "know", "think", "want", "need", "become", "include", "use", "try",
            "help", "continue", "begin", "start", "seem", "appear", "keep", "let", "ask", "show", "find", "leave");

    /**
     * Most days between the publication of two articles whose undated mentions may report one event: without a date of
     * its own, a report is taken to be of recent news (where either date is unknown, the dates do not decide).
     */
    static final int DAYS_APART = 3;

    /** Most clusters of a block a mention is compared with: the latest ones, so that the work stays linear in the mentions. */
    private static final int CLUSTERS_COMPARED = 200;

    /** Most members of a cluster a mention is compared with: the first ones, which keeps one comparison bounded. */
    private static final int MEMBERS_COMPARED = 30;

    private MentionEvents() {
    }

    /** One event mention with what the comparison needs. */
    private record Report(int article, Optional<LocalDate> published, EventMention mention, Span sentence, Set<String> participants,
            Set<String> words) {
    }

    /**
     * The undated events of the articles.
     *
     * @param articles the articles, in the order the other events number them
     * @param entities entities resolved across articles
     * @param held     the mentions dated events already hold, as {@link #key} gives them
     * @param firstId  the number the first new event's id ({@code v<n>}) takes
     */
    static List<Event> find(List<AnalyzedArticle> articles, EntityResolution entities, Set<String> held, int firstId) {
        List<Set<String>> casts = new ArrayList<>();
        Map<String, List<Report>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle article = articles.get(i);
            String id = article.article().id();
            List<Span> sentences = ArticleSentences.of(article.article());
            Set<String> cast = new HashSet<>();
            article.annotations().mentions().forEach(mention -> resolved(entities, mention).ifPresent(cast::add));
            casts.add(cast);
            for (EventMention mention : article.annotations().events()) {
                if (held.contains(key(id, mention.span())) || LIGHT.contains(mention.lemma())) {
                    continue;
                }
                Optional<Span> sentence = ArticleSentences.containing(sentences, mention.span());
                if (sentence.isEmpty()) {
                    continue;
                }
                Set<String> participants = new HashSet<>();
                for (Mention name : article.annotations().mentions()) {
                    if (sentence.get().contains(name.span())) {
                        resolved(entities, name).ifPresent(participants::add);
                    }
                }
                blocks.computeIfAbsent(mention.lemma(), key -> new ArrayList<>()).add(new Report(i, article.article().published(), mention, sentence.get(),
                        participants, ContentWords.of(sentence.get().coveredText(article.article().text()))));
            }
        }
        List<Event> events = new ArrayList<>();
        for (List<Report> block : blocks.values()) {
            for (List<Report> cluster : cluster(block, casts)) {
                if (cluster.stream().map(Report::article).distinct().count() >= 2) {
                    events.add(event("v" + (firstId + events.size()), cluster, articles));
                }
            }
        }
        return events;
    }

    /** A mention's key in {@code held}: its article and its characters (its date may differ from the language layer's). */
    static String key(String article, Span span) {
        return article + '@' + span.begin() + '-' + span.end();
    }

    private static List<List<Report>> cluster(List<Report> block, List<Set<String>> casts) {
        List<List<Report>> clusters = new ArrayList<>();
        for (Report report : block) {
            List<Report> best = null;
            double bestScore = THRESHOLD;
            for (int c = clusters.size() - 1; c >= Math.max(0, clusters.size() - CLUSTERS_COMPARED); c--) {
                List<Report> cluster = clusters.get(c);
                double sum = 0;
                int compared = Math.min(cluster.size(), MEMBERS_COMPARED);
                for (int i = 0; i < compared; i++) {
                    sum += score(report, cluster.get(i), casts);
                }
                double mean = sum / compared;
                if (mean >= bestScore) {
                    bestScore = mean;
                    best = cluster;
                }
            }
            if (best == null) {
                best = new ArrayList<>();
                clusters.add(best);
            }
            best.add(report);
        }
        return clusters;
    }

    static double score(Report a, Report b, List<Set<String>> casts) {
        if (a.published().isPresent() && b.published().isPresent()
                && Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())) > DAYS_APART) {
            return 0;
        }
        return (EventMatching.jaccard(a.participants(), b.participants()) + EventMatching.jaccard(a.words(), b.words())
                + EventMatching.jaccard(casts.get(a.article()), casts.get(b.article()))) / 3;
    }

    private static Event event(String id, List<Report> reports, List<AnalyzedArticle> articles) {
        Map<String, Integer> participants = new LinkedHashMap<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        List<ArticleEventMention> mentions = new ArrayList<>();
        for (Report report : reports) {
            String article = articles.get(report.article()).article().id();
            evidence.add(new Evidence(article, report.sentence()));
            mentions.add(new ArticleEventMention(article, report.mention()));
            report.participants().forEach(participant -> participants.merge(participant, 1, Integer::sum));
        }
        Report first = reports.get(0);
        String summary = first.sentence().coveredText(articles.get(first.article()).article().text()).strip();
        List<String> cast = participants.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        return new Event(id, Optional.empty(), List.of(), summary, cast, Optional.empty(), List.copyOf(evidence), mentions);
    }

    private static Optional<String> resolved(EntityResolution entities, Mention mention) {
        return mention.entity().map(local -> entities.resolve(local).orElse(local));
    }
}
