package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.crossarticle.stories.Vectors;

/**
 * The features of one (claim, article) pair that the stance model reads, and the article's
 * sentences ranked by how closely they match the claim (the evidence).
 *
 * <p>Relatedness: how alike the claim's embedding is to the best-matching sentences, the first
 * sentence and the article as a whole (all-MiniLM-L6-v2 cosines), and how much of the claim's
 * stems, stem bigrams and numbers the article and its best sentences repeat. Stance: refuting,
 * hedging, confirming, negating and reporting words in the claim, in the best-matching sentences,
 * in the lead and in the whole article, and whether the best sentence negates where the claim
 * does not. A sentence's match is its cosine plus half the share of the claim's stems it repeats.
 *
 * <p>Alignment ({@link StanceAlignment}), for the best-matching sentence, the second best and the first sentence:
 * the share of the claim's stems and stem pairs it repeats, the claim's stems it leaves out, the hedging, refuting,
 * negating, reporting and confirming words beside the repeated words, a negation there that the claim lacks (or the
 * other way round), opposites of the claim's words, and numbers the claim lacks. And the article's related sentences
 * (repeating a third of the claim's stems, or close in embedding): how many, where the first lies, and what share of
 * them hedge, refute, negate, report, confirm or quote: an article that discusses a claim hedges throughout.
 *
 * @param values    the feature values, in the order of {@link #NAMES}
 * @param ranked    sentence indexes, best match first
 * @param relevance each sentence's match, by sentence index
 */
record StanceFeatures(double[] values, List<Integer> ranked, double[] relevance) {

    /** Best-matching sentences whose cue words count. */
    static final int TOP = 3;
    /** Sentences that make the lead. */
    static final int LEAD = 3;

    private static final List<String> BASE_NAMES = List.of(
            "similarity_best", "similarity_top3", "similarity_second", "similarity_first", "similarity_article",
            "similarity_spread", "sentences_similar", "best_position",
            "stems_in_article", "stems_jaccard", "stems_best_sentence", "stems_top3", "stems_lead", "sentences_overlapping",
            "bigrams_in_article", "bigrams_lead", "bigrams_top3",
            "claim_numbers", "claim_numbers_in_article", "claim_numbers_in_top3", "top3_other_numbers",
            "claim_stems", "article_words_log", "article_sentences",
            "claim_refuting", "claim_hedging", "claim_confirming", "claim_negating", "claim_question",
            "article_refuting", "article_hedging", "article_confirming", "article_negating", "article_reporting",
            "top3_refuting", "top3_hedging", "top3_confirming", "top3_negating", "top3_reporting", "top3_question", "top3_quotes",
            "lead_refuting", "lead_hedging", "lead_confirming", "lead_negating",
            "best_negation_mismatch", "best_refuting", "best_hedging", "refuting_parity");

    /** The sentences whose alignment with the claim is read: the best match, the second best and the first sentence. */
    private static final List<String> ALIGNED_ROLES = List.of("best_", "second_", "first_");

    /**
     * The article's related sentences (repeating a third of the claim's stems, or with a cosine of 0.5 or more): how
     * many, where the first lies, and the share of them with cue words of each kind ({@link PreparedArticle#cues}).
     */
    private static final List<String> RELATED_NAMES = List.of("related_sentences", "related_first_position",
            "related_hedging", "related_refuting", "related_negating", "related_reporting", "related_confirming",
            "related_quoted");

    /** The share of the claim's stems, or the cosine, from which a sentence counts as related. */
    private static final double RELATED_OVERLAP = 1.0 / 3;
    private static final double RELATED_SIMILARITY = 0.5;

