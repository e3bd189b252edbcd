package org.parallax.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.Input;
import org.parallax.ingest.html.Fixtures;

/**
 * Issue 12: {@code parallax ingest} loads the JSON Lines the Spark job (and {@code parallax export})
 * writes: an {@code {"kind": "article", "article": {...}}} line is read as its article's text and
 * metadata, and the entity, event and story lines beside it are passed over, not reported as problems.
 */
class Issue12ParallaxJsonLinesTest {

    @Test
    void articleLinesAreReadAndAccountLinesPassedOver(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("articles-00000.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"kind\":\"article\",\"article\":{\"id\":\"a1\",\"source\":\"x.txt\",\"format\":\"text\","
                        + "\"url\":\"https://news.example.org/a\",\"title\":\"Rescuers reach village\",\"subtitle\":null,"
                        + "\"outlet\":\"Example News\",\"authors\":[\"Ana Silva\"],\"published\":\"2023-05-02\","
                        + "\"publishedFrom\":\"manifest\",\"captured\":null,\"text\":\"Rescue teams reached the village.\","
                        + "\"embeddedPosts\":[],\"removed\":[],\"quotes\":[],\"timexes\":[],\"mentions\":[]}}",
                "{\"kind\":\"entity\",\"entity\":{\"id\":\"e1\",\"name\":\"Ana Silva\"}}",
                "{\"kind\":\"story\",\"story\":{\"id\":\"s1\",\"title\":\"Rescuers reach village\"}}",
                ""));
        Fixtures.Collected sink = new Fixtures.Collected();

        new JsonLinesReader().read(new Input(file, "jsonl/articles-00000.jsonl", 1 << 20), sink);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.articles).hasSize(1);
        ArticleDraft draft = sink.articles.get(0);
        assertThat(draft.source()).isEqualTo("jsonl/articles-00000.jsonl#line-1");
        assertThat(draft.text()).isEqualTo("Rescue teams reached the village.");
        assertThat(draft.title()).contains("Rescuers reach village");
        assertThat(draft.outlet()).contains("Example News");
        assertThat(draft.url()).contains("https://news.example.org/a");
        assertThat(draft.authors()).containsExactly("Ana Silva");
        assertThat(draft.published()).contains(LocalDate.of(2023, 5, 2));
    }
}
