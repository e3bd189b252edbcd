package org.parallax.crossarticle.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A story while articles are grouped: the sums of its articles' embeddings, entity vectors and
 * word vectors, its size and its dates. Similarities between clusters are averages over every pair
 * of their articles (average linkage), computed from the sums in time linear in the vectors'
 * lengths: an article close to one member but not to the story as a whole stays out.
 */
final class StoryCluster {

    private final float[] embeddingSum;
    private final SparseSum entitySum = new SparseSum();
    private final SparseSum wordSum = new SparseSum();
    private int size;
    private LocalDate first;
    private LocalDate last;

    private StoryCluster(int dimension) {
        embeddingSum = new float[dimension];
    }

    /** The cluster of one article. */
    static StoryCluster of(ArticleProfile article) {
        StoryCluster cluster = new StoryCluster(article.embedding().length);
        cluster.add(article);
        return cluster;
    }

    int size() {
        return size;
    }

    /** Adds an article. */
    void add(ArticleProfile article) {
        Vectors.add(embeddingSum, article.embedding(), 1);
        entitySum.add(article.entities().indexes(), article.entities().weights());
        wordSum.add(article.words().indexes(), article.words().weights());
        article.published().ifPresent(this::extend);
        size++;
    }

    /** Adds every article of another cluster. */
    void absorb(StoryCluster other) {
        Vectors.add(embeddingSum, other.embeddingSum, 1);
        entitySum.add(other.entitySum);
        wordSum.add(other.wordSum);
        if (other.first != null) {
            extend(other.first);
            extend(other.last);
        }
        size += other.size;
    }

    private void extend(LocalDate date) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
    }

    /** The mean content cosine between this cluster's articles and the other's. */
    double content(StoryCluster other) {
        return Vectors.dot(embeddingSum, other.embeddingSum) / pairs(other);
    }

    /** The mean entity-vector cosine between this cluster's articles and the other's. */
    double entities(StoryCluster other) {
        return entitySum.dot(other.entitySum) / pairs(other);
    }

    /** The mean word-vector cosine between this cluster's articles and the other's. */
    double words(StoryCluster other) {
        return wordSum.dot(other.wordSum) / pairs(other);
    }

    /** The cosine of the two clusters' mean embeddings: their content as wholes, whatever the spread within each. */
    double contentCentroid(StoryCluster other) {
        return cosine(Vectors.dot(embeddingSum, other.embeddingSum), Vectors.dot(embeddingSum, embeddingSum),
                Vectors.dot(other.embeddingSum, other.embeddingSum));
    }

    /** The cosine of the two clusters' summed entity vectors. */
    double entityCentroid(StoryCluster other) {
        return cosine(entitySum.dot(other.entitySum), entitySum.dot(entitySum), other.entitySum.dot(other.entitySum));
    }

    /** The cosine of the two clusters' summed word vectors. */
    double wordCentroid(StoryCluster other) {
        return cosine(wordSum.dot(other.wordSum), wordSum.dot(wordSum), other.wordSum.dot(other.wordSum));
    }

    private static double cosine(double dot, double selfA, double selfB) {
        return selfA <= 0 || selfB <= 0 ? 0 : dot / Math.sqrt(selfA * selfB);
    }

    /** Whether both clusters have dated articles and their date ranges lie more than {@code days} apart. */
    boolean apartBy(StoryCluster other, long days) {
        if (first == null || other.first == null) {
            return false;
        }
        return Math.max(ChronoUnit.DAYS.between(last, other.first), ChronoUnit.DAYS.between(other.last, first)) > days;
    }

    private double pairs(StoryCluster other) {
        return (double) size * other.size;
    }

    /**
     * Time proximity: {@code exp(-gap / scale)} with the gap in days between the two date ranges
     * (0 when they overlap); one half when either cluster has no dated article.
     */
    double proximity(StoryCluster other, double scaleDays) {
        if (first == null || other.first == null) {
            return 0.5;
        }
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(last, other.first), ChronoUnit.DAYS.between(other.last, first)));
        return Math.exp(-gap / scaleDays);
    }
}
