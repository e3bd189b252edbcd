package org.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Issue 12: bad inputs and records never fail the job. A broken JSON line, an empty file, a truncated
 * gzip archive and a path that does not exist are each a problem naming the input (counted, printed by
 * the command, and kept in the {@code problems} table), and the good article beside them is analysed.
 */
class Issue12BadRecordsTest {

    private static final Path SEED = Path.of(System.getProperty("parallax.repositoryRoot", "..")).toAbsolutePath().normalize()
            .resolve("examples/002_afd6bb49de05422a.txt");

    @Test
    void badInputsAreProblemsAndTheRestIsAnalysed(@TempDir Path folder) throws Exception {
        Path inputs = Files.createDirectories(folder.resolve("inputs"));
        String text = Files.readString(SEED);
        Files.writeString(inputs.resolve("a-lines.jsonl"), "{\"text\": " + quoted(text) + ", \"outlet\": \"The Jerusalem Post\"}\n"
                + "{\"text\": \"unterminated\n", StandardCharsets.UTF_8);
        Files.createFile(inputs.resolve("b-empty.txt"));
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\n" + text).getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = Arrays.copyOf(gzip.toByteArray(), gzip.size() / 2);
        Files.write(inputs.resolve("c-archive.warc.gz"), truncated);
        Path out = folder.resolve("out");

        SparkJobResult result = new SparkAnalysisJob(LocalSpark.session()).run(SparkJobSettings.of(
                List.of(inputs.toString(), folder.resolve("no-such-folder").toString()), out.toString()));

        assertThat(result.articles()).isEqualTo(1);
        assertThat(result.problems()).extracting(InputProblem::input).anySatisfy(input -> assertThat(input).endsWith("a-lines.jsonl"))
                .anySatisfy(input -> assertThat(input).endsWith("b-empty.txt"))
                .anySatisfy(input -> assertThat(input).contains("c-archive.warc.gz"))
                .anySatisfy(input -> assertThat(input).endsWith("no-such-folder"));
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.category()).isEqualTo(ProblemCategory.BAD_INPUT));
        List<Row> table = LocalSpark.session().read().parquet(out.resolve("parquet/problems").toString()).collectAsList();
        assertThat(table).hasSize(result.problems().size());
        assertThat(table).extracting(row -> row.getAs("category").toString()).containsOnly("bad-input");
        assertThat(Files.readString(out.resolve("analysis.json"))).contains("\"problems\"", "b-empty.txt", "no such file or folder");
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
