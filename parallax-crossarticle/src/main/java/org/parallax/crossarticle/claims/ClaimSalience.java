package org.parallax.crossarticle.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.crossarticle.stories.Vectors;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Coverage;
import org.parallax.model.Stance;

/**
 * How close each statement of a story is to what the story's <em>other</em> outlets cover, and the
 * {@link Coverage} of claims that follows from it.
 *
 * <p>A claim that only one outlet carries matters when the other outlets write about the same
 * thing and still leave it out; it is a detail when they write about other things. With sentence
 * embeddings, a statement's salience is its cosine similarity to the normalised mean of the
 * embeddings of the other outlets' statements (computed from one running sum, so the work is linear
 * in the statements); without them, the share of its content stems that other outlets' statements
 * use. When the story has a single outlet, the mean of all its statements stands in for the others.
 */
final class ClaimSalience {

    /**
     * A claim before its coverage is known.
     *
     * @param salience    the highest salience of its reports
     * @param substantive whether a report says enough to be an exclusive claim
     * @param first       its first report, which orders it among the story's claims
     */
    record Scored(String statement, List<String> subjects, List<ClaimReport> reports, double salience,
            boolean substantive, ClaimCandidate first) {

        Scored {
            Objects.requireNonNull(statement, "statement");
            subjects = List.copyOf(subjects);
            reports = List.copyOf(reports);
            Objects.requireNonNull(first, "first");
        }

        Set<String> outlets() {
            Set<String> outlets = new HashSet<>();
            reports.forEach(report -> outlets.add(report.outlet()));
            return outlets;
        }

        boolean contradicted() {
            return reports.stream().anyMatch(report -> report.stance() == Stance.CONTRADICTED);
        }

        Claim toClaim(String id, Coverage coverage) {
            return new Claim(id, statement, subjects, reports, coverage);
        }
    }

    private static final Comparator<Scored> FIRST_REPORT = Comparator.comparing(Scored::first, ClaimCandidate.FIRST_REPORT);

    private final double[] salience;

    private ClaimSalience(double[] salience) {
        this.salience = salience;
    }

    /** Salience from sentence embeddings ({@code vectors}, unit length, one per candidate). */
    static ClaimSalience semantic(List<ClaimCandidate> candidates, List<float[]> vectors) {
        int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        float[] total = new float[dimension];
        Map<String, float[]> byOutlet = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            float[] sum = byOutlet.computeIfAbsent(candidates.get(i).outlet(), outlet -> new float[dimension]);
            Vectors.add(total, vectors.get(i), 1);
            Vectors.add(sum, vectors.get(i), 1);
        }
        boolean singleOutlet = byOutlet.size() == 1;
        Map<String, float[]> others = new HashMap<>();
        byOutlet.forEach((outlet, sum) -> {
            float[] rest = total.clone();
            if (!singleOutlet) {
                Vectors.add(rest, sum, -1);
            }
            others.put(outlet, Vectors.normalized(rest));
        });
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Vectors.dot(vectors.get(i), others.get(candidates.get(i).outlet()));
        }
        return new ClaimSalience(scores);
    }

    /** Salience from content stems: the share of a statement's stems that other outlets' statements use. */
    static ClaimSalience lexical(List<ClaimCandidate> candidates) {
        Map<String, Set<String>> outletsByStem = new HashMap<>();
        Set<String> outlets = new HashSet<>();
        for (ClaimCandidate candidate : candidates) {
            outlets.add(candidate.outlet());
            candidate.stems().forEach(stem -> outletsByStem.computeIfAbsent(stem, key -> new HashSet<>()).add(candidate.outlet()));
        }
        boolean singleOutlet = outlets.size() == 1;
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            ClaimCandidate candidate = candidates.get(i);
            long elsewhere = candidate.stems().stream()
                    .filter(stem -> singleOutlet || outletsByStem.get(stem).size() > 1 || !outletsByStem.get(stem).contains(candidate.outlet()))
                    .count();
            scores[i] = candidate.stems().isEmpty() ? 0 : (double) elsewhere / candidate.stems().size();
        }
        return new ClaimSalience(scores);
    }

    /** The salience of a claim: the highest of its statements' ({@code group}: indexes of candidates). */
    double of(List<Integer> group) {
        double best = Double.NEGATIVE_INFINITY;
        for (int index : group) {
            best = Math.max(best, salience[index]);
        }
        return best;
    }

    /**
     * The claims with their coverage: disputed when a report contradicts, shared when several
     * outlets report, else exclusive for the {@code exclusivePerOutlet} most salient substantive
     * claims of each outlet and detail for the rest; ordered shared, disputed, exclusive, detail,
     * each by first report, and numbered {@code c1}, {@code c2}, ... in that order.
     */
    static List<Claim> rank(List<Scored> claims, int exclusivePerOutlet) {
        Map<String, List<Scored>> singleByOutlet = new HashMap<>();
        Map<Scored, Coverage> coverage = new IdentityHashMap<>();
        for (Scored claim : claims) {
            if (claim.contradicted()) {
                coverage.put(claim, Coverage.DISPUTED);
            } else if (claim.outlets().size() > 1) {
                coverage.put(claim, Coverage.SHARED);
            } else {
                coverage.put(claim, Coverage.DETAIL);
                if (claim.substantive()) {
                    singleByOutlet.computeIfAbsent(claim.reports().get(0).outlet(), key -> new ArrayList<>()).add(claim);
                }
            }
        }
        for (List<Scored> single : singleByOutlet.values()) {
            single.sort(Comparator.comparingDouble(Scored::salience).reversed().thenComparing(FIRST_REPORT));
            single.stream().limit(exclusivePerOutlet).forEach(claim -> coverage.put(claim, Coverage.EXCLUSIVE));
        }
        List<Scored> ordered = new ArrayList<>(claims);
        ordered.sort(Comparator.comparing((Scored claim) -> coverage.get(claim)).thenComparing(FIRST_REPORT));
        List<Claim> ranked = new ArrayList<>(ordered.size());
        for (Scored claim : ordered) {
            ranked.add(claim.toClaim("c" + (ranked.size() + 1), coverage.get(claim)));
        }
        return ranked;
    }
}
