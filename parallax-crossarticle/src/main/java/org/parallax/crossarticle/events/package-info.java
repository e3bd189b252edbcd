/**
 * One timeline: events found from the language layer's event mentions, one per time expression that dates some
 * of a sentence's mentions ({@link org.parallax.crossarticle.events.SentenceEventFinder}), each keeping its mentions,
 * and reports of one event merged across articles with blocking by participant and month
 * ({@link org.parallax.crossarticle.events.EventMatching}); also the sentence splitting and content-word
 * helpers the claims package shares.
 */
package org.parallax.crossarticle.events;
