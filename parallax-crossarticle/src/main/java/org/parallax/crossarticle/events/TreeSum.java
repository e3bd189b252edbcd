package org.parallax.crossarticle.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import smile.base.cart.InternalNode;
import smile.base.cart.Node;
import smile.base.cart.RegressionNode;
import smile.classification.GradientTreeBoost;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.regression.RegressionTree;

/**
 * The sum of the trees of a two-class Smile {@link GradientTreeBoost}, read with some features left free, to bound the
 * probability it gives a tuple whatever those features' values are. Smile gives class 1 the probability
 * {@code 1 / (1 + exp(-2 (b + s Σ tree outputs)))}; its intercept {@code b} and shrinkage {@code s} are private, so they
 * are read off the classifier's own probabilities of a few probe tuples (least squares over them, then checked on each
 * within 1e-7). A split on a free feature takes the higher of its two sides, so the bound is at least the probability of
 * any tuple that differs in free features only. Where the sum cannot be read (a model of another form, saturated
 * probes), every bound is 1 and bounds nothing. Immutable and thread-safe.
 */
final class TreeSum {

    private static final double TOLERANCE = 1e-7;

    private final Formula formula;
    private final StructType schema;
    private final RegressionTree[] trees;
    private final boolean[] free;
    private final boolean readable;
    private final double intercept;
    private final double shrinkage;

    private TreeSum(Formula formula, StructType schema, RegressionTree[] trees, boolean[] free, boolean readable, double intercept,
            double shrinkage) {
        this.formula = formula;
        this.schema = schema;
        this.trees = trees;
        this.free = free;
        this.readable = readable;
        this.intercept = intercept;
        this.shrinkage = shrinkage;
    }

    /** The sum of {@code classifier}'s trees over tuples of {@code schema}, with the features named {@code freeFeatures} free. */
    static TreeSum of(GradientTreeBoost classifier, StructType schema, List<String> freeFeatures) {
        Formula formula = classifier.formula();
        RegressionTree[] trees = classifier.trees();
        int width = schema.length();
        boolean[] free = new boolean[width];
        Tuple first = formula.x(Tuple.of(new double[width], schema));
        for (String name : freeFeatures) {
            free[first.schema().indexOf(name)] = true;
        }
        List<double[]> probes = new ArrayList<>();
        for (double value : new double[] {0, 1, -1, 0.5, 10}) {
            for (int feature = -1; feature < width; feature++) {
                double[] probe = new double[width];
                if (feature < 0) {
                    Arrays.fill(probe, value);
                } else {
                    probe[feature] = value;
                }
                probes.add(probe);
            }
        }
        List<double[]> points = new ArrayList<>(); // (sum of the trees, logit) of each probe not saturated
        TreeSum unread = new TreeSum(formula, schema, trees, free, false, 0, 0);
        for (double[] probe : probes) {
            Tuple tuple = Tuple.of(probe, schema);
            double[] posterior = new double[2];
            classifier.predict(tuple, posterior);
            if (posterior[0] > 1e-9 && posterior[1] > 1e-9) {
                points.add(new double[] {unread.sum(formula.x(tuple), false), 0.5 * Math.log(posterior[1] / posterior[0])});
            }
        }
        double meanSum = points.stream().mapToDouble(point -> point[0]).average().orElse(0);
        double meanLogit = points.stream().mapToDouble(point -> point[1]).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (double[] point : points) {
            covariance += (point[0] - meanSum) * (point[1] - meanLogit);
            variance += (point[0] - meanSum) * (point[0] - meanSum);
        }
        if (points.size() < 3 || variance < 1e-12) {
            return unread;
        }
        double shrinkage = covariance / variance;
        double intercept = meanLogit - shrinkage * meanSum;
        boolean fits = shrinkage > 0 && points.stream()
                .allMatch(point -> Math.abs(intercept + shrinkage * point[0] - point[1]) <= TOLERANCE * Math.max(1, Math.abs(point[1])));
        return fits ? new TreeSum(formula, schema, trees, free, true, intercept, shrinkage) : unread;
    }

    /** Whether the bounds are read from the trees (else every bound is 1). */
    boolean readable() {
        return readable;
    }

    /** The highest probability of class 1 over every tuple that differs from {@code features} in free features only. */
    double highestProbability(double[] features) {
        if (!readable) {
            return 1;
        }
        double logit = intercept + shrinkage * sum(formula.x(Tuple.of(features, schema)), true) + TOLERANCE;
        return 1 / (1 + Math.exp(-2 * logit));
    }

    /** The probability of class 1 as the sum reads it, every feature fixed (the classifier's own, within rounding). */
    double probability(double[] features) {
        if (!readable) {
            return 1;
        }
        return 1 / (1 + Math.exp(-2 * (intercept + shrinkage * sum(formula.x(Tuple.of(features, schema)), false))));
    }

    private double sum(Tuple predictors, boolean highest) {
        double total = 0;
        for (RegressionTree tree : trees) {
            total += output(tree.root(), predictors, highest);
        }
        return total;
    }

    private double output(Node node, Tuple predictors, boolean highest) {
        if (node instanceof RegressionNode leaf) {
            return leaf.output();
        }
        InternalNode split = (InternalNode) node;
        if (highest && free[split.feature()]) {
            return Math.max(output(split.trueChild(), predictors, true), output(split.falseChild(), predictors, true));
        }
        return output(split.branch(predictors) ? split.trueChild() : split.falseChild(), predictors, highest);
    }
}
