package org.parallax.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Input;
import org.parallax.ingest.html.Fixtures;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.ProblemCategory;

class JsonLinesReaderTest {

    private final JsonLinesReader reader = new JsonLinesReader();

    private Fixtures.Collected read(Path file, String name, long maxBytes) throws Exception {
        Fixtures.Collected sink = new Fixtures.Collected();
        reader.read(new Input(file, name, maxBytes), sink);
        return sink;
    }

    @Test
    void readsATextLineWithAllItsFields() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("jsonl/articles.jsonl"), "articles.jsonl", 1 << 20);

        ArticleDraft draft = sink.articles.get(0);
        assertThat(draft.source()).isEqualTo("articles.jsonl#line-1");
        assertThat(draft.format()).isEqualTo(InputFormat.JSON_LINES);
        assertThat(draft.text()).isEqualTo(
                "Rescue teams reached the village on Tuesday.\n\nThe road had been cut off by a landslide for four days.");
        assertThat(draft.url()).contains("https://news.example.org/2023/05/02/village-reached");
        assertThat(draft.title()).contains("Rescuers reach cut-off village");
        assertThat(draft.subtitle()).contains("Landslide had blocked the only road");
        assertThat(draft.outlet()).contains("Example News");
        assertThat(draft.authors()).containsExactly("Ana Silva", "Ben Cole");
        // 22:40 at -04:00 is already 3 May in UTC: the date as written wins.
        assertThat(draft.published()).contains(LocalDate.of(2023, 5, 2));
        assertThat(draft.publishedFrom()).isEqualTo(DateSource.METADATA);
    }

    @Test
    void readsAnHtmlLineLettingTheLinesFieldsWinOverThePage() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("jsonl/articles.jsonl"), "articles.jsonl", 1 << 20);

        ArticleDraft draft = sink.articles.get(1);
        assertThat(draft.source()).isEqualTo("articles.jsonl#line-3");
        assertThat(draft.title()).contains("Port strike over after eleven days");
        assertThat(draft.outlet()).contains("Harbour Times");
        assertThat(draft.authors()).containsExactly("Jo Reyes");
        assertThat(draft.published()).contains(LocalDate.of(2023, 6, 1));
        assertThat(draft.url()).contains("https://harbourtimes.example.com/port-strike-ends");
        assertThat(draft.text()).startsWith("Dock workers returned to work on Thursday morning")
                .doesNotContain("Port strike ends");
    }

    @Test
    void reportsBrokenLinesAndLinesWithoutTextAndSkipsBlankOnes() throws Exception {
        Fixtures.Collected sink = read(Fixtures.path("jsonl/articles.jsonl"), "articles.jsonl", 1 << 20);

        assertThat(sink.articles).hasSize(2);
        assertThat(sink.problems).hasSize(2);
        assertThat(sink.problems.get(0).input()).isEqualTo("articles.jsonl");
        assertThat(sink.problems.get(0).position()).hasValueSatisfying(
                p -> assertThat(p).matches("line 4, column \\d+"));
        assertThat(sink.problems.get(0).message()).startsWith("not valid JSON: ");
        assertThat(sink.problems.get(1).position()).contains("line 5");
        assertThat(sink.problems.get(1).message()).isEqualTo("the object has neither a \"text\" nor an \"html\" field");
    }

    @Test
    void reportsFieldsOfTheWrongKindAndUnreadableDates(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), String.join("\n",
                "[1, 2]",
                "{\"text\": \"Body.\", \"published\": \"last Tuesday\"}",
                "{\"text\": \"Body.\", \"authors\": {\"name\": \"X\"}}",
                "{\"text\": \"Body.\", \"authors\": \"Jane Roe\"}"));

        Fixtures.Collected sink = read(file, "bad.jsonl", 1 << 20);

        assertThat(sink.problems).extracting(p -> p.position().orElseThrow() + ": " + p.message()).containsExactly(
                "line 1: expected a JSON object, found an array",
                "line 2: field \"published\" is not a date: 'last Tuesday' (expected e.g. 2022-03-24 or"
                        + " 2022-03-24T10:32:00+02:00)",
                "line 3: field \"authors\" must be an array of names or one name, not an object");
        assertThat(sink.articles).singleElement().satisfies(d -> assertThat(d.authors()).containsExactly("Jane Roe"));
    }

    @Test
    void reportsALineOverTheSizeLimitAndReadsTheNextOne(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("big.jsonl"),
                "{\"text\": \"" + "x".repeat(5_000) + "\"}\r\n{\"text\": \"Short body.\"}\r\n");

        Fixtures.Collected sink = read(file, "big.jsonl", 1_000);

        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.position()).contains("line 1");
            assertThat(problem.category()).isEqualTo(ProblemCategory.OUT_OF_RESOURCES);
            assertThat(problem.message()).startsWith("the line is 4.9 KB, over the 1000 B limit");
        });
        assertThat(sink.articles).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("big.jsonl#line-2");
            assertThat(d.text()).isEqualTo("Short body.");
        });
    }

    @Test
    void readsGzippedJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("articles.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(Files.readAllBytes(Fixtures.path("jsonl/articles.jsonl")));
        }

        assertThat(read(file, "articles.jsonl.gz", 1 << 20).articles).hasSize(2);
    }

    @Test
    void refusesAFileWithoutAnyLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("blank.jsonl"), "\n  \n\n");

        assertThatThrownBy(() -> read(file, "blank.jsonl", 1 << 20))
                .isInstanceOf(BadInputException.class)
                .hasMessage("no JSON lines: the file is empty or blank");
    }
}
