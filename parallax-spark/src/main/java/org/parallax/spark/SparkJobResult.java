package org.parallax.spark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parallax.model.CrossArticle;
import org.parallax.model.InputProblem;

/**
 * What one run of the job did.
 *
 * @param inputs              input files read
 * @param articles            articles analysed
 * @param problems            every input, record, article or layer that failed, with its category
 * @param skipped             files under a folder in no format Parallax reads
 * @param crossArticle        the cross-article layer's account
 * @param entityResolution    what the distributed entity resolution cost (rounds, groups), when it ran
 * @param storyGrouping       what the distributed story grouping cost (pairs, groups), when it ran
 * @param events              what the distributed events cost (blocks, families, bytes the driver received), when they ran
 * @param driverBytes         what the job's tasks sent back to the driver, in all ({@link DriverIntake})
 * @param largestTaskResult   the largest of those results, one task's
 * @param readSeconds         listing, reading and the language layer
 * @param crossArticleSeconds the cross-article layer
 * @param writeSeconds        writing the output
 * @param crossArticleSteps   the cross-article layer's steps, each with its wall clock and the texts embedded in it
 */
public record SparkJobResult(int inputs, int articles, List<InputProblem> problems, List<String> skipped,
        CrossArticle crossArticle, Optional<DistributedEntityResolution.Outcome> entityResolution,
        Optional<DistributedStoryGrouping.Outcome> storyGrouping, Optional<DistributedEvents.Outcome> events,
        long driverBytes, long largestTaskResult, double readSeconds, double crossArticleSeconds, double writeSeconds,
        List<StepClock.Lap> crossArticleSteps) {

    public SparkJobResult {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(crossArticle, "crossArticle");
        Objects.requireNonNull(entityResolution, "entityResolution");
        Objects.requireNonNull(storyGrouping, "storyGrouping");
        Objects.requireNonNull(events, "events");
        crossArticleSteps = List.copyOf(crossArticleSteps);
    }

    public double totalSeconds() {
        return readSeconds + crossArticleSeconds + writeSeconds;
    }
}
