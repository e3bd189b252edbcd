package org.parallax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parallax.ingest.ByteSize;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.Manifest;
import org.parallax.pipeline.ClaimChecker;
import org.parallax.pipeline.Pipeline;
import org.parallax.pipeline.PipelineSettings;
import org.parallax.server.Analysis;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerSettings;
import org.parallax.store.Store;
import org.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax serve}: the web UI and the REST API over a store, until interrupted (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store over HTTP: the web UI at /, the REST API under /api/v1/ (described at /openapi.json).",
            "On a loopback address (the default) reads are open and writes need a token (parallax token create);"
                    + " on any other address every request needs one. Stops on Ctrl-C."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:stopped",
            "2:the command line is wrong",
            "3:the store cannot be opened, or the port cannot be listened on",
            "4:the store is busy: another process is writing to it"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ReadingOptions reading;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--max-request-size", paramLabel = "SIZE", defaultValue = "64MB",
            description = "The largest request accepted, uploads included (default: ${DEFAULT-VALUE}).")
    String maxRequestSize;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_REQUESTS_PER_SECOND,
            description = "Requests a second one client may make, bursts of twice as many (default: ${DEFAULT-VALUE}; 0: no limit).")
    int rateLimit;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, ByteSize.parse(maxRequestSize), rateLimit);
            ByteSize.parse(reading.maxInputSize);
        } catch (IllegalArgumentException e) {
            err.println("parallax: " + e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parallax-serve-stop");
        try (Store store = storeOptions.open()) {
            Ingestor ingestor = reading.ingestor(Manifest.empty());
            Analysis analysis = new Analysis(Pipeline.standard(ingestor, PipelineSettings.defaults().withThreads(reading.workers())),
                    ClaimChecker.standard());
            try (ParallaxServer server = ParallaxServer.start(store, analysis, settings, System.err)) {
                out.printf("serving %s at %s (Ctrl-C stops)%n", store.location(), server.address());
                out.flush();
                Runtime.getRuntime().addShutdownHook(hook);
                stop.await();
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("parallax: " + e.getMessage());
            return StoreOptions.exitCode(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            // Jetty's failure to bind (port in use, address not of this machine) comes wrapped by Javalin.
            err.println("parallax: cannot serve on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCodes.FATAL;
        } finally {
            stopped.countDown();
            out.flush();
            err.flush();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
