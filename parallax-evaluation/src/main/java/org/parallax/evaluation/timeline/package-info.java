/**
 * The event-dating benchmark on TempEval-3's TimeML gold ({@link org.parallax.evaluation.timeline.TimelineBenchmark}):
 * is each gold event that a TLINK ties to an explicit date dated with that date by the Parallax event mention covering it?
 */
package org.parallax.evaluation.timeline;
