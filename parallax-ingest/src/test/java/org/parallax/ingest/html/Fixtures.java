package org.parallax.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.ArticleSink;
import org.parallax.model.InputProblem;

/** Test helpers: fixture files and a sink that keeps what it receives. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The path of a fixture under {@code src/test/resources/fixtures}. */
    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture's text, read as UTF-8. */
    public static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An {@link ArticleSink} that records drafts and problems in order. */
    public static final class Collected implements ArticleSink {
        public final List<ArticleDraft> articles = new ArrayList<>();
        public final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void article(ArticleDraft draft) {
            articles.add(draft);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }
    }
}
