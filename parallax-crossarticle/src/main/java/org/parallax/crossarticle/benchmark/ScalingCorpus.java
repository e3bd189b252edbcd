package org.parallax.crossarticle.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.crossarticle.CrossArticleAnalyzer;
import org.parallax.crossarticle.claims.ClaimMatching;
import org.parallax.crossarticle.claims.StatementClaimAligner;
import org.parallax.crossarticle.entities.NameEntityResolver;
import org.parallax.crossarticle.events.SentenceEventFinder;
import org.parallax.crossarticle.stories.CachingTextEmbedder;
import org.parallax.crossarticle.stories.EmbeddingStoryFinder;
import org.parallax.crossarticle.stories.StorySettings;
import org.parallax.model.AnalyzedArticle;

/**
 * The scaling benchmarks' corpus and cross-article layer, for benchmarks that grow an account
 * elsewhere (the store's, through the pipeline): synthetic articles in stories of five
 * ({@link SyntheticCorpus}), made one at a time, and the cross-article layer with the
 * feature-hashing embedder in place of the ONNX model ({@link HashingTextEmbedder}), so that such
 * a benchmark measures grouping and storing, not embedding.
 */
public final class ScalingCorpus {

    private ScalingCorpus() {
    }

    /**
     * Synthetic articles made from {@code bases}, without end, in stories of five: article {@code i}
     * is the same for the same bases and seed whatever was taken before it.
     */
    public static Iterator<AnalyzedArticle> articles(List<String> bases, long seed) {
        return SyntheticCorpus.stream(List.copyOf(bases), seed);
    }

    /** The standard cross-article layer with the feature-hashing embedder behind a caching embedder. */
    public static CrossArticleAnalyzer hashingAnalyzer() {
        CachingTextEmbedder embedder = new CachingTextEmbedder(new HashingTextEmbedder(), "hashing");
        return new CrossArticleAnalyzer(new NameEntityResolver(), new EmbeddingStoryFinder(embedder, StorySettings.defaults()),
                new SentenceEventFinder(), new StatementClaimAligner(ClaimMatching.standard(), embedder), Optional.of(embedder));
    }

    /** The plain-text base articles ({@code *.txt}) of {@code folder}, in name order. */
    public static List<String> readBases(Path folder) throws IOException {
        List<String> bases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                bases.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no .txt base articles in " + folder);
        }
        return bases;
    }
}
