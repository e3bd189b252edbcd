package org.parallax.evaluation.timeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.evaluation.time.GoldEvent;
import org.parallax.evaluation.time.TimeMlDocument;
import org.parallax.evaluation.time.TimeMlReader;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.ReadingStage;
import org.parallax.language.Stage;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.events.AttachmentCandidate;
import org.parallax.language.events.AttachmentCandidates;
import org.parallax.language.events.PassageCandidate;
import org.parallax.model.Span;
import org.parallax.language.events.AttachmentModel;
import org.parallax.language.events.EventStage;
import smile.classification.Maxent;

/**
 * Trains the event stage's {@link AttachmentModel} on TimeBank: {@code parallax train timeline DIR}.
 *
 * <ol>
 *   <li>Every TimeBank and AQUAINT document runs through the language layer (the rules alone date), and each
 *       (trigger, time expression) pair of a sentence with a time expression that may date an event becomes one
 *       example ({@link EventStage#candidates}), labelled by the TLINKs of the gold event its trigger covers (see
 *       {@link #label}), or, for an event that no inclusion TLINK ties to a time expression, by the dates its TLINKs to
 *       other events give it ({@link LinkedDates}); the decisions are scored on the events the benchmark counts
 *       ({@link TimelineBenchmark#counted}) and on those whose linked dates are of that kind ({@link Scored#WITH_LINKED}),
 *       and each model is fit either on the first labels alone or on both ({@link Labels}), whichever the
 *       cross-validation below prefers.</li>
 *   <li>Tuning on TimeBank only, by five-fold cross-validation over its documents (document {@code i} in fold
 *       {@code i % 5}): for each regularisation strength and threshold, the model dates each gold event's trigger the
 *       rules leave undated with its best pair when that pair's probability reaches the threshold ("rules, then the
 *       model"); the setting with the most right dates whose added dates are at least {@value #MIN_PRECISION} precise
 *       wins. The model alone (dating every trigger, the rules' decision one of its features) is reported beside.</li>
 *   <li>The winner is refit on all of TimeBank and written; AQUAINT, held out, is scored once with it.</li>
 * </ol>
 *
 * <p>Reproducible: documents in file-name order, feature indices in sorted name order, fixed folds, L-BFGS without
 * random start (Smile sums gradients in parallel, so the last digits of weights may differ between runs).
 */
public final class TimelineTraining {

    static final double[] STRENGTHS = {0.5, 2.0, 8.0};
    static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    static final double MIN_PRECISION = 0.9;
    /** The passage model's strengths: stronger ones too, for it learns from fewer pairs. */
    static final double[] PASSAGE_STRENGTHS = {0.5, 2.0, 8.0, 32.0};
    /** The fewest added dates whose precision the passage model's tuning trusts. */
    static final int MIN_ADDED = 5;
    static final int FOLDS = 5;
    private static final int MIN_FEATURE_COUNT = 2;
    private static final double TOLERANCE = 1e-5;
    private static final int MAX_ITERATIONS = 300;

    private TimelineTraining() {
    }

    /** What a training run did: its figures, one a line, and the setting written. */
    public record Result(List<String> lines, double strength, double threshold, int features) {

        public Result {
            lines = List.copyOf(lines);
        }

        public String summary() {
            return String.join("\n", lines) + "\n";
        }
    }

    /**
     * One labelled pair.
     *
     * @param trigger  its trigger (the characters, as a key)
     * @param features its features
     * @param byRules  whether the rules date the trigger with this time expression
     * @param positive whether the gold ties the trigger's event to this time expression's value
     * @param counted  whether the event is scored: the benchmark counts it, or (when {@code linked}) the dates its links
     *                 give are of the kind the benchmark counts
     * @param linked   whether its label comes from the event-to-event TLINKs ({@link LinkedDates}): its event has no
     *                 inclusion TLINK of its own to a time expression
     */
    record Example(String trigger, List<String> features, boolean byRules, boolean positive, boolean counted, boolean linked) {
    }

    /** The labelled pairs of one document. */
    record Document(String id, List<Example> examples) {

