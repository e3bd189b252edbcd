package org.parallax.crossarticle.stories;

/**
 * How {@link StoryMerger} joins stories that cover one event: coverage of one event splits by
 * angle (the speech, the protests outside, the party's rifts), so its articles' leads are not
 * alike enough to link pairwise, yet the stories share their main actors and days.
 *
 * @param salientEntities how many of a story's most mentioned entities count as its salient ones,
 *                        and serve as its blocking keys
 * @param sharedEntities  salient entities two stories must share
 * @param centroidCosine  cosine the two stories' centroids need
 * @param windowDays      days the two stories' date ranges may lie apart at most (0: they touch)
 * @param spanDays        days a merged story may span at most, so that merges do not chain along
 *                        a running topic
 */
public record EventMergeSettings(int salientEntities, int sharedEntities, double centroidCosine, int windowDays,
        int spanDays) {

    public EventMergeSettings {
        if (salientEntities < 1 || sharedEntities < 1 || sharedEntities > salientEntities) {
            throw new IllegalArgumentException("need 1 <= sharedEntities <= salientEntities");
        }
        if (centroidCosine < -1 || centroidCosine > 1 || windowDays < 0 || spanDays < windowDays) {
            throw new IllegalArgumentException("need a cosine in [-1, 1] and 0 <= windowDays <= spanDays");
        }
    }

    /** The settings Parallax runs with; see docs/quality-crossarticle.md for how they were measured. */
    public static EventMergeSettings defaults() {
        return new EventMergeSettings(5, 2, 0.45, 2, 7);
    }
}
