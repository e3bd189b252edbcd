package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.EventFinder;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.ArticleEventMention;
import org.parallax.model.CalendarValue;
import org.parallax.model.Event;
import org.parallax.model.EventDate;
import org.parallax.model.Evidence;

/**
 * Events from the words that report them: each time expression of a sentence that dates some of the
 * sentence's event mentions (trigger words, dated by the language layer from the clause they stand in)
 * to a month, a week or a day, in a sentence that names a person, organisation or place, reports an
 * event (what: those mentions; who: the entities named in its core; when: the time expression's TIMEX3
 * value; where: a place named after "in" or "at"). Each event keeps its mentions ({@link Event#mentions()}),
 * several events may share a sentence. Reports of
 * one event, in one article or several, are merged by {@link EventMatching} (compatible dates,
 * overlapping participants, overlapping wording), with blocking so the work stays near-linear.
 *
 * <p>Within an article, a later sentence that refers back to an event ("The phone call took place
 * just days after ...", "Bennett said in the call that ...") is another report of it, dated as the
 * report it refers to (see {@link EventCandidates}); across articles such reports then match like
 * any other.
 *
 * <p>Every date a report gives is kept in {@link Event#dates()}, with its evidence; the event's
 * {@link Event#date()} is the value most reports give, ties going to the earliest-published
 * report. Its summary is the earliest-published report giving that date, in the article's words:
 * the sentence, less a trailing attribution when the event is told from the sentence's start.
 * Its participants are the entities its reports name, and whoever a report credits with it (the
 * speaker of "Bennett said in the call ..."): those of the summary's report first, in its order,
 * then the others, the most often named first. Events come in timeline order: by date, a month
 * before the days in it, undated last, then by their first report.
 *
 * <p>What it cannot do: a sentence that speaks of an event without a date and without a definite
 * event noun ("They spoke again afterwards") reports nothing; years alone, seasons and vague times
 * ("recently") date no event on the timeline (a mention keeps such a date as its own).
 */
public final class SentenceEventFinder implements EventFinder {

    private static final Comparator<EventCandidate> FIRST_REPORT = Comparator
            .comparing((EventCandidate c) -> c.published().orElse(LocalDate.MAX))
            .thenComparingInt(EventCandidate::order)
            .thenComparing(c -> c.sentence().span());

    private final EventMerger merger;
    private final MentionPairScorer scorer;
    private final Optional<TextEmbedder> embedder;
    private final int minimumArticles;

    /** Dated events as {@link EventMatching#standard()} merges them; undated ones by the untrained overlap rule. */
    public SentenceEventFinder() {
        this(EventMatching.standard());
    }

    /** Dated events as {@code matching} merges them; undated ones by the untrained overlap rule. */
    public SentenceEventFinder(EventMatching matching) {
        this(matching, MentionPairScorer.overlaps(), Optional.empty(), 2);
    }

    /**
     * @param matching        how dated reports merge
     * @param scorer          how undated event mentions are compared ({@link MentionEvents})
     * @param embedder        the sentence embedder, required when the scorer reads embeddings
     * @param minimumArticles the fewest articles an undated event's mentions come from (1: events within one article too)
     */
    public SentenceEventFinder(EventMatching matching, MentionPairScorer scorer, Optional<TextEmbedder> embedder,
            int minimumArticles) {
        this.merger = new EventMerger(Objects.requireNonNull(matching, "matching"));
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (scorer.needsEmbeddings() && embedder.isEmpty()) {
            throw new IllegalArgumentException("the event pair scorer reads sentence embeddings: give it an embedder");
        }
        if (minimumArticles < 1) {
            throw new IllegalArgumentException("an event comes from one article at least, not " + minimumArticles);
        }
        this.minimumArticles = minimumArticles;
    }

    /** The standard finder: undated event mentions joined by the shipped {@link EventPairModel}. */
    public static SentenceEventFinder trained(TextEmbedder embedder) {
        return new SentenceEventFinder(EventMatching.standard(), EventPairModel.standard(), Optional.of(embedder),
                STANDARD_MINIMUM_ARTICLES);
    }

    /** The fewest articles an undated event of the standard finder comes from. */
    static final int STANDARD_MINIMUM_ARTICLES = 2;

