package org.parallax.language.time;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.SharedParsers;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.EmbeddedPost;
import org.parallax.model.InputFormat;
import org.parallax.model.Timex;

/** Runs CoreNLP and the time stage over texts for the tests; one pipeline per test JVM. */
final class TimeAnalysis {

    private static LanguagePipeline pipeline;

    private TimeAnalysis() {
    }

    static synchronized LanguagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = new LanguagePipeline(List.of(new CoreNlpStage(SharedParsers.withoutDependencies()), new TimeStage()));
        }
        return pipeline;
    }

    static List<Timex> timexes(String text, Optional<LocalDate> published, List<EmbeddedPost> posts) {
        Article article = new Article("test", "test.txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), published,
                published.isPresent() ? DateSource.METADATA : DateSource.NONE, Optional.empty(), text, posts, List.of());
        return pipeline().annotate(article).annotations().timexes();
    }

    static List<Timex> timexes(String text, LocalDate published) {
        return timexes(text, Optional.of(published), List.of());
    }

    /** The {@code occurrence}-th (from 0) expression whose text is exactly {@code covered}. */
    static Timex find(List<Timex> timexes, String text, String covered, int occurrence) {
        List<Timex> matching = timexes.stream().filter(t -> t.span().coveredText(text).equals(covered)).toList();
        if (matching.size() <= occurrence) {
            throw new AssertionError("no expression \"" + covered + "\" #" + occurrence + " among "
                    + timexes.stream().map(t -> t.span().coveredText(text) + "=" + t.value()).toList());
        }
        return matching.get(occurrence);
    }

    static Timex find(List<Timex> timexes, String text, String covered) {
        return find(timexes, text, covered, 0);
    }

    static Path seed(String name) {
        String root = System.getProperty("parallax.repositoryRoot", "..");
        return Path.of(root, "parallax-ingest/src/test/resources/seeds", name);
    }
}
