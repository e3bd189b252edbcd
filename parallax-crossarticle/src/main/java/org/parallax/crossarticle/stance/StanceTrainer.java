package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.model.ClaimStance;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Trains a {@link StanceModel}: Smile's gradient-boosted trees (Friedman's multi-class
 * boosting) over the {@link StanceFeatures} of labelled (claim, article) pairs.
 *
 * @param trees     boosting rounds (trees per class)
 * @param maxDepth  deepest tree
 * @param maxNodes  most leaves of a tree
 * @param nodeSize  fewest examples in a leaf
 * @param shrinkage learning rate
 * @param subsample share of the examples each tree sees
 * @param contradictsCopies how many times each contradicting example is trained on (the rarest stance: 1 is plain
 *                  training, more weighs it up, as Smile's boosting takes no example weights)
 */
public record StanceTrainer(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample,
        int contradictsCopies) {

    private static final String LABEL = "stance";

    public StanceTrainer {
        if (trees < 1 || maxDepth < 1 || maxNodes < 2 || nodeSize < 1 || !(shrinkage > 0 && shrinkage <= 1)
                || !(subsample > 0 && subsample <= 1) || contradictsCopies < 1) {
            throw new IllegalArgumentException("bad boosting settings: " + trees + " trees, depth " + maxDepth + ", "
                    + maxNodes + " nodes, node size " + nodeSize + ", shrinkage " + shrinkage + ", subsample " + subsample
                    + ", " + contradictsCopies + " copies of each contradicting example");
        }
    }

    /** Plain training: each example once. */
    public StanceTrainer(int trees, int maxDepth, int maxNodes, int nodeSize, double shrinkage, double subsample) {
        this(trees, maxDepth, maxNodes, nodeSize, shrinkage, subsample, 1);
    }

    /**
     * The settings the shipped model was trained with. 100 rounds, not the 300 of the previous model: a round is four
     * trees (one a stance) of about 0.3 s CPU each over the 21,163 training pairs and 213 features, and 300 rounds did not
     * finish on the shared development machine in the time a session had; of 100, 125 and 150 rounds (one 150-round model
     * cut to each) the validation part scored 100 best (relative 0.8132, 0.8127 and 0.8125 with their decision weights),
     * and of this model cut to 75 or 100 rounds, 75 (0.8139), which the shipped model keeps.
     */
    public static StanceTrainer standard() {
        return new StanceTrainer(100, 8, 32, 5, 0.08, 0.8);
    }

    /** One labelled pair. */
    public record Example(PreparedClaim claim, PreparedArticle article, ClaimStance stance) {

        public Example {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(stance, "stance");
        }
    }

    /**
     * @param examples   the training pairs; every stance must occur
     * @param provenance how the examples were chosen, kept in the model file
     */
    public StanceModel train(List<Example> examples, String provenance) {
        List<double[]> features = new ArrayList<>(examples.size());
        List<Integer> labels = new ArrayList<>(examples.size());
        boolean[] seen = new boolean[ClaimStance.values().length];
        for (Example example : examples) {
            double[] values = StanceFeatures.of(example.claim(), example.article()).values();
            int copies = example.stance() == ClaimStance.CONTRADICTS ? contradictsCopies : 1;
            for (int copy = 0; copy < copies; copy++) {
                features.add(values);
                labels.add(example.stance().ordinal());
            }
            seen[example.stance().ordinal()] = true;
        }
        for (ClaimStance stance : ClaimStance.values()) {
            if (!seen[stance.ordinal()]) {
                throw new IllegalArgumentException("no training example is " + stance.label());
            }
        }
        DataFrame data = DataFrame.of(features.toArray(double[][]::new), StanceFeatures.NAMES.toArray(String[]::new))
                .merge(IntVector.of(LABEL, labels.stream().mapToInt(Integer::intValue).toArray()));
        GradientTreeBoost classifier = GradientTreeBoost.fit(Formula.lhs(LABEL), data, trees, maxDepth, maxNodes, nodeSize,
                shrinkage, subsample);
        return new StanceModel(classifier, StanceModel.UNWEIGHTED, provenance + "; " + this);
    }
}
