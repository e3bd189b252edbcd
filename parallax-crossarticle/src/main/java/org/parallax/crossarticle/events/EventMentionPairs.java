package org.parallax.crossarticle.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.crossarticle.EntityResolution;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.crossarticle.stories.TextWindow;
import org.parallax.crossarticle.stories.Vectors;
import org.parallax.crossarticle.stories.WindowedEmbedding;
import org.parallax.crossarticle.stories.WindowedText;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.EventMention;
import org.parallax.model.Mention;
import org.parallax.model.Span;

/**
 * The event mentions of a corpus that may report one event across articles, blocked by word family
 * ({@link EventFamilies}: "attacked" and "the attack", "exploded" and "the explosion"), with the features of each
 * candidate pair ({@link #features}, named by {@link #FEATURES}) that the pair scorers read. Mentions of reporting
 * and light verbs ({@code said}, {@code had}, {@code made}) and those a dated event already holds are left out.
 *
 * <p>With an embedder, the mentions of blocks of two or more get the embedding of their trigger in context (the trigger
 * and the words around it, pooled from the token outputs of the model's one run over the sentence: {@link
 * TextEmbedder#embedWindows}), their sentence's embedding (of the same run) and their article's lead embedding; without
 * one those features are 0. The work is one model run per sentence holding such a mention and one per article lead,
 * and the features of pairs inside a block. For a scorer ({@link #forScorer}, as the standard layer builds them) only the
 * mentions with a pair that can reach the scorer's threshold are embedded. Word families may also be joined along their mentions' nearest neighbours
 * ({@link EventNeighbours}; every mention is embedded then), which the standard layer does not do.
 */
public final class EventMentionPairs {

    /** The names of the pair features, in the order of {@link #features}. */
    public static final List<String> FEATURES = List.of("same_lemma", "trigger_window_cosine", "sentence_cosine", "article_cosine",
            "participants_jaccard", "participants_shared", "cast_jaccard", "words_jaccard", "same_article",
            "sentence_distance", "dates_agree", "days_apart", "same_word_class");

