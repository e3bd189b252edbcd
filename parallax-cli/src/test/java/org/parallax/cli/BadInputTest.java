package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input, end to end through {@code parallax analyze}: each bad file gets one line naming it and
 * its problem, the good ones are still analysed, and the exit status says that some input failed.
 */
class BadInputTest {

    private static final String GOOD_TEXT = "Kremlin warns Israel over arms for Kyiv\n\nBy Jane Doe\n\n"
            + "Deputy Chairman of the Russian Security Council Dmitry Medvedev warned Israel on Monday against "
            + "supplying weapons to Ukraine, saying it would destroy relations between the two countries.\n";

    @TempDir
    Path folder;
    Path inputs;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        inputs = Files.createDirectories(folder.resolve("inputs"));
        out = folder.resolve("out");
        Files.writeString(inputs.resolve("good.txt"), GOOD_TEXT);
    }

    private CommandRun analyze(String... extra) {
        String[] args = {"analyze", "--no-language", "--no-progress", "--out", out.toString(), inputs.toString()};
        String[] all = Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CommandRun.of(all);
    }

    private JsonNode analysis() throws IOException {
        return new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
    }

    private void assertOneProblem(CommandRun run, String file, String message) throws IOException {
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.err().lines().filter(line -> line.contains(file)))
                .singleElement().asString().contains(message);
        JsonNode analysis = analysis();
        assertThat(analysis.at("/articles")).hasSize(1);
        assertThat(analysis.at("/articles/0/title").asText()).isEqualTo("Kremlin warns Israel over arms for Kyiv");
        assertThat(analysis.at("/inputs/problems")).hasSize(1);
        assertThat(analysis.at("/inputs/problems/0/input").asText()).endsWith(file);
    }

    @Test
    void allGoodInputsExitZero() throws IOException {
        CommandRun run = analyze();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(analysis().at("/articles")).hasSize(1);
        assertThat(out.resolve("report.html")).content().contains("Kremlin warns Israel over arms for Kyiv");
        if (Files.getFileStore(out).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("analysis.json"))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Files.write(inputs.resolve("photo.txt"), bytes);
        assertOneProblem(analyze(), "photo.txt", "binary file");
    }

    @Test
    void emptyFile() throws IOException {
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        assertOneProblem(analyze(), "empty.txt", "empty file");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "“Exactly as you described it,” Koren said.".getBytes(StandardCharsets.UTF_8);
        bytes[10] = (byte) 0xC3;
        bytes[11] = (byte) 0x28;
        Files.write(inputs.resolve("broken.txt"), bytes);
        assertOneProblem(analyze(), "broken.txt", "invalid UTF-8");
    }

    @Test
    void truncatedGzip() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(("<html><body><article><p>" + "Talks resumed in Istanbul. ".repeat(200) + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = buffer.toByteArray();
        Files.write(inputs.resolve("page.html.gz"), Arrays.copyOf(whole, whole.length / 2));
        assertOneProblem(analyze(), "page.html.gz", "truncated gzip");
    }

    @Test
    void brokenWarcRecord() throws IOException {
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n"
                + "WARC-Date: 2022-02-27T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:6e3e4f6c-0000-4000-8000-000000000001>\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: 5000\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut short";
        Files.writeString(inputs.resolve("crawl.warc"), record);
        CommandRun run = analyze();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.err().lines().filter(line -> line.contains("crawl.warc"))).hasSize(1);
        assertThat(analysis().at("/articles")).hasSize(1);
    }

    @Test
    void htmlWithoutArticle() throws IOException {
        Files.writeString(inputs.resolve("menu.html"), "<!doctype html><html><head><title>Menu</title></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav></body></html>");
        assertOneProblem(analyze(), "menu.html", "no article text");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Files.writeString(inputs.resolve("huge.txt"), "A sentence that repeats. ".repeat(200));
        CommandRun run = analyze("--max-input-size", "2KB");
        assertOneProblem(run, "huge.txt", "over the 2 KB limit");
        assertThat(analysis().at("/inputs/problems/0/category").asText()).isEqualTo("out-of-resources");
    }

    @Test
    void missingPathIsNamed() throws IOException {
        CommandRun run = CommandRun.of("analyze", "--no-language", "--no-progress", "--out", out.toString(),
                inputs.toString(), folder.resolve("nowhere.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(run.err()).contains("nowhere.txt: no such file or folder");
        assertThat(analysis().at("/articles")).hasSize(1);
    }

    @Test
    void aFailedWriteLeavesTheEarlierAnalysisWhole() throws IOException {
        assertThat(analyze().exitCode()).isEqualTo(ExitCodes.OK);
        String before = Files.readString(out.resolve("analysis.json"));
        CommandRun run = CommandRun.of("analyze", "--no-language", "--no-progress",
                "--out", out.resolve("report.html").toString(), inputs.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("cannot write the output");
        assertThat(Files.readString(out.resolve("analysis.json"))).isEqualTo(before);
    }

    @Test
    void unreadableManifestStopsBeforeWriting() throws IOException {
        Path manifest = Files.writeString(folder.resolve("manifest.csv"), "path,colour\ngood.txt,blue\n");
        CommandRun run = analyze("--manifest", manifest.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FATAL);
        assertThat(run.err()).contains("manifest.csv").contains("unknown column 'colour'");
        assertThat(out.resolve("analysis.json")).doesNotExist();
    }
}
