package org.parallax.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountView;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Input;
import org.parallax.ingest.InputWalker;
import org.parallax.language.LanguagePipelines;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * The pipeline: inputs -> articles (ingest) -> annotated articles (language layer) -> a destination
 * (store or memory), batch by batch, so memory is bounded by the batch size rather than the
 * corpus; then the cross-article layer over the destination's corpus. Nothing one article does
 * ends the run: an input that cannot be read, an article the language layer fails on, or a
 * failure of the cross-article layer is a problem with its category.
 *
 * <p>The language and cross-article layers are built on first use (they load models), once per
 * pipeline; a pipeline may run many times.
 */
public final class Pipeline {

    /** The input named in a problem the cross-article layer causes. */
    public static final String CROSS_ARTICLE_INPUT = "(cross-article layer)";

    /** How many inputs are read before their articles go on to the language layer (bounds the memory the articles hold). */
    static final int INPUTS_PER_READ = 64;

    private final Ingestor ingestor;
    private final PipelineSettings settings;
    private final Lazy<ArticleAnnotator> language;
    private final Lazy<CorpusAnalyzer> crossArticle;

    /**
     * @param language     builds the language layer, when the first article needs it
     * @param crossArticle builds the cross-article layer, when the last batch is kept
     */
    public Pipeline(Ingestor ingestor, PipelineSettings settings, Supplier<? extends ArticleAnnotator> language,
            Supplier<? extends CorpusAnalyzer> crossArticle) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.language = new Lazy<>(language);
        this.crossArticle = new Lazy<>(crossArticle);
    }

    /** The standard pipeline: Parallax's language layer and cross-article layer, each built when first needed. */
    public static Pipeline standard(Ingestor ingestor, PipelineSettings settings) {
        return new Pipeline(ingestor, settings, () -> LanguagePipelines.standard()::annotate,
                () -> IncrementalCorpusAnalyzer.of(CrossArticleAnalyzer.standard()));
    }

    /** Reads {@code paths} (files or folders) into {@code destination}, telling {@code listener} how far it has got. */
    public PipelineResult run(List<String> paths, ArticleDestination destination, PipelineListener listener) {
        InputWalker.Walk walk = ingestor.walker().walk(paths);
        listener.planned(walk.inputs().size(), totalBytes(walk));
        IngestListener reading = new IngestListener() {
            @Override
            public void inputDone(Input input, long bytes, int articles, int problems) {
                listener.inputDone(input, bytes, articles, problems);
            }
        };
        Run run = new Run(destination, listener);
        try (run) {
            List<InputWalker.Found> inputs = walk.inputs();
            List<InputProblem> walkProblems = walk.problems();
            if (inputs.isEmpty()) {
                run.keep(List.of(), walkProblems);
            }
            for (int start = 0; start < inputs.size(); start += INPUTS_PER_READ) {
                List<InputWalker.Found> part = inputs.subList(start, Math.min(inputs.size(), start + INPUTS_PER_READ));
                IngestResult read = ingestor.ingest(new InputWalker.Walk(part, start == 0 ? walkProblems : List.of()), reading);
                run.inputs += read.inputs();
                run.skipped.addAll(read.skipped());
                run.keep(read.articles(), read.problems());
            }
            List<InputProblem> unmatched = ingestor.unmatchedManifestRows();
            if (!unmatched.isEmpty()) {
                run.keep(List.of(), unmatched);
            }
            listener.stageDone();
            return new PipelineResult(run.inputs, run.read, run.kept, run.problems, run.skipped, run.crossArticle());
        }
    }

    /**
     * Keeps articles analysed elsewhere (by another process's language layer, or a benchmark's synthetic
     * corpus) in {@code destination} as {@link #run} keeps what it reads once the language layer is done: each
     * admitted ({@link ArticleDestination#admit}: one the destination holds already is left out, one it keeps
     * under an id of its own gets its annotations renamed, {@link AnalyzedArticle#renamedTo}), kept in batches of
     * the settings' size, then joined to the destination's account by the cross-article layer unless the settings
     * leave that layer out. A failure of that layer is a problem of the result, not the end.
     */
    public PipelineResult keepAnalyzed(List<AnalyzedArticle> articles, ArticleDestination destination, PipelineListener listener) {
        Run run = new Run(destination, listener);
        try (run) {
            run.keepAnalyzed(articles);
            listener.stageDone();
            return new PipelineResult(articles.size(), run.read, run.kept, run.problems, run.skipped, run.crossArticle());
        }
    }

    /** How many distinct articles an account's stories cover. */
    private static long articlesOf(CrossArticle account) {
        Set<String> articles = new HashSet<>();
        account.stories().forEach(story -> articles.addAll(story.articles()));
        return articles.size();
    }

    /** The problem a failure of the cross-article layer over {@code articles} articles becomes (the articles are kept without it). */
    public static InputProblem crossArticleProblem(int articles, Throwable failure) {
        return crossArticleProblem(articles + " articles", failure);
    }

    private static InputProblem crossArticleProblem(String over, Throwable failure) {
        return new InputProblem(CROSS_ARTICLE_INPUT, Optional.empty(),
                failure instanceof OutOfMemoryError ? ProblemCategory.OUT_OF_RESOURCES : ProblemCategory.INTERNAL,
                "the cross-article layer failed over " + over + "; they are kept without it: " + failure);
    }

    private static long totalBytes(InputWalker.Walk walk) {
        long total = 0;
        for (InputWalker.Found found : walk.inputs()) {
            try {
                total += Files.size(found.input().path());
            } catch (IOException e) {
                // The reader names the input and the problem when it reads it; the plan only loses its size.
            }
        }
        return total;
    }

    /** One run's state: counters, problems, and the language runner while it is needed. */
    private final class Run implements AutoCloseable {
        private final ArticleDestination destination;
        private final PipelineListener listener;
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final List<String> keptIds = new ArrayList<>();
        private LanguageRunner runner;
        private int inputs;
        private int read;
        private int kept;
        private int planned;
        /** Whether this run's articles came analysed ({@link #keepAnalyzed}), the language layer's setting aside. */
        private boolean annotatedElsewhere;

        Run(ArticleDestination destination, PipelineListener listener) {
            this.destination = Objects.requireNonNull(destination, "destination");
            this.listener = Objects.requireNonNull(listener, "listener");
        }

        /** Admits, analyses and keeps the articles of one read, in batches; the read's problems go with the first. */
        void keep(List<Article> articles, List<InputProblem> readProblems) {
            read += articles.size();
            List<InputProblem> pending = new ArrayList<>(readProblems);
            List<Article> admitted = new ArrayList<>();
            for (Article article : articles) {
                destination.admit(article).ifPresent(admitted::add);
            }
            if (admitted.isEmpty()) {
                keepBatch(List.of(), pending);
                return;
            }
            for (int start = 0; start < admitted.size(); start += settings.batchSize()) {
                List<Article> batch = admitted.subList(start, Math.min(admitted.size(), start + settings.batchSize()));
                List<AnalyzedArticle> analyzed;
                if (settings.language()) {
                    planned += batch.size();
                    listener.annotationPlanned(planned);
                    LanguageRunner.Annotated annotated = runner().annotate(batch, listener);
                    analyzed = annotated.articles();
                    pending.addAll(annotated.problems());
                } else {
                    analyzed = batch.stream().map(AnalyzedArticle::unannotated).toList();
                }
                keepBatch(analyzed, pending);
                pending = new ArrayList<>();
            }
        }

        /** Admits and keeps articles analysed elsewhere, in batches. */
        void keepAnalyzed(List<AnalyzedArticle> articles) {
            annotatedElsewhere = true;
            read += articles.size();
            List<AnalyzedArticle> admitted = new ArrayList<>();
            for (AnalyzedArticle analyzed : articles) {
                destination.admit(analyzed.article()).ifPresent(kept -> admitted.add(analyzed.renamedTo(kept)));
            }
            for (int start = 0; start < admitted.size(); start += settings.batchSize()) {
                keepBatch(admitted.subList(start, Math.min(admitted.size(), start + settings.batchSize())), List.of());
            }
        }

        private void keepBatch(List<AnalyzedArticle> analyzed, List<InputProblem> batchProblems) {
            if (analyzed.isEmpty() && batchProblems.isEmpty()) {
                return;
            }
            destination.keep(analyzed, batchProblems);
            analyzed.forEach(article -> keptIds.add(article.article().id()));
            problems.addAll(batchProblems);
            kept += analyzed.size();
            listener.batchKept(analyzed.stream().map(AnalyzedArticle::article).toList());
        }

        private LanguageRunner runner() {
            if (runner == null) {
                runner = new LanguageRunner(language.get(), settings.threads());
            }
            return runner;
        }

        /**
         * The cross-article layer over the destination's corpus, kept by it; a failure is a problem,
         * not the end. Where the destination keeps an account and the layer is incremental, this
         * run's articles are joined to it ({@link IncrementalCorpusAnalyzer#extend}), unless they are
         * more than the articles it covers: then the account is recomputed over the whole corpus,
         * which costs little more than recomputing what they touch and is exact. A destination that
         * serves its account part by part ({@link ArticleDestination#accountView()}) is read and
         * written only where this run's articles touch it; the account returned is then that part.
         */
        CrossArticle crossArticle() {
            if (!(settings.language() || annotatedElsewhere) || !settings.crossArticle()) {
                return CrossArticle.empty();
            }
            listener.stageDone();
            Optional<AccountView> view = destination.accountView();
            Optional<CrossArticle> earlier = view.isPresent() ? Optional.empty() : destination.account();
            if ((view.isPresent() || earlier.isPresent()) && keptIds.isEmpty()) {
                listener.stageDone();
                return earlier.orElse(CrossArticle.empty());
            }
            long covered = view.isPresent() ? view.get().articles() : earlier.map(Pipeline::articlesOf).orElse(0L);
            boolean extend = (view.isPresent() || earlier.isPresent()) && keptIds.size() <= covered;
            List<AnalyzedArticle> corpus = extend ? destination.articles(keptIds) : destination.corpus();
            if (corpus.isEmpty()) {
                return CrossArticle.empty();
            }
            Computed computed;
            try {
                CorpusAnalyzer analyzer = crossArticle.get();
                computed = analyzer.withEmbeddingCache(destination.embeddingCache(), () -> {
                    if (extend && analyzer instanceof IncrementalCorpusAnalyzer incremental) {
                        AccountChange change = incremental.extend(view.orElseGet(() -> AccountView.of(earlier.get())), corpus,
                                destination::articles, listener);
                        return view.isPresent() ? new Computed(change.after(), Optional.of(change))
                                : new Computed(change.applyTo(earlier.get()), Optional.empty());
                    }
                    return new Computed(analyzer.analyze(extend ? destination.corpus() : corpus, listener), Optional.empty());
                });
            } catch (RuntimeException | OutOfMemoryError e) {
                InputProblem problem = crossArticleProblem(corpus.size() + (extend ? " added" : "") + " articles", e);
                destination.keep(List.of(), List.of(problem));
                problems.add(problem);
                return CrossArticle.empty();
            } finally {
                listener.stageDone();
            }
            if (computed.change().isPresent()) {
                destination.keep(computed.change().get());
            } else {
                destination.keep(computed.account());
            }
            return computed.account();
        }

        /** The account computed, and the change to keep where the destination served it part by part. */
        private record Computed(CrossArticle account, Optional<AccountChange> change) {
        }

        @Override
        public void close() {
            if (runner != null) {
                runner.close();
            }
        }
    }

    /** A value built on first use, once, from whichever thread asks first. */
    private static final class Lazy<T> {
        private final Supplier<? extends T> supplier;
        private T value;

        Lazy(Supplier<? extends T> supplier) {
            this.supplier = Objects.requireNonNull(supplier, "supplier");
        }

        synchronized T get() {
            if (value == null) {
                value = Objects.requireNonNull(supplier.get(), "the supplier gave nothing");
            }
            return value;
        }
    }
}
