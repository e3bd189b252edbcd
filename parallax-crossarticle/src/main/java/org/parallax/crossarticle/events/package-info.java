/**
 * One timeline: events found in dated sentences ({@link org.parallax.crossarticle.events.SentenceEventFinder})
 * and reports of one event merged across articles with blocking by participant and month
 * ({@link org.parallax.crossarticle.events.EventMatching}); also the sentence splitting and content-word
 * helpers the claims package shares.
 */
package org.parallax.crossarticle.events;
