package org.parallax.server;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.parallax.crossarticle.CrossArticleListener;
import org.parallax.ingest.Input;
import org.parallax.model.Article;
import org.parallax.model.InputProblem;
import org.parallax.pipeline.PipelineListener;
import org.parallax.pipeline.PipelineResult;

/**
 * One upload being analysed and stored: its state and progress, heard from the pipeline and sent
 * to whoever follows it as server-sent events ({@code progress} while it runs, then one {@code done}
 * or {@code failed}). A subscriber that comes late gets the current state first, so nothing is missed.
 */
final class IngestJob implements PipelineListener {

    /** Where a job is. */
    enum State { QUEUED, RUNNING, DONE, FAILED }

    private final String id;
    private final String who;
    private final List<String> files;
    private final Instant createdAt = Instant.now();
    private final List<SseClient> followers = new CopyOnWriteArrayList<>();
    private final List<String> storedArticles = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private State state = State.QUEUED;
    private String stage = "queued";
    private int inputs;
    private int inputsRead;
    private int articlesRead;
    private int annotationPlanned;
    private int annotated;
    private Optional<String> failure = Optional.empty();
    private Optional<Instant> finishedAt = Optional.empty();

    IngestJob(String id, String who, List<String> files) {
        this.id = Objects.requireNonNull(id, "id");
        this.who = Objects.requireNonNull(who, "who");
        this.files = List.copyOf(files);
    }

    String id() {
        return id;
    }

    String who() {
        return who;
    }

    synchronized State state() {
        return state;
    }

    synchronized void started() {
        state = State.RUNNING;
        stage = "reading";
        publish("progress");
    }

    synchronized void finished(PipelineResult result) {
        problems.clear();
        problems.addAll(result.problems());
        state = State.DONE;
        stage = "done";
        finishedAt = Optional.of(Instant.now());
        publish("done");
        closeFollowers();
    }

    synchronized void failed(String message) {
        state = State.FAILED;
        stage = "failed";
        failure = Optional.of(message);
        finishedAt = Optional.of(Instant.now());
        publish("failed");
        closeFollowers();
    }

    @Override
    public synchronized void planned(int plannedInputs, long bytes) {
        inputs = plannedInputs;
        publish("progress");
    }

    @Override
    public synchronized void inputDone(Input input, long bytes, int articles, int inputProblems) {
        inputsRead++;
        articlesRead += articles;
        publish("progress");
    }

    @Override
    public synchronized void annotationPlanned(int articles) {
        annotationPlanned = articles;
        stage = "analysing";
        publish("progress");
    }

    @Override
    public synchronized void articleAnnotated() {
        annotated++;
        publish("progress");
    }

    @Override
    public synchronized void batchKept(List<Article> articles) {
        articles.forEach(article -> storedArticles.add(article.id()));
        stage = "storing";
        publish("progress");
    }

    @Override
    public synchronized void step(CrossArticleListener.Step step, int done, int total) {
        stage = step.description();
        publish("progress");
    }

    /** Follows the job: the current state now, every change after, until it ends. */
    synchronized void follow(SseClient client) {
        client.sendEvent(state == State.DONE ? "done" : state == State.FAILED ? "failed" : "progress",
                new String(JsonBodies.bytes(this::write), StandardCharsets.UTF_8));
        if (state == State.DONE || state == State.FAILED) {
            client.close();
            return;
        }
        client.onClose(() -> followers.remove(client));
        followers.add(client);
        client.keepAlive();
    }

    private void publish(String event) {
        if (followers.isEmpty()) {
            return;
        }
        String data = new String(JsonBodies.bytes(this::write), StandardCharsets.UTF_8);
        for (SseClient client : followers) {
            if (client.terminated()) {
                followers.remove(client);
            } else {
                client.sendEvent(event, data);
            }
        }
    }

    private void closeFollowers() {
        for (SseClient client : followers) {
            client.close();
        }
        followers.clear();
    }

    /** The job as JSON: {@code {id, state, stage, who, files, inputs, inputsRead, articlesRead, ...}}. */
    synchronized void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("state", JsonBodies.lower(state));
        json.writeStringField("stage", stage);
        json.writeStringField("who", who);
        StoryApi.writeStrings("files", files, json);
        json.writeNumberField("inputs", inputs);
        json.writeNumberField("inputsRead", inputsRead);
        json.writeNumberField("articlesRead", articlesRead);
        json.writeNumberField("articlesToAnalyse", annotationPlanned);
        json.writeNumberField("articlesAnalysed", annotated);
        StoryApi.writeStrings("articlesStored", storedArticles, json);
        json.writeArrayFieldStart("problems");
        for (InputProblem problem : problems) {
            json.writeStartObject();
            json.writeStringField("input", problem.input());
            json.writeStringField("category", JsonBodies.lower(problem.category()));
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (failure.isPresent()) {
            json.writeStringField("failure", failure.get());
        } else {
            json.writeNullField("failure");
        }
        json.writeStringField("createdAt", createdAt.toString());
        if (finishedAt.isPresent()) {
            json.writeStringField("finishedAt", finishedAt.get().toString());
        } else {
            json.writeNullField("finishedAt");
        }
        json.writeEndObject();
    }
}