    /**
     * Lemmas that say little of what happened on their own: reporting and light verbs ("said", "had", "made"), whose
     * mentions across articles are mostly different acts.
     */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "say", "tell", "make", "take", "get", "go", "come",
            "give", "put", "add", "report", "see", "know", "think", "want", "need", "become", "include", "use", "try",
            "help", "continue", "begin", "start", "seem", "appear", "keep", "let", "ask", "show", "find", "leave");

    /** Words each side of a trigger in its context embedding. */
    private static final int CONTEXT_WORDS = 6;

    /** Sentences of an article's lead, for its embedding. */
    private static final int LEAD_SENTENCES = 3;

    /**
     * One candidate event mention with what comparing it needs from its article: its sentence (span, position among the
     * article's sentences, text without leading and trailing white space), the trigger's window in that text (the trigger
     * and its words each side), the entities named in the sentence and its content stems.
     */
    public record Report(int sentenceIndex, EventMention mention, Span sentence, String sentenceText, TextWindow window,
            Set<String> participants, Set<String> words) {

        public Report {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(sentenceText, "sentenceText");
            Objects.requireNonNull(window, "window");
            participants = Set.copyOf(participants);
            words = Set.copyOf(words);
            if (sentenceIndex < 0) {
                throw new IllegalArgumentException("a sentence's index is at least 0, not " + sentenceIndex);
            }
        }

        /** The word family of the trigger ({@link EventFamilies}): only mentions of one family are compared. */
        public String family() {
            return EventFamilies.of(mention.lemma());
        }
    }

    /**
     * One article's candidate mentions ({@link #mentionsOf}), a function of the article and the resolution alone, with
     * what their pairs read from the article: its id, publication date, the resolved entities it names (its cast) and
     * its lead (the first {@value #LEAD_SENTENCES} sentences, for its embedding).
     *
     * @param reports its candidate mentions, in the order of the language layer's event mentions
     */
    public record ArticleMentions(String article, Optional<LocalDate> published, Set<String> cast, String lead,
            List<Report> reports) {

        public ArticleMentions {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(published, "published");
            cast = Set.copyOf(cast);
            Objects.requireNonNull(lead, "lead");
            reports = List.copyOf(reports);
        }

        /**
         * This article's mentions cut by word family, in order of each family's first mention here: the share of each
         * family's block that the article holds. The {@code Integer} is the place of the family's first mention among
         * {@link #reports}, so that the families of a corpus can be put in the order of their first mention.
         */
        public Map<String, Map.Entry<Integer, ArticleMentions>> byFamily() {
            Map<String, List<Report>> families = new LinkedHashMap<>();
            Map<String, Integer> first = new HashMap<>();
            for (int r = 0; r < reports.size(); r++) {
                String family = reports.get(r).family();
                families.computeIfAbsent(family, key -> new ArrayList<>()).add(reports.get(r));
                first.putIfAbsent(family, r);
            }
            Map<String, Map.Entry<Integer, ArticleMentions>> shares = new LinkedHashMap<>();
            families.forEach((family, share) -> shares.put(family,
                    Map.entry(first.get(family), new ArticleMentions(article, published, cast, lead, share))));
            return shares;
        }
    }

    /** A mention of the corpus: its article (an index into the articles) and its report. */
    private record Entry(int article, Report report) {
    }

    private final List<ArticleMentions> articles;
    private final List<Entry> reports;
    private final List<List<Integer>> blocks;
    private final float[][] contexts;
    private final float[][] sentences;
    private final float[][] leads;

    private EventMentionPairs(List<ArticleMentions> articles, List<Entry> reports, List<List<Integer>> blocks,
            float[][] contexts, float[][] sentences, float[][] leads) {
        this.articles = articles;
        this.reports = reports;
        this.blocks = blocks;
        this.contexts = contexts;
        this.sentences = sentences;
        this.leads = leads;
    }

    /**
     * The candidate mentions of {@code articles}.
     *
     * @param entities entities resolved across articles
     * @param held     mentions to leave out (those dated events hold), as {@link MentionEvents#key} gives them
     * @param embedder the sentence embedder for the similarity features, or empty to leave them 0
     */
    public static EventMentionPairs of(List<AnalyzedArticle> articles, EntityResolution entities, Set<String> held,
            Optional<TextEmbedder> embedder) {
        return of(articles, entities, held, embedder, false);
    }

    /**
     * The candidate mentions of {@code articles}, their word families joined along nearest neighbours by
     * trigger-in-context vector ({@link EventNeighbours}) when {@code neighbours} is true and an embedder is given. The
     * standard layer does not join them: on ECB+ train's tuning topics the joined blocks scored below the families
     * (docs/quality-crossarticle.md); training reports both.
     */
    public static EventMentionPairs of(List<AnalyzedArticle> articles, EntityResolution entities, Set<String> held,
            Optional<TextEmbedder> embedder, boolean neighbours) {
        EventMentionPairs pairs = of(mentionsOf(articles, entities, held));
        if (embedder.isEmpty()) {
            return pairs;
        }
        List<Integer> wanted = new ArrayList<>();
        pairs.blocks.stream().filter(family -> neighbours || family.size() >= 2).forEach(wanted::addAll);
        pairs.embed(embedder.get(), wanted);
        if (!neighbours) {
            return pairs;
        }
        List<List<Integer>> blocks = EventNeighbours.joined(pairs.blocks, pairs.contexts,
                (a, b) -> pairs.daysApart(a, b).map(days -> days <= MentionEvents.DAYS_APART).orElse(true));
        return new EventMentionPairs(pairs.articles, pairs.reports, blocks, pairs.contexts, pairs.sentences, pairs.leads);
    }

    /**
     * The candidate mentions of {@code articles}, embedded only where {@code scorer} may need it: a mention is embedded
     * when one of its candidate pairs ({@link #candidates}) can reach the scorer's threshold whatever the embeddings
     * ({@link MentionPairScorer#highestScore}). The others keep embedding features of 0; each of their pair scores stays
     * below the threshold, as it would with their embeddings, so they join no cluster either way and the clusters of
     * {@link #clusters} are those of the mentions all embedded ({@code Issue9EmbeddingOnDemandTest}). The lead of an
     * article is embedded when one of its mentions is.
     */
    public static EventMentionPairs forScorer(List<AnalyzedArticle> articles, EntityResolution entities, Set<String> held,
            MentionPairScorer scorer, Optional<TextEmbedder> embedder) {
        return forScorer(mentionsOf(articles, entities, held), scorer, embedder);
    }

    /**
     * {@link #forScorer(List, EntityResolution, Set, MentionPairScorer, Optional)} over articles' candidate mentions
     * ({@link #mentionsOf}), in corpus order. Given the shares of one word family only ({@link ArticleMentions#byFamily}),
     * it is that family's block alone, with the pairs, features and embeddings the whole corpus gives it: a block's pairs
     * read only its own mentions and their articles, and a text's embedding is the same in any company (one model run per
     * text), so each family can be clustered apart (the Spark job does, one task per family).
     */
    public static EventMentionPairs forScorer(List<ArticleMentions> articles, MentionPairScorer scorer,
            Optional<TextEmbedder> embedder) {
        EventMentionPairs pairs = of(articles);
        if (embedder.isEmpty() || !scorer.needsEmbeddings()) {
            return pairs;
        }
        pairs.embed(embedder.get(), List.copyOf(needed(pairs, scorer)));
        return pairs;
    }

    /**
     * The mentions that {@link #forScorer(List, MentionPairScorer, Optional)} embeds for {@code scorer} (none when it
     * reads no embeddings), each as its article's place in {@code articles} and its report, in corpus order: the
     * sentence of each is embedded with the windows of its mentions here, and the lead of each article they are in.
     * Lets a caller embed them ahead, article by article (the Spark job, whose word families are clustered in tasks of
     * their own), and hand the vectors in through a cache: a text's embedding is the same in any company.
     */
    public static List<Map.Entry<Integer, Report>> embeddedFor(List<ArticleMentions> articles, MentionPairScorer scorer) {
        if (!scorer.needsEmbeddings()) {
            return List.of();
        }
        EventMentionPairs pairs = of(articles);
        List<Map.Entry<Integer, Report>> wanted = new ArrayList<>();
        for (int index : needed(pairs, scorer)) {
            Entry entry = pairs.reports.get(index);
            wanted.add(Map.entry(entry.article(), entry.report()));
        }
        return wanted;
    }

    /** The mentions with a candidate pair that can reach the scorer's threshold whatever its embeddings, in order. */
    private static Set<Integer> needed(EventMentionPairs pairs, MentionPairScorer scorer) {
        Set<Integer> needed = new TreeSet<>();
        for (int[] pair : pairs.candidates()) {
            if ((!needed.contains(pair[0]) || !needed.contains(pair[1]))
                    && scorer.highestScore(pairs, pair[0], pair[1]) >= scorer.threshold()) {
                needed.add(pair[0]);
                needed.add(pair[1]);
            }
        }
        return needed;
    }

    /** Each article's candidate mentions ({@link #mentionsOf(AnalyzedArticle, EntityResolution, Set)}), in order. */
    private static List<ArticleMentions> mentionsOf(List<AnalyzedArticle> articles, EntityResolution entities, Set<String> held) {
        Objects.requireNonNull(entities, "entities");
        List<ArticleMentions> mentions = new ArrayList<>(articles.size());
        articles.forEach(article -> mentions.add(mentionsOf(article, entities, held)));
        return mentions;
    }

    /**
     * The candidate mentions of one article: its event mentions, less those of reporting and light verbs, those outside
     * any sentence and those in {@code held} (as {@link MentionEvents#key} gives them; only the article's own keys are
     * read).
     */
    public static ArticleMentions mentionsOf(AnalyzedArticle article, EntityResolution entities, Set<String> held) {
        String id = article.article().id();
        String text = article.article().text();
        List<Span> spans = ArticleSentences.of(article.article());
        Set<String> cast = new HashSet<>();
        article.annotations().mentions().forEach(mention -> resolved(entities, mention).ifPresent(cast::add));
        List<Report> reports = new ArrayList<>();
        for (EventMention mention : article.annotations().events()) {
            if (held.contains(MentionEvents.key(id, mention.span())) || LIGHT.contains(mention.lemma())) {
                continue;
            }
            Optional<Span> sentence = ArticleSentences.containing(spans, mention.span());
            if (sentence.isEmpty()) {
                continue;
            }
            Set<String> participants = new HashSet<>();
            for (Mention name : article.annotations().mentions()) {
                if (sentence.get().contains(name.span())) {
                    resolved(entities, name).ifPresent(participants::add);
                }
            }
            String covered = sentence.get().coveredText(text);
            reports.add(new Report(spans.indexOf(sentence.get()), mention, sentence.get(), covered.strip(),
                    window(text, sentence.get(), mention.span()), participants, ContentWords.of(covered)));
        }
        StringBuilder lead = new StringBuilder();
        if (!reports.isEmpty()) {
            spans.stream().limit(LEAD_SENTENCES).forEach(span -> lead.append(span.coveredText(text).strip()).append(' '));
        }
        return new ArticleMentions(id, article.article().published(), cast, lead.toString().strip(), reports);
    }

    /**
     * The pairs of articles' candidate mentions ({@link #mentionsOf}, in corpus order), blocked by word family, the
     * families in order of their first mention; nothing embedded.
     */
    public static EventMentionPairs of(List<ArticleMentions> articles) {
        List<ArticleMentions> copy = List.copyOf(articles);
        List<Entry> reports = new ArrayList<>();
        Map<String, List<Integer>> byFamily = new LinkedHashMap<>();
        for (int i = 0; i < copy.size(); i++) {
            for (Report report : copy.get(i).reports()) {
                byFamily.computeIfAbsent(report.family(), key -> new ArrayList<>()).add(reports.size());
                reports.add(new Entry(i, report));
            }
        }
        List<List<Integer>> families = byFamily.values().stream().map(List::copyOf).toList();
        return new EventMentionPairs(copy, List.copyOf(reports), families, new float[reports.size()][],
                new float[reports.size()][], new float[copy.size()][]);
    }

    /** The wanted mentions' sentence and trigger-in-context vectors (one model run per sentence) and their articles' leads'. */
    private void embed(TextEmbedder embedder, List<Integer> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> bySentence = new LinkedHashMap<>();
        Map<Integer, Integer> leadIndex = new LinkedHashMap<>();
        for (int index : wanted) {
            Entry entry = reports.get(index);
            bySentence.computeIfAbsent(entry.report().sentenceText(), key -> new ArrayList<>()).add(index);
            leadIndex.putIfAbsent(entry.article(), leadIndex.size());
        }
        List<WindowedText> windowed = new ArrayList<>(bySentence.size());
        bySentence.forEach((sentence, indices) -> {
            List<TextWindow> windows = new ArrayList<>(indices.size());
            indices.forEach(index -> windows.add(reports.get(index).report().window()));
            windowed.add(new WindowedText(sentence, windows));
        });
        List<WindowedEmbedding> embedded = embedder.embedWindows(windowed);
        int s = 0;
        for (List<Integer> indices : bySentence.values()) {
            WindowedEmbedding embedding = embedded.get(s++);
            for (int w = 0; w < indices.size(); w++) {
                sentences[indices.get(w)] = embedding.text();
                contexts[indices.get(w)] = embedding.windows().get(w);
            }
        }
        List<String> leadTexts = new ArrayList<>();
        leadIndex.keySet().forEach(article -> leadTexts.add(articles.get(article).lead()));
        List<float[]> leadVectors = embedder.embedAll(leadTexts);
        int l = 0;
        for (int article : leadIndex.keySet()) {
            leads[article] = leadVectors.get(l++);
        }
    }

    /**
     * The trigger with up to {@value #CONTEXT_WORDS} words of its sentence each side (words split at white space), as a
     * window of the sentence's text without its leading and trailing white space.
     */
    static TextWindow window(String text, Span sentence, Span trigger) {
        int from = sentence.begin();
        while (from < sentence.end() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int begin = Math.max(from, Math.min(trigger.begin(), sentence.end()));
        for (int words = 0; words < CONTEXT_WORDS && begin > from; words++) {
            while (begin > from && Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
            while (begin > from && !Character.isWhitespace(text.charAt(begin - 1))) {
                begin--;
            }
        }
        int to = sentence.end();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int end = Math.min(to, Math.max(trigger.end(), begin + 1));
        for (int words = 0; words < CONTEXT_WORDS && end < to; words++) {
            while (end < to && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            while (end < to && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        return new TextWindow(begin - from, Math.max(end, begin + 1) - from);
    }

    /** How many articles the mentions come from. */
    public int articles() {
        return articles.size();
    }

    /** How many candidate mentions there are. */
    public int size() {
        return reports.size();
    }

    /** The id of the article of mention {@code index}. */
    public String article(int index) {
        return articles.get(reports.get(index).article()).article();
    }

    /** The trigger of mention {@code index}. */
    public EventMention mention(int index) {
        return reports.get(index).report().mention();
    }

    /**
     * The candidate blocks, each in corpus order: the mentions of each word family (joined along their mentions' nearest
     * neighbours when asked for, {@link EventNeighbours}); only mentions of one block are candidates for one event.
     */
    public List<List<Integer>> blocks() {
        return blocks;
    }

    /**
     * The mentions clustered as {@link SentenceEventFinder} clusters undated ones: average linkage inside each block over
     * {@code scorer}'s pair scores, up to its threshold (every cluster, singletons too, each in corpus order).
     */
    public List<List<Integer>> clusters(MentionPairScorer scorer) {
        return MentionEvents.clusters(this, scorer);
    }

    /** The pairs of each block that the clustering scores (mentions of one part of a block, published close enough). */
    public List<int[]> candidates() {
        List<int[]> candidates = new ArrayList<>();
        for (List<Integer> block : blocks) {
            for (int from = 0; from < block.size(); from += MentionEvents.MOST_COMPARED) {
                List<Integer> part = block.subList(from, Math.min(block.size(), from + MentionEvents.MOST_COMPARED));
                for (int i = 0; i < part.size(); i++) {
                    for (int j = i + 1; j < part.size(); j++) {
                        int a = part.get(i);
                        int b = part.get(j);
                        if (daysApart(a, b).map(days -> days <= MentionEvents.DAYS_APART).orElse(true)) {
                            candidates.add(new int[] {a, b});
                        }
                    }
                }
            }
        }
        return candidates;
    }

    Report report(int index) {
        return reports.get(index).report();
    }

    /** Days between the publication of the two mentions' articles, when both are known. */
    public Optional<Long> daysApart(int a, int b) {
        return daysApart(reports.get(a), reports.get(b));
    }

    private Optional<Long> daysApart(Entry first, Entry second) {
        Optional<LocalDate> one = articles.get(first.article()).published();
        Optional<LocalDate> other = articles.get(second.article()).published();
        if (one.isEmpty() || other.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Math.abs(ChronoUnit.DAYS.between(one.get(), other.get())));
    }

    /** The overlap of the entities named in the two mentions' sentences, the two sentences' words and the articles' casts. */
    double[] overlaps(int a, int b) {
        Entry first = reports.get(a);
        Entry second = reports.get(b);
        return new double[] {EventMatching.jaccard(first.report().participants(), second.report().participants()),
            EventMatching.jaccard(first.report().words(), second.report().words()),
            EventMatching.jaccard(articles.get(first.article()).cast(), articles.get(second.article()).cast())};
    }

    /** The features of a pair of mentions, in the order of {@link #FEATURES}. */
    public double[] features(int a, int b) {
        Report first = reports.get(a).report();
        Report second = reports.get(b).report();
        int firstArticle = reports.get(a).article();
        int secondArticle = reports.get(b).article();
        double[] overlaps = overlaps(a, b);
        Set<String> shared = new HashSet<>(first.participants());
        shared.retainAll(second.participants());
        boolean sameArticle = firstArticle == secondArticle;
        return new double[] {
            first.mention().lemma().equals(second.mention().lemma()) ? 1 : 0,
            cosine(contexts[a], contexts[b]),
            cosine(sentences[a], sentences[b]),
            sameArticle ? 1 : cosine(leads[firstArticle], leads[secondArticle]),
            overlaps[0],
            Math.min(shared.size(), 5),
            overlaps[2],
            overlaps[1],
            sameArticle ? 1 : 0,
            sameArticle ? Math.min(Math.abs(first.sentenceIndex() - second.sentenceIndex()), 50) : -1,
            datesAgree(first.mention(), second.mention()),
            daysApart(a, b).map(days -> (double) Math.min(days, 365)).orElse(-1.0),
            first.mention().wordClass() == second.mention().wordClass() ? 1 : 0};
    }

    /** 1 when both mentions are dated and one date holds the other ("2008-09" and "2008-09-12"), -1 when they differ, else 0. */
    static double datesAgree(EventMention a, EventMention b) {
        Optional<String> first = a.dating().value();
        Optional<String> second = b.dating().value();
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        return first.get().startsWith(second.get()) || second.get().startsWith(first.get()) ? 1 : -1;
    }

    private static double cosine(float[] a, float[] b) {
        return a == null || b == null ? 0 : Vectors.dot(a, b);
    }

    private static Optional<String> resolved(EntityResolution entities, Mention mention) {
        return mention.entity().map(local -> entities.resolve(local).orElse(local));
    }
}
