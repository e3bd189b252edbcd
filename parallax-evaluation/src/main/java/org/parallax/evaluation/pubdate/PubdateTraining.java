package org.parallax.evaluation.pubdate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.parallax.ingest.html.DateCandidate;
import org.parallax.ingest.html.DateCandidates;
import org.parallax.ingest.html.HtmlMetadataExtractor;
import org.parallax.ingest.html.PublicationDateModel;
import smile.classification.LogisticRegression;

/**
 * Trains the vote among a page's candidate publication dates ({@link PublicationDateModel}) on the development part
 * of the publication-date set, and only there: the held-out part's pages are never read. Each candidate day of a page
 * ({@link HtmlMetadataExtractor#dateCandidates}) is an example, labelled by whether it is the gold day; Smile's
 * L2-regularised logistic regression learns the weights. The regularisation and the threshold below which a page
 * stays undated are chosen by {@value #FOLDS}-fold cross-validation over the development pages: the setting with the
 * most right pages among those whose wrong pages stay within the allowed share. Deterministic: pages in file-name
 * order, folds by position in that order.
 */
public final class PubdateTraining {

    /** How many folds the development pages are split into. */
    public static final int FOLDS = 5;
    /** The regularisation strengths tried. */
    static final List<Double> LAMBDAS = List.of(0.1, 1.0, 3.0, 10.0, 30.0, 100.0);
    private static final double TOLERANCE = 1e-6;
    private static final int MAX_ITERATIONS = 1000;
    /** Thresholds are tried in steps of one hundredth. */
    private static final int THRESHOLD_STEPS = 100;

    /** One development page: its candidates and its gold day. */
    record Page(String file, List<DateCandidate> candidates, Optional<LocalDate> gold) {

        Page {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(gold, "gold");
        }

        /** Whether the gold day is among the candidates, or the page has no gold day. */
        boolean reachable() {
            return gold.isEmpty() || candidates.stream().anyMatch(candidate -> candidate.date().equals(gold.get()));
        }
    }

    /**
     * The figures of one setting over the development pages.
     *
     * @param lambda    the regularisation strength
     * @param threshold the probability from which a page is dated
     * @param pages     pages counted
     * @param right     pages with the gold day (or undated where the gold is none)
     * @param wrong     pages dated with another day
     */
    public record Setting(double lambda, double threshold, int pages, int right, int wrong) {

        public double rightShare() {
            return (double) right / pages;
        }

