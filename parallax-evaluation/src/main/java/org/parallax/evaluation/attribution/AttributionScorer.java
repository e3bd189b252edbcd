package org.parallax.evaluation.attribution;

import java.util.List;
import org.parallax.model.Span;

/**
 * Scores system attributions against PolNeAR's gold, as the language-layer issue defines it.
 *
 * <ul>
 *   <li>A gold attribution is <em>found</em> when one system attribution covers at least half of its content
 *       characters (all its content pieces together).</li>
 *   <li>A system attribution is <em>correct</em> when it covers at least half of the content characters of some
 *       gold attribution (any, found by it or not). Precision is correct / predicted, recall found / gold.</li>
 *   <li>For a found gold attribution that has a source, the speaker is right when the system attribution that
 *       covers most of its content has a speaker whose words overlap the gold source, or whose entity has a
 *       mention overlapping the gold source. Among system attributions that cover the same share (a nested
 *       attribution, "X said that Y believes Z": the outer content covers all of Y's), the one with the fewest
 *       characters outside the gold content is taken, i.e. the closest match, not the earliest one.</li>
 * </ul>
 */
public final class AttributionScorer {

    static final double COVERAGE = 0.5;

    private AttributionScorer() {
    }

    public static AttributionScore score(List<GoldAttribution> gold, List<SystemAttribution> system) {
        int found = 0;
        int withSource = 0;
        int speakerRight = 0;
        boolean[] correct = new boolean[system.size()];
        for (GoldAttribution attribution : gold) {
            SystemAttribution best = null;
            double bestCoverage = 0;
            int bestOutside = Integer.MAX_VALUE;
            for (int i = 0; i < system.size(); i++) {
                double coverage = coverage(attribution, system.get(i));
                if (coverage >= COVERAGE) {
                    correct[i] = true;
                }
                if (coverage == 0 || coverage < bestCoverage) {
                    continue;
                }
                int outside = outside(attribution, system.get(i));
                if (coverage > bestCoverage || outside < bestOutside) {
                    bestCoverage = coverage;
                    bestOutside = outside;
                    best = system.get(i);
                }
            }
            if (best == null || bestCoverage < COVERAGE) {
                continue;
            }
            found++;
            if (!attribution.source().isEmpty()) {
                withSource++;
                if (speakerRight(attribution, best)) {
                    speakerRight++;
                }
            }
        }
        int correctCount = 0;
        for (boolean value : correct) {
            correctCount += value ? 1 : 0;
        }
        return new AttributionScore(gold.size(), found, system.size(), correctCount, withSource, speakerRight);
    }

    /** The share of the gold content's characters that the system attribution's content covers. */
    static double coverage(GoldAttribution gold, SystemAttribution system) {
        int covered = 0;
        for (Span piece : gold.content()) {
            for (int offset = piece.begin(); offset < piece.end(); offset++) {
                for (Span span : system.content()) {
                    if (span.begin() <= offset && offset < span.end()) {
                        covered++;
                        break;
                    }
                }
            }
        }
        int length = gold.contentLength();
        return length == 0 ? 0 : (double) covered / length;
    }

    /** How many of the system content's characters lie outside the gold content. */
    static int outside(GoldAttribution gold, SystemAttribution system) {
        int count = 0;
        for (Span span : system.content()) {
            for (int offset = span.begin(); offset < span.end(); offset++) {
                int at = offset;
                if (gold.content().stream().noneMatch(piece -> piece.begin() <= at && at < piece.end())) {
                    count++;
                }
            }
        }
        return count;
    }

    static boolean speakerRight(GoldAttribution gold, SystemAttribution system) {
        for (Span source : gold.source()) {
            if (system.speaker().isPresent() && system.speaker().get().overlaps(source)) {
                return true;
            }
            for (Span mention : system.speakerMentions()) {
                if (mention.overlaps(source)) {
                    return true;
                }
            }
        }
        return false;
    }
}
