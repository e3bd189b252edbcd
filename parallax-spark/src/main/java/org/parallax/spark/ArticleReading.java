package org.parallax.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.parallax.ingest.IngestListener;
import org.parallax.ingest.IngestResult;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Input;
import org.parallax.ingest.InputWalker;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Reads one input file on an executor with parallax-ingest's own readers (no second parser): a local
 * file in place (so that a manifest's paths match it), any other file system's file through a local
 * copy under its own name (the readers decide formats by name and content). What the file held, and
 * what could not be read of it, come back; nothing is thrown.
 */
final class ArticleReading {

    /** What one input gave: its articles, the problems met, and whether it is in no format Parallax reads. */
    record Read(List<Article> articles, List<InputProblem> problems, boolean skipped) {
        Read {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private ArticleReading() {
    }

    /**
     * @param hadoop the job's Hadoop settings (credentials and options of the file systems it reads)
     */
    static Read read(InputFile file, Ingestor ingestor, long maxInputBytes, Configuration hadoop) {
        java.nio.file.Path copy = null;
        try {
            URI uri = URI.create(file.uri());
            java.nio.file.Path local;
            if ("file".equals(uri.getScheme())) {
                local = java.nio.file.Path.of(uri);
            } else {
                copy = Files.createTempDirectory("parallax-input");
                local = copy.resolve(new Path(uri).getName());
                try (InputStream in = new Path(uri).getFileSystem(hadoop).open(new Path(uri))) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Input input = new Input(local, file.name(), maxInputBytes);
            IngestResult result = ingestor.ingest(
                    new InputWalker.Walk(List.of(new InputWalker.Found(input, file.explicit())), List.of()),
                    IngestListener.NONE);
            return new Read(result.articles(), result.problems(), !result.skipped().isEmpty());
        } catch (IOException e) {
            return new Read(List.of(), List.of(InputProblem.badInput(file.name(), "cannot be read: " + e.getMessage())), false);
        } catch (RuntimeException e) {
            return new Read(List.of(), List.of(new InputProblem(file.name(), Optional.empty(), ProblemCategory.INTERNAL,
                    "internal error, please report it: " + e)), false);
        } finally {
            if (copy != null) {
                delete(copy);
            }
        }
    }

    private static void delete(java.nio.file.Path folder) {
        try (var files = Files.walk(folder)) {
            List<java.nio.file.Path> paths = new ArrayList<>(files.toList());
            java.util.Collections.reverse(paths);
            for (java.nio.file.Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary copy left behind costs disk on the executor, not the result: say so where it is seen.
            System.err.println("parallax-spark: cannot remove the temporary copy " + folder + ": " + e.getMessage());
        }
    }
}
