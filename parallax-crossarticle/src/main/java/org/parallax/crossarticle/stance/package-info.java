/**
 * How an article stands to a claim: supports, contradicts, discusses or unrelated
 * ({@link org.parallax.model.ClaimStance}), judged by a trained model ({@link
 * org.parallax.crossarticle.stance.StanceJudge}: gradient-boosted trees over sentence-embedding,
 * overlap, cue-word and word-alignment features), with the sentences that bear on it. Used by {@code parallax check}
 * and by the story matrix; trained by {@code parallax train stance} on FNC-1 and ARC.
 */
package org.parallax.crossarticle.stance;