        /** The document with the examples these labels allow to fit a model on. */
        Document labelledBy(Labels labels) {
            return labels == Labels.EVENT_LINKS ? this
                    : new Document(id, examples.stream().filter(example -> !example.linked()).toList());
        }
    }

    /** Which gold events a score counts. */
    enum Scored {
        /** Those the benchmark counts: tied by an inclusion TLINK of their own to a date of the text. */
        BENCHMARK,
        /** Those, and the events whose TLINKs to other events give them such a date ({@link LinkedDates}). */
        WITH_LINKED
    }

    /** Which TLINKs label the examples. */
    enum Labels {
        /** The TLINKs between an event and a time expression of its text. */
        TIME_LINKS,
        /**
         * Those, and for the events that none ties to a time expression by inclusion, the dates their TLINKs to other
         * events give ({@link LinkedDates}).
         */
        EVENT_LINKS
    }

    private static List<Document> labelledBy(List<Document> documents, Labels labels) {
        return documents.stream().map(document -> document.labelledBy(labels)).toList();
    }

    /**
     * The labelled pairs of a corpus, by scope: the same-sentence pairs and the cross-sentence (passage) pairs, one
     * {@link Document} each per document, in the same order.
     */
    record Corpus(List<Document> sameSentence, List<Document> acrossSentences) {
    }

    /** In which order the rules and a model decide a trigger. */
    enum Order {
        /** The rules' decision where they make one, else the model's. */
        RULES_FIRST,
        /** The model's decision where it makes one, else the rules'. */
        MODEL_FIRST,
        /** The model's decision alone (the rules' among its features). */
        MODEL_ALONE
    }

    /** The decisions scored over some documents: gold events with candidates, dated, right. */
    record Score(int events, int dated, int right) {

        Score plus(Score other) {
            return new Score(events + other.events, dated + other.dated, right + other.right);
        }

        double precision() {
            return dated == 0 ? 0 : (double) right / dated;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d events, %d dated, %d right (precision %.3f)", events, dated, right, precision());
        }
    }

