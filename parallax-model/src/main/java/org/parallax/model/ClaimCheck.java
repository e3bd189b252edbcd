package org.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * One claim checked against one article: {@code parallax check}'s answer for the pair.
 *
 * @param claim      the claim's id, as the claims file gives it
 * @param statement  the claim's words
 * @param article    the article's id
 * @param source     the article's input, as given
 * @param stance     how the article stands to the claim
 * @param confidence how sure the judgement is, 0 to 1 (the model's probability of {@code stance})
 * @param evidence   the article's sentences that bear on the claim, best match first; empty when unrelated
 */
public record ClaimCheck(String claim, String statement, String article, String source, ClaimStance stance, double confidence,
        List<Evidence> evidence) {

    public ClaimCheck {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stance, "stance");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " is not within 0..1");
        }
        evidence = List.copyOf(evidence);
        for (Evidence item : evidence) {
            if (!item.article().equals(article)) {
                throw new IllegalArgumentException("evidence from article " + item.article() + " in a check of " + article);
            }
        }
    }
}