        public double wrongShare() {
            return (double) wrong / pages;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "lambda %s threshold %.2f: right %.3f (%d), wrong %.3f (%d) of %d",
                    lambda, threshold, rightShare(), right, wrongShare(), wrong, pages);
        }
    }

    /**
     * The outcome of a training run.
     *
     * @param model     the model trained on all development pages with the chosen setting
     * @param chosen    the chosen setting, with its cross-validated figures
     * @param pages     development pages trained on
     * @param reachable development pages whose gold day is among the candidates (or that have no gold day)
     */
    public record Result(PublicationDateModel model, Setting chosen, int pages, int reachable) {
    }

    private PubdateTraining() {
    }

    /**
     * Trains the model.
     *
     * @param directory the publication-date set ({@code gold.json} and {@code pages/})
     * @param maxWrong  the largest share of wrongly dated development pages (cross-validated) a setting may have
     * @param log       receives progress and the cross-validated figures, a line at a time
     * @return the model and how it was chosen
     */
    public static Result train(Path directory, double maxWrong, Consumer<String> log) {
        List<Page> pages = developmentPages(directory);
        int reachable = (int) pages.stream().filter(Page::reachable).count();
        log.accept(String.format(Locale.ROOT, "%d development pages (the held-out part is not read), %d candidates;"
                + " gold day among the candidates (or no gold day) on %d (%.3f)", pages.size(),
                pages.stream().mapToInt(page -> page.candidates().size()).sum(), reachable, (double) reachable / pages.size()));
        Setting chosen = null;
        for (double lambda : LAMBDAS) {
            Setting best = bestThreshold(pages, crossValidated(pages, lambda), lambda, maxWrong);
            log.accept("cross-validated, best threshold: " + best);
            if (chosen == null || best.right() > chosen.right()
                    || best.right() == chosen.right() && best.wrong() < chosen.wrong()) {
                chosen = best;
            }
        }
        log.accept("chosen: " + chosen);
        LogisticRegression.Binomial learned = fit(pages, chosen.lambda());
        String provenance = String.format(Locale.ROOT, "parallax train pubdate on %s: %d development pages"
                + " (held-out part not read), Smile %s logistic regression, lambda %s chosen by %d-fold cross-validation"
                + " (wrong at most %.3f): cross-validated right %.3f, wrong %.3f at threshold %.2f; trained %s",
                directory.getFileName(), pages.size(), "3.1.1", chosen.lambda(), FOLDS, maxWrong, chosen.rightShare(),
                chosen.wrongShare(), chosen.threshold(), LocalDate.now(ZoneOffset.UTC));
        PublicationDateModel model = export(learned, chosen.threshold(), provenance, pages);
        return new Result(model, chosen, pages.size(), reachable);
    }

    /** The development pages with their candidates, in file-name order; unreadable pages count with none. */
    static List<Page> developmentPages(Path directory) {
        HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
        LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, PubdateBenchmark.Gold> entry : PubdateBenchmark.readGold(directory.resolve("gold.json")).entrySet()) {
            if (PubdatePart.of(entry.getKey()) != PubdatePart.DEVELOPMENT) {
                continue;
            }
            PubdateBenchmark.Gold gold = entry.getValue();
            Optional<Document> page = PubdateBenchmark.read(directory.resolve("pages").resolve(entry.getKey() + ".gz"),
                    gold.url());
            List<DateCandidate> candidates = page.map(document -> metadata.dateCandidates(document,
                    Optional.of(gold.url()), latest)).orElse(List.of());
            pages.add(new Page(entry.getKey(), candidates, gold.date()));
        }
        return pages;
    }

    /** Each page's vote, by a model trained on the other folds; empty for a page without candidates. */
    static List<Optional<PublicationDateModel.Vote>> crossValidated(List<Page> pages, double lambda) {
        List<Optional<PublicationDateModel.Vote>> votes = new ArrayList<>(Collections.nCopies(pages.size(), Optional.empty()));
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Page> training = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (i % FOLDS != fold) {
                    training.add(pages.get(i));
                }
            }
            PublicationDateModel model = export(fit(training, lambda), 1.0 / THRESHOLD_STEPS, "fold " + fold, training);
            for (int i = fold; i < pages.size(); i += FOLDS) {
                votes.set(i, model.vote(pages.get(i).candidates()));
            }
        }
        return votes;
    }

    /** The threshold with the most right pages among those within {@code maxWrong}; the strictest when none is. */
    static Setting bestThreshold(List<Page> pages, List<Optional<PublicationDateModel.Vote>> votes, double lambda,
            double maxWrong) {
        Setting best = null;
        for (int step = 1; step < THRESHOLD_STEPS; step++) {
            Setting setting = score(pages, votes, lambda, step / (double) THRESHOLD_STEPS);
            boolean allowed = setting.wrongShare() <= maxWrong;
            if (best == null || allowed && (best.wrongShare() > maxWrong || setting.right() > best.right()
                    || setting.right() == best.right() && setting.wrong() < best.wrong())) {
                best = setting;
            }
        }
        return best;
    }

    /** The figures of one threshold over the pages, given each page's vote. */
    static Setting score(List<Page> pages, List<Optional<PublicationDateModel.Vote>> votes, double lambda, double threshold) {
        int right = 0;
        int wrong = 0;
        for (int i = 0; i < pages.size(); i++) {
            Optional<LocalDate> found = votes.get(i).filter(vote -> vote.confidence() >= threshold)
                    .map(vote -> vote.date().date());
            if (found.equals(pages.get(i).gold())) {
                right++;
            } else if (found.isPresent()) {
                wrong++;
            }
        }
        return new Setting(lambda, threshold, pages.size(), right, wrong);
    }

    private static LogisticRegression.Binomial fit(List<Page> pages, double lambda) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Page page : pages) {
            for (DateCandidate candidate : page.candidates()) {
                x.add(candidate.features());
                y.add(page.gold().filter(candidate.date()::equals).isPresent() ? 1 : 0);
            }
        }
        return LogisticRegression.binomial(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                lambda, TOLERANCE, MAX_ITERATIONS);
    }

    /**
     * Smile's weights as a {@link PublicationDateModel}, checked against Smile's own scores on the training
     * candidates.
     */
    private static PublicationDateModel export(LogisticRegression.Binomial learned, double threshold, String provenance,
            List<Page> pages) {
        double[] coefficients = learned.coefficients();
        int size = DateCandidates.FEATURES.size();
        double[] weights = new double[size];
        System.arraycopy(coefficients, 0, weights, 0, size);
        PublicationDateModel model = new PublicationDateModel(weights, coefficients[size], threshold, provenance);
        for (Page page : pages) {
            for (DateCandidate candidate : page.candidates()) {
                double expected = learned.score(candidate.features());
                if (Math.abs(model.probability(candidate) - expected) > 1e-4) {
                    throw new IllegalStateException("the exported publication-date model scores " + model.probability(candidate)
                            + " where Smile scores " + expected);
                }
            }
        }
        return model;
    }
}
