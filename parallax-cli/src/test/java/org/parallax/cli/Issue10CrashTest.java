package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.SearchQuery;
import org.parallax.store.Store;
import org.parallax.store.StoreLocation;
import org.parallax.testing.TestPostgresql;

/**
 * Issue 10: an ingest killed with {@code kill -9} at random moments, many times, leaves a store
 * that opens, holds every article the run reported stored (whole: record and search index), and
 * takes the rest on the next run. Ingests read and clean only ({@code --no-language}), so each
 * run is quick and the kills land all over the writing. Both backends: the embedded store and PostgreSQL.
 */
class Issue10CrashTest {

    private static final int ARTICLES = 300;
    private static final int KILLS = 6;
    private static final Pattern STORED = Pattern.compile("stored (a[0-9a-f]{12}) ");

    @TempDir
    Path folder;

    @Test
    void killedIngestsLeaveAWholeStoreAndResume() throws Exception {
        Path data = folder.resolve("parallax-data");
        killAndResume(List.of("--store", data.toString()), StoreLocation.embedded(data));
    }

    /**
     * The same for a PostgreSQL store (the database named by {@code PARALLAX_TEST_POSTGRESQL}, emptied first, as
     * the store contract's tests do) with this machine's search index in a local folder: the records commit in
     * the database, the index beside it, and a kill between the two commits must leave both whole.
     */
    @Test
    void killedIngestsLeaveAWholePostgresqlStoreAndResume() throws Exception {
        String address = TestPostgresql.address();
        Path index = folder.resolve("postgresql-index");
        StoreLocation location = StoreLocation.parse(address, index);
        TestPostgresql.empty(location.jdbcUrl(), location.user(), location.password());
        killAndResume(List.of("--store", address, "--index", index.toString()), location);
    }

    private void killAndResume(List<String> storeArguments, StoreLocation location) throws Exception {
        Path corpus = corpus();
        Set<String> reported = new HashSet<>();
        Random random = new Random(10);
        int killed = 0;
        for (int attempt = 0; attempt < KILLS; attempt++) {
            Run ingest = ingest(storeArguments, corpus);
            boolean finished = ingest.process().waitFor(1000 + random.nextInt(5000), TimeUnit.MILLISECONDS);
            if (!finished) {
                ingest.process().destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
                ingest.process().waitFor();
                killed++;
            }
            reported.addAll(storedLines(ingest));
            try (Store store = Store.open(location)) {
                Set<String> held = new HashSet<>();
                store.forEachArticle(article -> held.add(article.id()));
                assertThat(held).as("after attempt %d", attempt).containsAll(reported);
                assertThat(store.search(SearchQuery.all()).total()).as("the index holds what the records hold").isEqualTo(held.size());
            }
        }
        Run last = ingest(storeArguments, corpus);
        assertThat(last.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.process().exitValue()).as(Files.readString(last.log())).isZero();
        try (Store store = Store.open(location)) {
            assertThat(store.counts().articles()).isEqualTo(ARTICLES);
            assertThat(store.search(SearchQuery.text("variation")).total()).isEqualTo(ARTICLES);
        }
        assertThat(killed).as("some runs were killed midway").isPositive();
    }

    /** Articles made from the examples, each with a line of its own so that none is a duplicate of another. */
    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(ExamplesTest.ROOT.resolve("examples"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        for (int i = 0; i < ARTICLES; i++) {
            String text = texts.get(i % texts.size()) + "\n\nThis is variation number " + i + " of the article, for the crash test.";
            Files.writeString(corpus.resolve(String.format("%04d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return corpus;
    }

    /** A running ingest and the file its output goes to. */
    private record Run(Process process, Path log) {
    }

    private Run ingest(List<String> storeArguments, Path corpus) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile(folder, "ingest", ".out");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ParallaxCommand.class.getName(), "ingest", "--no-language", "--no-progress", "--verbose", "--threads", "1",
                "--batch-size", "10"));
        command.addAll(storeArguments);
        command.add(corpus.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Run(process, log);
    }

    /** The ids the run reported stored: a line is printed only once its batch is committed. */
    private static Set<String> storedLines(Run run) throws IOException {
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(run.log(), StandardCharsets.UTF_8)) {
            Matcher matcher = STORED.matcher(line);
            if (matcher.lookingAt()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }
}
