package org.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.model.Article;
import org.parallax.model.InputFormat;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Reads every input a user names into articles, in parallel, keeping their order. One input's
 * failure never stops the others: it becomes an {@link InputProblem} naming the input and what is
 * wrong with it.
 */
public final class Ingestor {

    private final Map<InputFormat, FormatReader> readers;
    private final IngestOptions options;
    private final ArticleFinisher finisher;

    public Ingestor(Map<InputFormat, FormatReader> readers, IngestOptions options) {
        this.readers = new EnumMap<>(readers);
        this.options = Objects.requireNonNull(options, "options");
        this.finisher = new ArticleFinisher(options.manifest());
    }

    /** Reads every input under {@code paths}; the manifest's rows that matched none of them come last in the problems. */
    public IngestResult ingest(List<String> paths, IngestListener listener) {
        IngestResult read = ingest(walker().walk(paths), listener);
        List<InputProblem> problems = new ArrayList<>(read.problems());
        problems.addAll(unmatchedManifestRows());
        return new IngestResult(read.articles(), problems, read.skipped(), read.inputs());
    }

    /**
     * The manifest's rows that matched no input read so far, one problem each: a caller that reads a walk in parts
     * ({@link #ingest(InputWalker.Walk, IngestListener)}) asks once, after the last part.
     */
    public List<InputProblem> unmatchedManifestRows() {
        return options.manifest().unmatchedRows();
    }

    /** The walker that expands paths into inputs as {@link #ingest(List, IngestListener)} does. */
    public InputWalker walker() {
        return new InputWalker(options.maxInputBytes(), options.manifest().file());
    }

    /**
     * Reads the inputs of a walk done already (or a part of one, for callers that read a large
     * walk in batches); the walk's problems come first in the result. Manifest rows that match nothing
     * are not reported here, since a later part may match them: see {@link #unmatchedManifestRows()}.
     */
    public IngestResult ingest(InputWalker.Walk walk, IngestListener listener) {
        long[] sizes = new long[walk.inputs().size()];
        long totalBytes = 0;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = sizeOnDisk(walk.inputs().get(i).input());
            totalBytes += sizes[i];
        }
        listener.planned(walk.inputs().size(), totalBytes);
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>(walk.problems());
        List<String> skipped = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
            Thread thread = new Thread(runnable, "parallax-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                InputWalker.Found found = walk.inputs().get(i);
                long size = sizes[i];
                outcomes.add(pool.submit(() -> {
                    Outcome outcome = read(found);
                    listener.inputDone(found.input(), size, outcome.articles.size(), outcome.problems.size());
                    return outcome;
                }));
            }
            int read = 0;
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i).get();
                if (outcome.skipped) {
                    skipped.add(walk.inputs().get(i).input().name());
                } else {
                    read++;
                }
                articles.addAll(outcome.articles);
                problems.addAll(outcome.problems);
            }
            return new IngestResult(articles, problems, skipped, read);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingestion was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingestion failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome read(InputWalker.Found found) {
        Input input = found.input();
        Outcome outcome = new Outcome();
        try {
            if (Files.size(input.path()) == 0) {
                throw new BadInputException("empty file");
            }
            Optional<InputFormat> format = FormatSniffer.detect(input, found.explicit());
            if (format.isEmpty()) {
                outcome.skipped = true;
                return outcome;
            }
            FormatReader reader = readers.get(format.get());
            if (reader == null) {
                throw new BadInputException("no reader for " + format.get() + " inputs in this build");
            }
            reader.read(input, new ArticleSink() {
                @Override
                public void article(ArticleDraft draft) {
                    try {
                        outcome.articles.add(finisher.finish(input.path(), draft));
                    } catch (BadInputException e) {
                        outcome.problems.add(e.toProblem(draft.source()));
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                    outcome.problems.add(problem);
                }
            });
        } catch (BadInputException e) {
            outcome.problems.add(e.toProblem(input.name()));
        } catch (NoSuchFileException e) {
            outcome.problems.add(InputProblem.badInput(input.name(), "no such file"));
        } catch (AccessDeniedException e) {
            outcome.problems.add(InputProblem.badInput(input.name(), "permission denied"));
        } catch (IOException e) {
            outcome.problems.add(InputProblem.badInput(input.name(), "cannot be read: " + e.getMessage()));
        } catch (OutOfMemoryError e) {
            outcome.problems.add(new InputProblem(input.name(), Optional.empty(), ProblemCategory.OUT_OF_RESOURCES,
                    "ran out of memory reading it; lower --max-input-size or give Java more heap"));
        } catch (RuntimeException e) {
            outcome.problems.add(new InputProblem(input.name(), Optional.empty(), ProblemCategory.INTERNAL,
                    "internal error, please report it: " + e));
        }
        return outcome;
    }

    private static long sizeOnDisk(Input input) {
        try {
            return Files.size(input.path());
        } catch (IOException e) {
            return 0;
        }
    }

    private static final class Outcome {
        final List<Article> articles = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
        boolean skipped;
    }
}