    /**
     * Trains both attachment models and writes them.
     *
     * @param directory    the TempEval-3 folder
     * @param output       where the same-sentence model is written
     * @param passageOutput where the passage (cross-sentence) model is written
     */
    public static Result train(Path directory, Path output, Path passageOutput) {
        Path root = TimelineBenchmark.root(directory);
        Corpus timeBankCorpus = documents(TimelineBenchmark.files(root.resolve("TimeBank"), 0), "TimeBank");
        Corpus aquaintCorpus = documents(TimelineBenchmark.files(root.resolve("AQUAINT"), 0), "AQUAINT");
        List<Document> timeBank = timeBankCorpus.sameSentence();
        List<Document> aquaint = aquaintCorpus.sameSentence();
        if (timeBank.isEmpty()) {
            throw new IllegalArgumentException("no TimeML files under " + root + "/TimeBank");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "time attachment model: %d TimeBank documents (%d pairs, %d with labels from"
                + " event-to-event TLINKs), %d AQUAINT held out (%d pairs)", timeBank.size(), pairs(timeBank, Labels.TIME_LINKS),
                pairs(timeBank, Labels.EVENT_LINKS), aquaint.size(), pairs(aquaint, Labels.TIME_LINKS)));
        Score rules = score(timeBank, Optional.empty(), 0, Order.RULES_FIRST, Scored.WITH_LINKED);
        lines.add("rules alone, TimeBank: " + score(timeBank, Optional.empty(), 0, Order.RULES_FIRST) + "; with the events"
                + " dated by links: " + rules);
        double bestStrength = STRENGTHS[0];
        double bestThreshold = THRESHOLDS[THRESHOLDS.length - 1];
        Labels bestLabels = Labels.TIME_LINKS;
        int bestRight = -1;
        for (Labels labels : Labels.values()) {
            for (double strength : STRENGTHS) {
                List<Map<String, Double>> probabilities = crossValidated(timeBank, strength, labels);
                for (double threshold : THRESHOLDS) {
                    Score fill = scoreWith(timeBank, probabilities, threshold, Order.RULES_FIRST, Scored.WITH_LINKED);
                    Score alone = scoreWith(timeBank, probabilities, threshold, Order.MODEL_ALONE, Scored.WITH_LINKED);
                    Score benchmark = scoreWith(timeBank, probabilities, threshold, Order.RULES_FIRST, Scored.BENCHMARK);
                    Score added = new Score(0, fill.dated - rules.dated, fill.right - rules.right);
                    lines.add(String.format(Locale.ROOT, "%s, strength %.1f threshold %.1f, TimeBank %d-fold: rules then model %s;"
                            + " added %d/%d (%.3f); model alone %s; rules then model on the benchmark's events %s", name(labels),
                            strength, threshold, FOLDS, fill, added.dated, added.right, added.precision(), alone, benchmark));
                    if (added.precision() >= MIN_PRECISION && fill.right > bestRight) {
                        bestRight = fill.right;
                        bestStrength = strength;
                        bestThreshold = threshold;
                        bestLabels = labels;
                    }
                }
            }
        }
        AttachmentModel model = fit(labelledBy(timeBank, bestLabels), bestStrength, bestThreshold);
        model.write(output);
        lines.add(String.format(Locale.ROOT, "written: %s, strength %.1f, threshold %.1f, %d features, to %s", name(bestLabels),
                bestStrength, bestThreshold, model.size(), output));
        lines.add("AQUAINT (held out), rules alone: " + score(aquaint, Optional.empty(), 0, Order.RULES_FIRST));
        lines.add("AQUAINT (held out), rules then model: " + score(aquaint, Optional.of(model), bestThreshold, Order.RULES_FIRST));
        lines.add("AQUAINT (held out), model alone: " + score(aquaint, Optional.of(model), bestThreshold, Order.MODEL_ALONE));
        trainPassage(timeBankCorpus.acrossSentences(), aquaintCorpus.acrossSentences(), passageOutput, lines);
        return new Result(lines, bestStrength, bestThreshold, model.size());
    }

    /**
     * The passage model: each trigger of a sentence without a date of its own against the dates of the earlier
     * sentences of its passage and the publication day. Tuned like the same-sentence model, by five-fold
     * cross-validation over TimeBank's documents, over the regularisation strength, the threshold and whether the
     * rules keep their decisions and the model dates only what they leave undated ("rules first") or the model's decision
     * stands where it makes one and the rules' elsewhere ("model first"): the setting with the most right dates wins
     * among those whose added dates (rules first: at least {@value #MIN_ADDED} of them, so that their precision is
     * measured on something) are at least {@value #MIN_PRECISION} precise, or whose decisions (model first) are at
     * least as precise as the rules' and {@value #MIN_PRECISION}; the rules alone when none is.
     */
    private static void trainPassage(List<Document> timeBank, List<Document> aquaint, Path output, List<String> lines) {
        lines.add(String.format(Locale.ROOT, "passage attachment model: %d TimeBank pairs (%d with labels from event-to-event"
                + " TLINKs), %d AQUAINT pairs held out", pairs(timeBank, Labels.TIME_LINKS), pairs(timeBank, Labels.EVENT_LINKS),
                pairs(aquaint, Labels.TIME_LINKS)));
        lines.add(String.format(Locale.ROOT, "passage: TimeBank triggers labelled: %d by their own TLINKs to a time expression,"
                + " %d more by event-to-event TLINKs", triggers(timeBank, false), triggers(timeBank, true)));
        Score rules = score(timeBank, Optional.empty(), 0, Order.RULES_FIRST, Scored.WITH_LINKED);
        lines.add("passage: rules alone, TimeBank: " + score(timeBank, Optional.empty(), 0, Order.RULES_FIRST)
                + "; with the events dated by links: " + rules);
        double bestStrength = STRENGTHS[0];
        double bestThreshold = THRESHOLDS[THRESHOLDS.length - 1];
        boolean bestRulesFirst = true;
        Labels bestLabels = Labels.TIME_LINKS;
        int bestRight = rules.right;
        boolean any = false;
        for (Labels labels : Labels.values()) {
            for (double strength : PASSAGE_STRENGTHS) {
                List<Map<String, Double>> probabilities = crossValidated(timeBank, strength, labels);
                for (double threshold : THRESHOLDS) {
                    for (boolean rulesFirst : new boolean[] {true, false}) {
                        Order order = rulesFirst ? Order.RULES_FIRST : Order.MODEL_FIRST;
                        Score decided = scoreWith(timeBank, probabilities, threshold, order, Scored.WITH_LINKED);
                        Score benchmark = scoreWith(timeBank, probabilities, threshold, order, Scored.BENCHMARK);
                        Score added = new Score(0, decided.dated - rules.dated, decided.right - rules.right);
                        lines.add(String.format(Locale.ROOT, "passage: %s, strength %.1f threshold %.1f %s, TimeBank %d-fold: %s%s;"
                                + " on the benchmark's events %s", name(labels), strength, threshold, rulesFirst ? "rules first"
                                : "model first", FOLDS, decided, rulesFirst ? String.format(Locale.ROOT, "; added %d/%d (%.3f)",
                                added.dated, added.right, added.precision()) : "", benchmark));
                        boolean precise = rulesFirst ? added.dated >= MIN_ADDED && added.precision() >= MIN_PRECISION
                                : decided.precision() >= Math.max(MIN_PRECISION, rules.precision());
                        if (precise && decided.right > bestRight) {
                            bestRight = decided.right;
                            bestStrength = strength;
                            bestThreshold = threshold;
                            bestRulesFirst = rulesFirst;
                            bestLabels = labels;
                            any = true;
                        }
                    }
                }
            }
        }
        AttachmentModel model = fit(labelledBy(timeBank, bestLabels), bestStrength, bestThreshold)
                .as(AttachmentModel.Scope.PASSAGE, bestRulesFirst || !any);
        model.write(output);
        lines.add(String.format(Locale.ROOT, "passage: written: %s, strength %.1f, threshold %.1f, %s, %d features, to %s%s",
                name(bestLabels), bestStrength, bestThreshold, model.rulesFirst() ? "rules first" : "model first", model.size(),
                output, any ? "" : " (no setting beat the rules alone: rules first)"));
        lines.add("passage: AQUAINT (held out), rules alone: " + score(aquaint, Optional.empty(), 0, Order.RULES_FIRST));
        lines.add("passage: AQUAINT (held out), shipped: " + score(aquaint, Optional.of(model), bestThreshold,
                model.rulesFirst() ? Order.RULES_FIRST : Order.MODEL_FIRST));
    }

    private static int pairs(List<Document> documents, Labels labels) {
        return labelledBy(documents, labels).stream().mapToInt(document -> document.examples().size()).sum();
    }

    /** How many distinct triggers of these documents have examples labelled by event-to-event TLINKs, or by time links. */
    private static long triggers(List<Document> documents, boolean linked) {
        return documents.stream().mapToLong(document -> document.examples().stream().filter(example -> example.linked() == linked)
                .map(Example::trigger).distinct().count()).sum();
    }

    private static String name(Labels labels) {
        return labels == Labels.TIME_LINKS ? "labels from time links" : "labels from time and event links";
    }

    /** The labelled pairs of each document, from the language layer with the rules alone. */
    private static Corpus documents(List<Path> files, String corpus) {
        EventStage events = new EventStage(Optional.empty());
        Map<String, AttachmentCandidates> collected = new HashMap<>();
        Stage collector = new ReadingStage("attachment-candidates", events.requires(),
                context -> collected.put(context.article().id(), events.candidates(context)));
        LanguagePipeline pipeline = LanguagePipelines.standardEndingWith(
                new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false)), collector);
        TimeMlReader reader = new TimeMlReader();
        List<Document> sameSentence = new ArrayList<>();
        List<Document> acrossSentences = new ArrayList<>();
        for (Path file : files) {
            TimeMlDocument document = reader.read(file, corpus);
            pipeline.annotate(TimelineBenchmark.article(document));
            AttachmentCandidates candidates = collected.remove(document.id());
            sameSentence.add(new Document(document.id(), label(document, candidates.sameSentence())));
            acrossSentences.add(new Document(document.id(), labelAcross(document, candidates.acrossSentences())));
        }
        return new Corpus(sameSentence, acrossSentences);
    }

    /**
     * The pairs whose trigger covers a gold event that TLINKs tie to some time expression of the text, positive when
     * one of its inclusion links ({@code IS_INCLUDED}, {@code INCLUDES}, {@code SIMULTANEOUS}) goes to a time
     * expression of the pair's value; {@code counted} when the benchmark counts the event.
     */
    static List<Example> label(TimeMlDocument document, List<AttachmentCandidate> candidates) {
        List<Example> examples = new ArrayList<>();
        Map<String, List<GoldEvent.TimeAnchor>> linked = LinkedDates.of(document);
        for (AttachmentCandidate candidate : candidates) {
            labelled(document, linked, candidate.trigger(), candidate.timex().value(), candidate.features(), candidate.byRules())
                    .ifPresent(examples::add);
        }
        return examples;
    }

    /** The cross-sentence pairs, labelled as {@link #label} labels the same-sentence ones, by the pair's date. */
    static List<Example> labelAcross(TimeMlDocument document, List<PassageCandidate> candidates) {
        List<Example> examples = new ArrayList<>();
        Map<String, List<GoldEvent.TimeAnchor>> linked = LinkedDates.of(document);
        for (PassageCandidate candidate : candidates) {
            labelled(document, linked, candidate.trigger(), candidate.value(), candidate.features(), candidate.byRules())
                    .ifPresent(examples::add);
        }
        return examples;
    }

    /**
     * The example of a pair whose trigger covers a gold event with TLINKs to time expressions of the text, or with a date
     * from its TLINKs to other events ({@code linked}), if it does.
     */
    private static Optional<Example> labelled(TimeMlDocument document, Map<String, List<GoldEvent.TimeAnchor>> linked,
            Span trigger, String pairValue, List<String> features, boolean byRules) {
        String value = pairValue.replaceFirst("T.*", "");
        for (GoldEvent event : document.events()) {
            List<GoldEvent.TimeAnchor> byLinks = linked.getOrDefault(event.id(), List.of());
            if ((!event.anchors().isEmpty() || !byLinks.isEmpty()) && event.span().overlaps(trigger)) {
                List<GoldEvent.TimeAnchor> anchors = byLinks.isEmpty() ? event.anchors() : byLinks;
                boolean positive = anchors.stream().anyMatch(anchor -> TimelineBenchmark.INCLUSION.contains(anchor.relation())
                        && anchor.timex().value().replaceFirst("T.*", "").equals(value));
                boolean counted = !TimelineBenchmark.counted(byLinks.isEmpty() ? event
                        : new GoldEvent(event.id(), event.span(), byLinks)).isEmpty();
                return Optional.of(new Example(trigger.toString(), features, byRules, positive, counted, !byLinks.isEmpty()));
            }
        }
        return Optional.empty();
    }

    /**
     * Each document's pairs' probabilities (by the index of the pair) from a model fit on the other folds, on the
     * examples these labels allow.
     */
    private static List<Map<String, Double>> crossValidated(List<Document> documents, double strength, Labels labels) {
        List<Map<String, Double>> probabilities = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            probabilities.add(new HashMap<>());
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Document> fitting = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (i % FOLDS != fold) {
                    fitting.add(documents.get(i).labelledBy(labels));
                }
            }
            AttachmentModel model = fit(fitting, strength, 0.5);
            for (int i = fold; i < documents.size(); i += FOLDS) {
                List<Example> examples = documents.get(i).examples();
                for (int e = 0; e < examples.size(); e++) {
                    probabilities.get(i).put(String.valueOf(e), model.probability(examples.get(e).features()));
                }
            }
        }
        return probabilities;
    }

    private static Score scoreWith(List<Document> documents, List<Map<String, Double>> probabilities, double threshold,
            Order order, Scored scored) {
        Score total = new Score(0, 0, 0);
        for (int i = 0; i < documents.size(); i++) {
            Map<String, Double> byIndex = probabilities.get(i);
            total = total.plus(decide(documents.get(i).examples(), e -> byIndex.get(String.valueOf(e)), threshold, order, scored));
        }
        return total;
    }

    private static Score score(List<Document> documents, Optional<AttachmentModel> model, double threshold, Order order) {
        return score(documents, model, threshold, order, Scored.BENCHMARK);
    }

    private static Score score(List<Document> documents, Optional<AttachmentModel> model, double threshold, Order order,
            Scored scored) {
        Score total = new Score(0, 0, 0);
        for (Document document : documents) {
            List<Example> examples = document.examples();
            total = total.plus(decide(examples, e -> model.map(m -> m.probability(examples.get(e).features())).orElse(0.0),
                    model.isEmpty() ? 1.1 : threshold, model.isEmpty() ? Order.RULES_FIRST : order, scored));
        }
        return total;
    }

    /**
     * The decisions for one document's triggers, in this order: the rules' pair (when the rules date the trigger) and
     * the best pair whose probability reaches the threshold.
     */
    private static Score decide(List<Example> examples, java.util.function.IntFunction<Double> probability, double threshold,
            Order order, Scored scored) {
        Map<String, List<Integer>> byTrigger = new LinkedHashMap<>();
        for (int e = 0; e < examples.size(); e++) {
            byTrigger.computeIfAbsent(examples.get(e).trigger(), key -> new ArrayList<>()).add(e);
        }
        int dated = 0;
        int right = 0;
        int events = 0;
        for (List<Integer> pairs : byTrigger.values()) {
            Example first = examples.get(pairs.get(0));
            if (!first.counted() || scored == Scored.BENCHMARK && first.linked()) {
                continue;
            }
            events++;
            Optional<Integer> rules = pairs.stream().filter(e -> examples.get(e).byRules()).findFirst();
            Optional<Integer> chosen = order == Order.RULES_FIRST ? rules : Optional.empty();
            if (chosen.isEmpty()) {
                double best = threshold;
                for (int e : pairs) {
                    double p = probability.apply(e);
                    if (p >= best) {
                        best = p;
                        chosen = Optional.of(e);
                    }
                }
            }
            if (chosen.isEmpty() && order == Order.MODEL_FIRST) {
                chosen = rules;
            }
            if (chosen.isPresent()) {
                dated++;
                right += examples.get(chosen.get()).positive() ? 1 : 0;
            }
        }
        return new Score(events, dated, right);
    }

    /** A logistic regression (Smile's {@link Maxent}) over the pairs of these documents, as an {@link AttachmentModel}. */
    static AttachmentModel fit(List<Document> documents, double strength, double threshold) {
        Map<String, Integer> counts = new HashMap<>();
        documents.forEach(document -> document.examples().forEach(example -> example.features()
                .forEach(feature -> counts.merge(feature, 1, Integer::sum))));
        List<String> names = counts.entrySet().stream().filter(entry -> entry.getValue() >= MIN_FEATURE_COUNT)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        List<int[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Document document : documents) {
            for (Example example : document.examples()) {
                rows.add(example.features().stream().filter(index::containsKey).mapToInt(index::get).distinct().sorted().toArray());
                labels.add(example.positive() ? 1 : 0);
            }
        }
        Maxent.Binomial learned = Maxent.binomial(names.size(), rows.toArray(int[][]::new),
                labels.stream().mapToInt(Integer::intValue).toArray(), strength, TOLERANCE, MAX_ITERATIONS);
        double[] coefficients = learned.coefficients();
        Map<String, Double> weights = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (coefficients[i] != 0) {
                weights.put(names.get(i), coefficients[i]);
            }
        }
        return new AttachmentModel(weights, coefficients[names.size()], threshold);
    }
}