    @Override
    public List<Event> find(List<AnalyzedArticle> articles, EntityResolution entities) {
        List<EventCandidate> candidates = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        List<EventMentionPairs.ArticleMentions> undated = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            ArticleEventReports reports = reports(articles.get(i), i, entities);
            int offset = candidates.size();
            reports.links().forEach(link -> links.add(new int[] {offset + link[0], offset + link[1]}));
            candidates.addAll(reports.candidates());
            undated.add(reports.undated());
        }
        List<List<EventCandidate>> groups = new ArrayList<>();
        for (List<Integer> group : merger.merge(candidates, links)) {
            groups.add(group.stream().map(candidates::get).toList());
        }
        List<Event> events = new ArrayList<>(datedEvents(groups));
        events.addAll(undatedEvents(undated, events.size() + 1));
        return events;
    }

    /**
     * What article {@code article} gives the finder, a function of the article alone (given the resolution): its dated
     * reports ({@link EventCandidates}) and its candidate mentions for undated events, those of its dated reports left
     * out (a dated event holds every dated report's mentions).
     *
     * @param order the article's place in the corpus (the order reports are put in)
     */
    public ArticleEventReports reports(AnalyzedArticle article, int order, EntityResolution entities) {
        EventCandidates.Reports reports = EventCandidates.of(article, order, entities);
        Set<String> held = new HashSet<>();
        reports.candidates().forEach(candidate -> candidate.mentions().forEach(mention -> held.add(
                MentionEvents.key(candidate.article(), mention.span()))));
        return new ArticleEventReports(reports.candidates(), reports.links(),
                EventMentionPairs.mentionsOf(article, entities, held));
    }

    /** How dated reports are blocked and paired ({@link EventMerger#blockKeys}, {@link EventMerger#pairBlock}). */
    public EventMerger merger() {
        return merger;
    }

    /**
     * The dated events of the merged reports, in timeline order and numbered {@code v1}, {@code v2}, ...: each group of
     * reports one event (the connected groups of {@link EventMerger}), the groups in order of their first report in
     * the corpus and each group's reports in corpus order.
     */
    public List<Event> datedEvents(List<List<EventCandidate>> merged) {
        List<List<EventCandidate>> groups = new ArrayList<>(merged.size());
        for (List<EventCandidate> group : merged) {
            List<EventCandidate> reports = new ArrayList<>(group);
            reports.sort(FIRST_REPORT);
            groups.add(reports);
        }
        groups.sort(Comparator.comparing((List<EventCandidate> reports) -> date(reports))
                .thenComparing(reports -> reports.get(0), FIRST_REPORT));
        List<Event> events = new ArrayList<>(groups.size());
        for (List<EventCandidate> reports : groups) {
            events.add(event("v" + (events.size() + 1), reports));
        }
        return events;
    }

    /**
     * The undated events of articles' candidate mentions ({@link ArticleEventReports#undated}, in corpus order), numbered
     * from {@code v<firstId>} ({@link MentionEvents}). Given the shares of one word family only
     * ({@link EventMentionPairs.ArticleMentions#byFamily}), they are that family's events, in the order the whole
     * corpus gives them ({@link EventMentionPairs#forScorer(List, MentionPairScorer, Optional)}).
     */
    public List<Event> undatedEvents(List<EventMentionPairs.ArticleMentions> articles, int firstId) {
        return MentionEvents.find(EventMentionPairs.forScorer(articles, scorer, embedder), scorer, minimumArticles, firstId);
    }

    /**
     * The mentions that {@link #undatedEvents} would embed over these articles' candidate mentions (none without an
     * embedder), each as its article's place among them and its report ({@link EventMentionPairs#embeddedFor}).
     */
    public List<Map.Entry<Integer, EventMentionPairs.Report>> mentionsToEmbed(List<EventMentionPairs.ArticleMentions> articles) {
        return embedder.isEmpty() ? List.of() : EventMentionPairs.embeddedFor(articles, scorer);
    }

    private static Event event(String id, List<EventCandidate> reports) {
        CalendarValue date = date(reports);
        EventCandidate first = reports.stream().filter(report -> report.date().equals(date)).findFirst().orElseThrow();
        Set<EventDate> dates = new LinkedHashSet<>();
        Set<Evidence> evidence = new LinkedHashSet<>();
        Set<ArticleEventMention> mentions = new LinkedHashSet<>();
        Map<String, Integer> participants = new LinkedHashMap<>();
        Map<String, Integer> places = new LinkedHashMap<>();
        for (EventCandidate report : reports) {
            dates.add(new EventDate(report.date().value(), report.dateEvidence()));
            evidence.add(report.sentence());
            report.mentions().forEach(mention -> mentions.add(new ArticleEventMention(report.article(), mention)));
            report.cast().forEach(participant -> participants.merge(participant, 1, Integer::sum));
            report.place().ifPresent(place -> places.merge(place, 1, Integer::sum));
        }
        Set<String> cast = new LinkedHashSet<>(first.cast());
        participants.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> cast.add(entry.getKey()));
        Optional<String> place = places.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
        return new Event(id, Optional.of(date.value()), List.copyOf(dates), first.summary(), List.copyOf(cast), place, List.copyOf(evidence),
                List.copyOf(mentions));
    }

    /** The date most reports give; ties go to the earliest-published report's date. */
    private static CalendarValue date(List<EventCandidate> reports) {
        Map<CalendarValue, Integer> counts = new LinkedHashMap<>();
        reports.forEach(report -> counts.merge(report.date(), 1, Integer::sum));
        int most = counts.values().stream().max(Integer::compare).orElseThrow();
        return reports.stream().map(EventCandidate::date).filter(date -> counts.get(date) == most).findFirst().orElseThrow();
    }
}
