package org.parallax.evaluation.coreference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.parallax.evaluation.attribution.LogisticFit;
import org.parallax.evaluation.coreference.EcbGold.GoldMention;
import org.parallax.evaluation.ecbplus.EcbCorpus;
import org.parallax.evaluation.ecbplus.EcbDocument;
import org.parallax.evaluation.ecbplus.EcbSentenceFilter;
import org.parallax.evaluation.ecbplus.EcbText;
import org.parallax.evaluation.ecbplus.EcbToken;
import org.parallax.evaluation.stories.StoryBenchmark;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.ReadingStage;
import org.parallax.language.Stage;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.events.AttachmentModel;
import org.parallax.language.events.EventNounCandidate;
import org.parallax.language.events.EventNounModel;
import org.parallax.language.events.EventStage;
import org.parallax.model.Article;
import org.parallax.model.EventMention;
import org.parallax.model.Span;

/**
 * Trains the event stage's event noun model ({@link EventNounModel}) on ECB+ train (issue 8), one command:
 * {@code parallax train event-nouns ../shared/bench/ecbplus}. Dev is never read.
 *
 * <ol>
 *   <li>Train's documents run through the standard language layer with the event stage's rules alone (no noun model);
 *       its nouns that the rules take as no trigger ({@link EventNounCandidate}, features by
 *       {@code EventNounFeatures}) in the fully annotated sentences ({@link EcbSentenceFilter}) are the examples, an
 *       event when one of its characters lies in a gold {@code ACTION_*} or {@code NEG_ACTION_*} mention.</li>
 *   <li>For each regularisation strength of {@link #STRENGTHS} a logistic regression (Smile's maximum-entropy learner,
 *       features seen at least {@value #MINIMUM_FEATURE_COUNT} times) is fitted on the topics outside the tuning part
 *       (every fifth topic in topic order, as {@link EventPairTraining} keeps them), and the strength and threshold
 *       with the best F1 of the tuning part's examples are kept; the shipped model is fitted on all of train with
 *       them.</li>
 * </ol>
 */
public final class EventNounTraining {

    /** The L2 regularisation strengths tried. */
    public static final List<Double> STRENGTHS = List.of(0.3, 1.0, 3.0, 10.0);

    /** The fewest examples a feature must occur in to get a weight. */
    public static final int MINIMUM_FEATURE_COUNT = 2;

    private static final int MAX_ITERATIONS = 500;

    /** Every this many topics (in topic order) one is kept for tuning. */
    private static final int TUNING_EVERY = 5;

    private EventNounTraining() {
    }

    /**
     * One scored noun of train.
     *
     * @param document the document's name
     * @param topic    its topic
     * @param token    the noun's characters
     * @param features its features
     * @param event    whether it lies in a gold event mention
     */
    record Example(String document, int topic, Span token, List<String> features, boolean event) {

        Example {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(token, "token");
            features = List.copyOf(features);
        }
    }

    /** The trained model and a report of the tuning. */
    public record Result(EventNounModel model, String report) {
    }

    /** One document's gold: which characters lie in annotated sentences and which in gold event mentions. */
    private record Gold(EcbDocument document, boolean[] annotated, boolean[] event, List<GoldMention> mentions) {
    }

