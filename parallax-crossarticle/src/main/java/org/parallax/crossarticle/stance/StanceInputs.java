package org.parallax.crossarticle.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parallax.crossarticle.stories.TextEmbedder;
import org.parallax.model.Span;

/**
 * Makes claims and articles ready for stance judgements and for training: their words and sentence
 * embeddings, the costly part, computed once per claim and per article.
 */
public final class StanceInputs {

    /** Sentences of an article that are read: the first ones, where news puts what it reports. */
    public static final int MOST_SENTENCES = 60;

    private final TextEmbedder embedder;

    public StanceInputs(TextEmbedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public PreparedClaim claim(String claim) {
        return new PreparedClaim(claim, embedder.embed(claim.isBlank() ? "." : claim));
    }

    /** Several claims, embedded in one batch. */
    public List<PreparedClaim> claims(List<String> claims) {
        List<float[]> vectors = embedder.embedAll(claims.stream().map(claim -> claim.isBlank() ? "." : claim).toList());
        List<PreparedClaim> prepared = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            prepared.add(new PreparedClaim(claims.get(i), vectors.get(i)));
        }
        return prepared;
    }

    /** A claim whose embedding (from this embedder) was computed elsewhere, e.g. in a batch with others. */
    public static PreparedClaim claim(String claim, float[] vector) {
        return new PreparedClaim(claim, vector);
    }

    /** One statement as the article a claim is judged against, with its embedding computed elsewhere. */
    public static PreparedArticle statement(String statement, float[] vector) {
        return new PreparedArticle(statement, List.of(new Span(0, statement.length())), List.of(vector));
    }

    /**
     * @param text      the article's text
     * @param sentences its sentences, spans of {@code text} in text order; only the first {@link #MOST_SENTENCES} are read
     */
    public PreparedArticle article(String text, List<Span> sentences) {
        List<Span> read = sentences.subList(0, Math.min(MOST_SENTENCES, sentences.size()));
        List<float[]> vectors = read.isEmpty() ? List.of() : embedder.embedAll(read.stream().map(s -> s.coveredText(text)).toList());
        return new PreparedArticle(text, read, vectors);
    }
}
