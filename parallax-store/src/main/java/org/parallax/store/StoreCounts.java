package org.parallax.store;

/**
 * What a store holds.
 *
 * @param articles       articles stored (every version)
 * @param current        of those, the ones no later version at the same address supersedes
 * @param nearDuplicates links from an article to one it copies or updates
 * @param entities       entities resolved across articles
 * @param quotes         quotes and reported speech
 * @param events         events on the timeline
 * @param stories        stories
 * @param claims         claims aligned across outlets
 * @param outlets        outlets
 * @param problems       problems recorded (inputs, articles or layers that failed)
 * @param corrections    corrections in the audit log
 */
public record StoreCounts(long articles, long current, long nearDuplicates, long entities, long quotes, long events,
        long stories, long claims, long outlets, long problems, long corrections) {
}
