/**
 * Event mentions: the trigger words of each article that report something happening ("met", "the call",
 * "earthquake", "fired"), each dated by the time expression its own clause attaches, by dependency
 * ({@link org.parallax.language.events.EventStage}).
 */
package org.parallax.language.events;
