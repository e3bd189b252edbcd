package org.parallax.language.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parallax.language.learning.LinearModel;
import org.parallax.language.learning.TrainedModel;
import org.parallax.language.quotes.SourceCandidates.CaseClass;
import org.parallax.language.quotes.SourceCandidates.Candidate;
import org.parallax.language.quotes.SourceCandidates.Choice;
import org.parallax.language.text.ParsedText;

/**
 * A trained source picker: for each frame, a logistic regression scores every {@link SourceCandidates} candidate
 * (is it the source?) and the best one replaces the hand-written rules' choice when it scores at least the threshold
 * and more than the rules' choice and does not overlap the rules' phrase, in the case classes where the picker beat the rules on held-out training articles
 * ({@link #picks()}); elsewhere the rules' choice stays. Trained on PolNeAR's train split by
 * {@code parallax train attribution} (Smile's maximum-entropy learner). Immutable and thread-safe; the layer's model
 * is loaded once per JVM ({@link #standard()}).
 *
 * <p>File format: {@link LinearModel}'s, header {@code parallax-source-model 1 picks=CLASS,CLASS}.
 */
public final class SourceModel extends TrainedModel<SourceModel> {

    /** This kind of model: its header, resource and training command. */
    public static final Kind KIND = new Kind("parallax-source-model 1", "source model",
            "/org/parallax/language/quotes/source-model.tsv.gz", QuoteStage.TRAINING);
    private static final String PICKS = "picks=";

    private final Set<CaseClass> picks;

    public SourceModel(Map<String, Double> weights, double intercept, double threshold, Set<CaseClass> picks) {
        this(new LinearModel(weights, intercept, threshold, settings(picks)));
    }

    private SourceModel(LinearModel model) {
        super(KIND, model);
        String settings = model.settings();
        if (!settings.startsWith(PICKS)) {
            throw new IllegalArgumentException("a source model's header names the classes it picks in ('" + PICKS
                    + "NAME,PRONOUN'), not '" + settings + "'");
        }
        String names = settings.substring(PICKS.length());
        Set<CaseClass> classes = EnumSet.noneOf(CaseClass.class);
        if (!names.isEmpty()) {
            Arrays.stream(names.split(",")).map(CaseClass::valueOf).forEach(classes::add);
        }
        this.picks = Set.copyOf(classes);
    }

    private static String settings(Set<CaseClass> picks) {
        return PICKS + picks.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    protected SourceModel with(LinearModel weights) {
        return new SourceModel(weights);
    }

    private static final class Holder {
        private static final SourceModel STANDARD = new SourceModel(KIND.shipped());
    }

    /** The model shipped with the layer, read once per JVM. */
    public static SourceModel standard() {
        return Holder.STANDARD;
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static SourceModel read(Path file) {
        return new SourceModel(KIND.read(file));
    }

    /** The same weights, picking in other classes. */
    public SourceModel withPicks(Set<CaseClass> classes) {
        return new SourceModel(linear().withSettings(settings(classes)));
    }

    /** The case classes in which the picker's choice replaces the rules'. */
    public Set<CaseClass> picks() {
        return picks;
    }

    /** The candidate this model takes for the source of a frame: its best one, or the rules' choice. */
    public Candidate choose(Choice choice) {
        Candidate rule = choice.rule();
        if (!picks.contains(choice.caseClass())) {
            return rule;
        }
        Candidate best = rule;
        double bestScore = probability(rule.features());
        for (Candidate candidate : choice.candidates()) {
            double score = probability(candidate.features());
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == rule || bestScore < threshold() || overlaps(best, rule)) {
            return rule; // a candidate inside the rules' phrase ("a spokesman" of "a spokesman for the ministry") is that phrase
        }
        return best;
    }

    private static boolean overlaps(Candidate one, Candidate other) {
        return one.span().isPresent() && other.span().isPresent() && one.span().get().overlaps(other.span().get());
    }

    /** The frames with their sources as this model chooses them. */
    List<Frame> pick(ParsedText parsed, List<Quotation> quotations, List<Frame> frames) {
        SourceCandidates candidates = SourceCandidates.over(parsed, quotations);
        List<Frame> picked = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            Candidate chosen = choose(candidates.choice(frame));
            picked.add(chosen.rule() ? frame : frame.withSource(chosen.span()));
        }
        return picked;
    }
}
