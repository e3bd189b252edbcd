package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.ClaimStance;
import org.parallax.model.Span;

/**
 * Judges whether an article supports a claim, contradicts it, discusses it or is unrelated to it:
 * {@link StanceFeatures} of the pair read by the trained {@link StanceModel}. Trained on FNC-1
 * (headline = claim, body = article) and ARC; figures in {@code docs/quality-crossarticle.md}.
 *
 * <p>Prepare each claim and each article once ({@link #inputs()}: the embeddings are the costly
 * part), then judge every pair. The evidence of a related judgement is
 * the best-matching sentence and up to {@link #MOST_EVIDENCE} - 1 others that match nearly as well.
 * Safe for use from one thread at a time, as its embedder is.
 */
public final class StanceJudge {

    /** Most evidence sentences given for one judgement. */
    public static final int MOST_EVIDENCE = 3;
    /** How far below the best match another sentence may be and still be evidence. */
    static final double EVIDENCE_MARGIN = 0.15;

    private final StanceInputs inputs;
    private final StanceModel model;

    public StanceJudge(TextEmbedder embedder, StanceModel model) {
        this.inputs = new StanceInputs(embedder);
        this.model = Objects.requireNonNull(model, "model");
    }

    /** Claims and articles made ready for {@link #judge}. */
    public StanceInputs inputs() {
        return inputs;
    }

    public StanceJudgement judge(PreparedClaim claim, PreparedArticle article) {
        StanceFeatures features = StanceFeatures.of(claim, article);
        double[] probabilities = model.probabilities(features.values());
        ClaimStance stance = model.decide(probabilities);
        List<Span> evidence = new ArrayList<>();
        if (stance.related() && !features.ranked().isEmpty()) {
            double best = features.relevance()[features.ranked().get(0)];
            for (int index : features.ranked()) {
                if (evidence.size() >= MOST_EVIDENCE || features.relevance()[index] < best - EVIDENCE_MARGIN) {
                    break;
                }
                evidence.add(article.sentences().get(index));
            }
        }
        double confidence = Math.max(0, Math.min(1, probabilities[stance.ordinal()]));
        return new StanceJudgement(stance, confidence, probabilities, evidence);
    }

    /** How the model was trained, in one line. */
    public String provenance() {
        return model.provenance();
    }
}
