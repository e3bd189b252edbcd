package org.parallax.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.parallax.store.Answers;
import org.parallax.store.SearchHit;
import org.parallax.store.SearchQuery;
import org.parallax.store.Store;
import org.parallax.store.StoreBenchmark;

/**
 * A load test of a running server on loopback: {@code clients} concurrent clients (threads with
 * java.net.http's client, one connection each) ask for one kind of page as fast as they are answered,
 * for {@code seconds} after a warm-up; requests per second, median and p99 latency per kind.
 */
public final class ServerBenchmark {

    /**
     * @param clients concurrent clients
     * @param seconds how long each kind is measured (after a warm-up of a fifth of it)
     */
    public record Settings(int clients, double seconds) {
        public Settings {
            if (clients < 1 || seconds <= 0) {
                throw new IllegalArgumentException("clients and seconds must be positive: " + clients + ", " + seconds);
            }
        }
    }

    /**
     * One kind's figures; {@code cpuMillisPerRequest} is the process's CPU time (server and clients, which share
     * the JVM) per answered request: less distorted by other processes' load than the wall-clock figures.
     */
    public record Result(String kind, long requests, long failures, double seconds, double medianMillis, double p99Millis,
            double cpuMillisPerRequest) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    private final Settings settings;
    private final PrintWriter log;

    public ServerBenchmark(Settings settings, PrintWriter log) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Measures search, story and article requests against {@code server}, which serves {@code store}. */
    public List<Result> run(ParallaxServer server, Store store) {
        List<String> words = StoreBenchmark.vocabulary(store);
        List<String> stories = store.stories().stream().map(summary -> summary.story().id()).toList();
        List<String> articles = store.search(SearchQuery.all().withPage(0, 1000)).hits().stream().map(SearchHit::article).toList();
        if (words.isEmpty() || stories.isEmpty() || articles.isEmpty()) {
            throw new IllegalStateException("the store needs articles and stories to measure the server over");
        }
        Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
        kinds.put("search (one word: 10 hits with snippets, facets)", random ->
                "api/v1/search?q=" + URLEncoder.encode(pick(words, random), StandardCharsets.UTF_8));
        kinds.put("story page (story with coverage and blindspots)", random -> "api/v1/stories/" + pick(stories, random));
        kinds.put("article (with its spans)", random -> "api/v1/articles/" + pick(articles, random));
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Function<Random, String>> kind : kinds.entrySet()) {
            measure(server.address(), kind.getValue(), settings.seconds() / 5);
            Result result = measure(server.address(), kind.getValue(), settings.seconds());
            results.add(new Result(kind.getKey(), result.requests(), result.failures(), result.seconds(), result.medianMillis(),
                    result.p99Millis(), result.cpuMillisPerRequest()));
            log.printf(Locale.ROOT, "  %s: %.0f requests/s, median %.1f ms, p99 %.1f ms, %.1f ms CPU/request (%d requests, %d failed)%n",
                    kind.getKey(), result.perSecond(), result.medianMillis(), result.p99Millis(), result.cpuMillisPerRequest(),
                    result.requests(), result.failures());
            log.flush();
        }
        return results;
    }

    private Result measure(URI base, Function<Random, String> path, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int c = 0; c < settings.clients(); c++) {
            long[][] mine = {new long[1024]};
            int[] count = {0};
            Random random = new Random(c);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(path.apply(random))).timeout(Duration.ofSeconds(60)).GET().build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            continue;
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                        continue;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (count[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
                    }
                    mine[0][count[0]++] = System.nanoTime() - sent;
                }
                synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                }
            }, "parallax-bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            return new Result("", 0, failures.get(), elapsed, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Result("", all.length, failures.get(), elapsed, all[all.length / 2] / 1e6,
                all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6, cpuMillis / all.length);
    }

    /** The CPU time of this process so far, every thread. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** How many articles the store's largest story has: for a report of the store's shape. */
    public static int largestStory(Store store) {
        return store.stories().stream().mapToInt(Answers.StorySummary::articles).max().orElse(0);
    }
}