    /** Trains the model on the documents of {@code root/train} (or {@code root} itself). */
    public static Result train(java.nio.file.Path root, Consumer<String> log) {
        EcbCorpus corpus = EcbCorpus.read(StoryBenchmark.splitFolder(root, "train"));
        corpus.problems().forEach(problem -> log.accept("problem: " + problem));
        EcbSentenceFilter sentences = corpus.sentences().orElseThrow(() -> new IllegalArgumentException(
                root + ": no " + EcbSentenceFilter.FILE_NAME + " beside the documents"));
        Map<String, Gold> gold = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (EcbDocument document : corpus.documents()) {
            EcbText text = document.text();
            articles.add(EventCoreferenceBenchmark.article(document, text));
            boolean[] annotated = new boolean[text.text().length()];
            boolean[] event = new boolean[text.text().length()];
            Set<Integer> kept = sentences.sentences(document);
            for (EcbToken token : document.tokens()) {
                if (kept.contains(token.sentence())) {
                    text.span(token.id()).ifPresent(span -> mark(annotated, span));
                }
            }
            List<GoldMention> mentions = EcbGold.events(document, text, sentences);
            mentions.forEach(mention -> mention.tokens().forEach(span -> mark(event, span)));
            gold.put(document.name(), new Gold(document, annotated, event, mentions));
        }
        log.accept("annotating ECB+ train (" + articles.size() + " documents) with the event stage's rules alone ...");
        Map<String, Annotated> annotated = annotate(articles);
        List<Example> examples = new ArrayList<>();
        for (Article article : articles) {
            Gold document = gold.get(article.id());
            for (EventNounCandidate noun : annotated.get(article.id()).nouns()) {
                if (any(document.annotated(), noun.token())) {
                    examples.add(new Example(article.id(), document.document().topic(), noun.token(), noun.features(),
                            any(document.event(), noun.token())));
                }
            }
        }
        TreeSet<Integer> topics = new TreeSet<>();
        corpus.documents().forEach(document -> topics.add(document.topic()));
        Set<Integer> tuning = new TreeSet<>();
        int position = 0;
        for (int topic : topics) {
            if (position++ % TUNING_EVERY == TUNING_EVERY - 1) {
                tuning.add(topic);
            }
        }
        List<Example> fit = examples.stream().filter(example -> !tuning.contains(example.topic())).toList();
        List<Example> tune = examples.stream().filter(example -> tuning.contains(example.topic())).toList();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "examples: %d nouns the rules leave out in annotated sentences (%d in gold"
                + " event mentions); fit part %d (%d events), tuning part (topics %s) %d (%d events)%n", examples.size(),
                events(examples), fit.size(), events(fit), tuning, tune.size(), events(tune)));
        double bestStrength = STRENGTHS.get(0);
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (double strength : STRENGTHS) {
            EventNounModel model = fit(fit, strength, 0.5);
            double[] probabilities = tune.stream().mapToDouble(example -> model.probability(example.features())).toArray();
            for (int step = 4; step <= 16; step++) {
                double threshold = step * 0.05;
                double[] scores = detection(tune, probabilities, threshold);
                report.append(String.format(Locale.ROOT, "strength %.1f threshold %.2f: tuning P %.3f R %.3f F1 %.3f%n",
                        strength, threshold, scores[0], scores[1], scores[2]));
                if (scores[2] > bestF1 + 1e-9) {
                    bestF1 = scores[2];
                    bestStrength = strength;
                    bestThreshold = threshold;
                }
            }
        }
        EventNounModel tuned = fit(fit, bestStrength, bestThreshold);
        report.append(String.format(Locale.ROOT, "kept: strength %.1f, threshold %.2f (tuning F1 %.3f)%n", bestStrength,
                bestThreshold, bestF1));
        report.append(coverage(tune, annotated, gold, tuning, tuned));
        EventNounModel model = fit(examples, bestStrength, bestThreshold);
        report.append(String.format(Locale.ROOT, "shipped: fitted on all %d examples, %d weights%n", examples.size(), model.size()));
        report.append("tuning part, nouns the fit-part model takes, most frequent lemmas:");
        Map<String, Integer> taken = new HashMap<>();
        Map<String, Integer> right = new HashMap<>();
        for (Example example : tune) {
            if (tuned.isEvent(example.features())) {
                String lemma = example.features().get(0).substring("lemma=".length());
                taken.merge(lemma, 1, Integer::sum);
                right.merge(lemma, example.event() ? 1 : 0, Integer::sum);
            }
        }
        taken.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(40)
                .forEach(entry -> report.append(' ').append(entry.getKey()).append(' ').append(right.get(entry.getKey()))
                        .append('/').append(entry.getValue()));
        report.append('\n');
        return new Result(model, report.toString());
    }

    /** The language layer's output, the rules' event mentions and the nouns they leave out, of one article. */
    private record Annotated(List<EventMention> mentions, List<EventNounCandidate> nouns) {
    }

    private static Map<String, Annotated> annotate(List<Article> articles) {
        EventStage events = new EventStage(AttachmentModel.standard(AttachmentModel.Scope.SENTENCE),
                AttachmentModel.standard(AttachmentModel.Scope.PASSAGE), Optional.empty());
        Map<String, Annotated> collected = new ConcurrentHashMap<>();
        Stage collector = new ReadingStage("event-noun-candidates", events.requires(), context -> {
            List<EventNounCandidate> nouns = new ArrayList<>();
            List<EventMention> mentions = events.mentions(context, nouns);
            collected.put(context.article().id(), new Annotated(mentions, nouns));
        });
        LanguagePipeline pipeline = LanguagePipelines.standardEndingWith(
                new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false)), collector);
        new AnnotationCache(() -> pipeline, Optional.empty()).annotateAll(articles); // the collector keeps what it reads
        return collected;
    }

    private static EventNounModel fit(List<Example> examples, double strength, double threshold) {
        LogisticFit.Design design = LogisticFit.design(examples.stream().map(Example::features).toList(), MINIMUM_FEATURE_COUNT);
        int[] y = examples.stream().mapToInt(example -> example.event() ? 1 : 0).toArray();
        LogisticFit.Weights weights = LogisticFit.fit(design.names(), design.x(), y, strength, MAX_ITERATIONS);
        return new EventNounModel(weights.weights(), weights.intercept(), threshold);
    }

    /** Precision, recall and F1 of the examples taken at a threshold against their labels. */
    private static double[] detection(List<Example> examples, double[] probabilities, double threshold) {
        int taken = 0;
        int right = 0;
        int events = 0;
        for (int i = 0; i < examples.size(); i++) {
            boolean event = examples.get(i).event();
            events += event ? 1 : 0;
            if (probabilities[i] >= threshold) {
                taken++;
                right += event ? 1 : 0;
            }
        }
        double precision = taken == 0 ? 0 : (double) right / taken;
        double recall = events == 0 ? 0 : (double) right / events;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    /** How many gold event mentions of the tuning topics an event mention covers, by the rules and with the model. */
    private static String coverage(List<Example> tune, Map<String, Annotated> annotated, Map<String, Gold> gold,
            Set<Integer> tuning, EventNounModel model) {
        Map<String, List<Span>> added = new HashMap<>();
        tune.stream().filter(example -> model.isEvent(example.features()))
                .forEach(example -> added.computeIfAbsent(example.document(), key -> new ArrayList<>()).add(example.token()));
        int mentions = 0;
        int byRules = 0;
        int withModel = 0;
        List<Gold> documents = gold.values().stream().filter(document -> tuning.contains(document.document().topic()))
                .sorted(Comparator.comparing(document -> document.document().name())).toList();
        for (Gold document : documents) {
            List<Span> rules = annotated.get(document.document().name()).mentions().stream().map(EventMention::span).toList();
            List<Span> nouns = added.getOrDefault(document.document().name(), List.of());
            for (GoldMention mention : document.mentions()) {
                mentions++;
                boolean covered = covers(rules, mention);
                byRules += covered ? 1 : 0;
                withModel += covered || covers(nouns, mention) ? 1 : 0;
            }
        }
        return String.format(Locale.ROOT, "tuning part: %d gold event mentions, %d covered by the rules' mentions, %d with"
                + " the model's nouns%n", mentions, byRules, withModel);
    }

    private static boolean covers(List<Span> spans, GoldMention mention) {
        return spans.stream().anyMatch(span -> mention.tokens().stream().anyMatch(span::overlaps));
    }

    private static int events(List<Example> examples) {
        return (int) examples.stream().filter(Example::event).count();
    }

    private static void mark(boolean[] characters, Span span) {
        for (int i = span.begin(); i < span.end() && i < characters.length; i++) {
            characters[i] = true;
        }
    }

    private static boolean any(boolean[] characters, Span span) {
        for (int i = span.begin(); i < span.end() && i < characters.length; i++) {
            if (characters[i]) {
                return true;
            }
        }
        return false;
    }
}
