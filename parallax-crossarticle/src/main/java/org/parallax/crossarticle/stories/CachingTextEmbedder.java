package org.parallax.crossarticle.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An embedder that looks each text up in an {@link EmbeddingCache} first and embeds with the model
 * only the texts the cache does not hold, then keeps those in it. The cache is bound to the calling
 * thread for the length of a piece of work ({@link #using}), so one loaded model serves runs into
 * different stores, and threads that bound none (the cluster job's) use none and are not held up.
 * The embeddings returned are the ones the model gave, bit for bit, so a cached run decides as an
 * uncached one does. As safe for several threads as the model it wraps.
 *
 * <p>Counts the texts it was asked for and those it had the model embed (a text with windows counts once: one run
 * of the model), for benchmarks and logs.
 */
public final class CachingTextEmbedder implements TextEmbedder {

    private final TextEmbedder model;
    private final String modelName;
    private final ThreadLocal<EmbeddingCache> cache = ThreadLocal.withInitial(() -> EmbeddingCache.NONE);
    private final AtomicLong asked = new AtomicLong();
    private final AtomicLong embedded = new AtomicLong();

    /**
     * @param model     the embedder used for texts the cache does not hold
     * @param modelName names the model in every key, so that embeddings of another model are never taken for its own
     */
    public CachingTextEmbedder(TextEmbedder model, String modelName) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
    }

    /** The key of {@code text}'s embedding by model {@code modelName}: the hexadecimal SHA-256 of both (64 characters). */
    public static String key(String modelName, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Runs {@code work} on this thread with {@code bound} as the cache, then goes back to the one before. */
    public <T> T using(EmbeddingCache bound, Supplier<T> work) {
        EmbeddingCache before = cache.get();
        cache.set(Objects.requireNonNull(bound, "bound"));
        try {
            return work.get();
        } finally {
            cache.set(before);
        }
    }

    @Override
    public float[] embed(String text) {
        return embedded(List.of(text), true).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return embedded(texts, false);
    }

    /** The texts' embeddings, those the cache lacks from the model's {@code embed} (one text asked for) or {@code embedAll}. */
    private List<float[]> embedded(List<String> texts, boolean one) {
        EmbeddingCache cache = this.cache.get();
        asked.addAndGet(texts.size());
        Map<String, String> keys = new LinkedHashMap<>();
        for (String text : texts) {
            keys.computeIfAbsent(text, this::keyOf);
        }
        Map<String, float[]> found = new LinkedHashMap<>(cache.find(keys.values()));
        List<String> missing = new ArrayList<>();
        keys.forEach((text, key) -> {
            if (!found.containsKey(key)) {
                missing.add(text);
            }
        });
        if (!missing.isEmpty()) {
            List<float[]> vectors = one ? List.of(model.embed(missing.get(0))) : model.embedAll(missing);
            Map<String, float[]> computed = new LinkedHashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                computed.put(keys.get(missing.get(i)), vectors.get(i));
            }
            embedded.addAndGet(missing.size());
            cache.keep(computed);
            found.putAll(computed);
        }
        List<float[]> result = new ArrayList<>(texts.size());
        texts.forEach(text -> result.add(found.get(keys.get(text)).clone()));
        return result;
    }

    @Override
    public List<WindowedEmbedding> embedWindows(List<WindowedText> texts) {
        asked.addAndGet(texts.size());
        return windowsThrough(cache.get(), this::keyOf, model, texts, embedded::addAndGet);
    }

    /**
     * Runs {@code work} on this thread with a cache in memory in front of the one bound now, so that a text that
     * several steps of one analysis embed (a sentence the event model and the claim aligner both read) is embedded
     * once; what it keeps is also kept in the bound cache. The memory is let go at the end.
     */
    public <T> T remembering(Supplier<T> work) {
        return using(EmbeddingCache.inFrontOf(cache.get()), work);
    }

    /**
     * The windowed embeddings of {@code texts} through {@code cache}: a text whose vector and windows' vectors the cache
     * holds (under {@code key} of the text and of each {@link TextWindow#cacheText}) is not embedded; the others are
     * embedded by {@code model} in one call, kept in the cache, and their count told to {@code embeddedCount}.
     */
    public static List<WindowedEmbedding> windowsThrough(EmbeddingCache cache, UnaryOperator<String> key, TextEmbedder model,
            List<WindowedText> texts, LongConsumer embeddedCount) {
        Map<WindowedText, List<String>> keys = new LinkedHashMap<>();
        for (WindowedText text : texts) {
            keys.computeIfAbsent(text, each -> {
                List<String> all = new ArrayList<>(List.of(key.apply(each.text())));
                each.windows().forEach(window -> all.add(key.apply(window.cacheText(each.text()))));
                return all;
            });
        }
        List<String> wanted = new ArrayList<>();
        keys.values().forEach(wanted::addAll);
        Map<String, float[]> found = new HashMap<>(cache.find(wanted));
        List<WindowedText> missing = new ArrayList<>();
        keys.forEach((text, all) -> {
            if (!found.keySet().containsAll(all)) {
                missing.add(text);
            }
        });
        if (!missing.isEmpty()) {
            List<WindowedEmbedding> vectors = model.embedWindows(missing);
            Map<String, float[]> computed = new LinkedHashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                List<String> all = keys.get(missing.get(i));
                computed.put(all.get(0), vectors.get(i).text());
                for (int w = 0; w < vectors.get(i).windows().size(); w++) {
                    computed.put(all.get(w + 1), vectors.get(i).windows().get(w));
                }
            }
            embeddedCount.accept(missing.size());
            cache.keep(computed);
            found.putAll(computed);
        }
        List<WindowedEmbedding> result = new ArrayList<>(texts.size());
        for (WindowedText text : texts) {
            List<String> all = keys.get(text);
            List<float[]> windows = new ArrayList<>(all.size() - 1);
            all.subList(1, all.size()).forEach(each -> windows.add(found.get(each).clone()));
            result.add(new WindowedEmbedding(found.get(all.get(0)).clone(), windows));
        }
        return result;
    }

    /** The key under which a cache keeps {@code text}'s embedding by this embedder's model ({@link #key}). */
    public String keyOf(String text) {
        return key(modelName, text);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    /** How many texts were asked for since this embedder was made. */
    public long textsAsked() {
        return asked.get();
    }

    /** How many of them the model embedded (the others the cache held, or were asked for twice in one call). */
    public long textsEmbedded() {
        return embedded.get();
    }
}