    static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>(BASE_NAMES);
        for (String role : ALIGNED_ROLES) {
            StanceAlignment.NAMES.forEach(name -> names.add(role + name));
        }
        names.addAll(RELATED_NAMES);
        for (List<String> group : StanceWords.CUE_GROUPS) {
            names.add("article_cue_" + group.get(0));
        }
        for (List<String> group : StanceWords.CUE_GROUPS) {
            names.add("top3_cue_" + group.get(0));
        }
        for (List<String> group : StanceWords.CUE_GROUPS) {
            names.add("claim_cue_" + group.get(0));
        }
        return List.copyOf(names);
    }

    StanceFeatures {
        if (values.length != NAMES.size()) {
            throw new IllegalArgumentException(values.length + " feature values for " + NAMES.size() + " features");
        }
        values = values.clone();
        ranked = List.copyOf(ranked);
        relevance = relevance.clone();
    }

    static StanceFeatures of(PreparedClaim claim, PreparedArticle article) {
        StanceWords.Words claimWords = claim.words();
        List<StanceWords.Words> sentences = article.words();
        int n = sentences.size();
        double[] similarity = new double[n];
        double[] overlap = new double[n];
        double[] relevance = new double[n];
        for (int i = 0; i < n; i++) {
            similarity[i] = Vectors.dot(claim.vector(), article.vectors().get(i));
            overlap[i] = StanceWords.covered(claimWords.stems(), sentences.get(i).stems());
            relevance[i] = similarity[i] + 0.5 * overlap[i];
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ranked.add(i);
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> -relevance[i]));
        List<Integer> top = ranked.subList(0, Math.min(TOP, n));
        List<Integer> lead = new ArrayList<>();
        for (int i = 0; i < Math.min(LEAD, n); i++) {
            lead.add(i);
        }
        double[] bySimilarity = similarity.clone();
        Arrays.sort(bySimilarity);
        double best = n > 0 ? bySimilarity[n - 1] : 0;
        double second = n > 1 ? bySimilarity[n - 2] : best;
        double top3 = 0;
        for (int i = 0; i < Math.min(TOP, n); i++) {
            top3 += bySimilarity[n - 1 - i];
        }
        top3 = n > 0 ? top3 / Math.min(TOP, n) : 0;
        double mean = 0;
        int similar = 0;
        int overlapping = 0;
        for (int i = 0; i < n; i++) {
            mean += similarity[i] / n;
            similar += similarity[i] >= 0.5 ? 1 : 0;
            overlapping += overlap[i] >= 0.5 ? 1 : 0;
        }
        StanceWords.Words allWords = merge(sentences, allIndexes(n));
        StanceWords.Words topWords = merge(sentences, top);
        StanceWords.Words leadWords = merge(sentences, lead);
        StanceWords.Words bestWords = n > 0 ? sentences.get(ranked.get(0)) : StanceWords.of("");
        int words = allWords.tokens().size();
        double perSentence = Math.max(1, n);
        long otherNumbers = topWords.numbers().stream().filter(number -> !claimWords.numbers().contains(number)).count();
        boolean claimNegates = claimWords.count(StanceWords.NEGATING) > 0;
        boolean bestNegates = bestWords.count(StanceWords.NEGATING) > 0;
        String topText = text(article, top);
        double[] values = {
            best, top3, second, n > 0 ? similarity[0] : 0, n > 0 ? Vectors.dot(claim.vector(), article.centroid()) : 0,
            best - mean, similar, n > 1 && !ranked.isEmpty() ? (double) ranked.get(0) / (n - 1) : 0,
            StanceWords.covered(claimWords.stems(), allWords.stems()), jaccard(claimWords.stems(), allWords.stems()),
            n > 0 ? overlap[ranked.get(0)] : 0, StanceWords.covered(claimWords.stems(), topWords.stems()),
            StanceWords.covered(claimWords.stems(), leadWords.stems()), overlapping,
            StanceWords.covered(claimWords.bigrams(), allWords.bigrams()), StanceWords.covered(claimWords.bigrams(), leadWords.bigrams()),
            StanceWords.covered(claimWords.bigrams(), topWords.bigrams()),
            claimWords.numbers().size(), claimWords.numbers().isEmpty() ? -1 : StanceWords.covered(claimWords.numbers(), allWords.numbers()),
            claimWords.numbers().isEmpty() ? -1 : StanceWords.covered(claimWords.numbers(), topWords.numbers()), otherNumbers,
            claimWords.stems().size(), Math.log1p(words), n,
            claimWords.count(StanceWords.REFUTING), claimWords.count(StanceWords.HEDGING),
            claimWords.count(StanceWords.CONFIRMING), claimWords.count(StanceWords.NEGATING), claim.text().contains("?") ? 1 : 0,
            allWords.count(StanceWords.REFUTING) / perSentence, allWords.count(StanceWords.HEDGING) / perSentence,
            allWords.count(StanceWords.CONFIRMING) / perSentence, allWords.count(StanceWords.NEGATING) / perSentence,
            allWords.count(StanceWords.REPORTING) / perSentence,
            topWords.count(StanceWords.REFUTING), topWords.count(StanceWords.HEDGING), topWords.count(StanceWords.CONFIRMING),
            topWords.count(StanceWords.NEGATING), topWords.count(StanceWords.REPORTING), topText.contains("?") ? 1 : 0,
            quotes(topText),
            leadWords.count(StanceWords.REFUTING), leadWords.count(StanceWords.HEDGING),
            leadWords.count(StanceWords.CONFIRMING), leadWords.count(StanceWords.NEGATING),
            claimNegates != bestNegates ? 1 : 0, bestWords.count(StanceWords.REFUTING), bestWords.count(StanceWords.HEDGING),
            (claimWords.count(StanceWords.REFUTING) + allWords.count(StanceWords.REFUTING)) % 2
        };
        if (values.length != BASE_NAMES.size()) {
            throw new IllegalStateException(values.length + " base feature values for " + BASE_NAMES.size() + " names");
        }
        double[] all = Arrays.copyOf(values, NAMES.size());
        int at = values.length;
        StanceWords.Words none = StanceWords.of("");
        List<StanceWords.Words> aligned = List.of(bestWords, n > 1 ? sentences.get(ranked.get(1)) : none, n > 0 ? sentences.get(0) : none);
        for (StanceWords.Words sentence : aligned) {
            double[] alignment = StanceAlignment.of(claimWords, sentence);
            System.arraycopy(alignment, 0, all, at, alignment.length);
            at += alignment.length;
        }
        at = related(article, similarity, overlap, all, at);
        for (List<String> group : StanceWords.CUE_GROUPS) {
            all[at++] = allWords.countBeginning(group) / perSentence;
        }
        for (List<String> group : StanceWords.CUE_GROUPS) {
            all[at++] = topWords.countBeginning(group);
        }
        for (List<String> group : StanceWords.CUE_GROUPS) {
            all[at++] = claimWords.countBeginning(group);
        }
        return new StanceFeatures(all, ranked, relevance);
    }

    /** Writes the {@link #RELATED_NAMES} values at {@code at}; returns the index after them. */
    private static int related(PreparedArticle article, double[] similarity, double[] overlap, double[] values, int at) {
        int kinds = PreparedArticle.CUE_KINDS;
        int[] withCue = new int[kinds];
        int related = 0;
        int first = -1;
        for (int i = 0; i < similarity.length; i++) {
            if (overlap[i] >= RELATED_OVERLAP || similarity[i] >= RELATED_SIMILARITY) {
                related++;
                first = first < 0 ? i : first;
                int[] cues = article.cues(i);
                for (int kind = 0; kind < kinds; kind++) {
                    withCue[kind] += cues[kind] > 0 ? 1 : 0;
                }
            }
        }
        values[at++] = related;
        values[at++] = first < 0 ? -1 : (double) first / Math.max(1, similarity.length - 1);
        for (int kind = 0; kind < kinds; kind++) {
            values[at++] = related == 0 ? 0 : (double) withCue[kind] / related;
        }
        return at;
    }

    private static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static StanceWords.Words merge(List<StanceWords.Words> sentences, List<Integer> indexes) {
        List<String> tokens = new ArrayList<>();
        List<String> tokenStems = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        Set<String> bigrams = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i : indexes) {
            StanceWords.Words words = sentences.get(i);
            tokens.addAll(words.tokens());
            tokenStems.addAll(words.tokenStems());
            stems.addAll(words.stems());
            bigrams.addAll(words.bigrams());
            numbers.addAll(words.numbers());
        }
        return new StanceWords.Words(tokens, tokenStems, stems, bigrams, numbers);
    }

    private static String text(PreparedArticle article, List<Integer> indexes) {
        StringBuilder text = new StringBuilder();
        for (int i : indexes) {
            text.append(article.sentences().get(i).coveredText(article.text())).append(' ');
        }
        return text.toString();
    }

    private static int quotes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                count++;
            }
        }
        return count;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
