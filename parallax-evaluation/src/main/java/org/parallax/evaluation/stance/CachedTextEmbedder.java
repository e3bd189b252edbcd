package org.parallax.evaluation.stance;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.crossarticle.stories.TextWindow;
import org.parallax.crossarticle.stories.WindowedEmbedding;
import org.parallax.crossarticle.stories.WindowedText;

/**
 * A {@link TextEmbedder} that remembers what it embedded in a file, so that training and scoring
 * runs over the same sets (some 40,000 sentences) embed each text once. The file holds the
 * embedder's dimension, then each text (UTF-8) with its vector; a file of another dimension is
 * ignored and rewritten.
 */
public final class CachedTextEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean changed;

    public CachedTextEmbedder(TextEmbedder delegate, Path file) throws IOException {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.file = Objects.requireNonNull(file, "file");
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() == delegate.dimension()) {
                    int count = in.readInt();
                    for (int i = 0; i < count; i++) {
                        byte[] text = new byte[in.readInt()];
                        in.readFully(text);
                        float[] vector = new float[delegate.dimension()];
                        for (int d = 0; d < vector.length; d++) {
                            vector[d] = in.readFloat();
                        }
                        vectors.put(new String(text, StandardCharsets.UTF_8), vector);
                    }
                }
            }
        }
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        Set<String> unseen = new LinkedHashSet<>();
        for (String text : texts) {
            if (!vectors.containsKey(text)) {
                unseen.add(text);
            }
        }
        if (!unseen.isEmpty()) {
            List<String> missing = List.copyOf(unseen);
            List<float[]> computed = delegate.embedAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
            }
            changed = true;
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(text -> result.add(vectors.get(text)));
        return result;
    }

    /** The windowed embeddings, their vectors remembered under the text and each window's {@link TextWindow#cacheText}. */
    @Override
    public List<WindowedEmbedding> embedWindows(List<WindowedText> texts) {
        EmbeddingCache kept = new EmbeddingCache() {
            @Override
            public Map<String, float[]> find(Collection<String> keys) {
                Map<String, float[]> found = new HashMap<>();
                keys.forEach(key -> {
                    if (vectors.containsKey(key)) {
                        found.put(key, vectors.get(key));
                    }
                });
                return found;
            }

            @Override
            public void keep(Map<String, float[]> embeddings) {
                vectors.putAll(embeddings);
                changed = true;
            }
        };
        return CachingTextEmbedder.windowsThrough(kept, text -> text, delegate, texts, count -> { });
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    /** Writes every vector to the file, if any was added since it was read. */
    public void save() throws IOException {
        if (!changed) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(delegate.dimension());
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                byte[] text = entry.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                for (float value : entry.getValue()) {
                    out.writeFloat(value);
                }
            }
        }
        changed = false;
    }
}
