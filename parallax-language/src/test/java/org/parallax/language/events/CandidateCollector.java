package org.parallax.language.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.SharedParsers;
import org.parallax.language.ReadingStage;
import org.parallax.language.Stage;
import org.parallax.model.Article;

/** For tests: the pairs the event stage (rules alone) would have its attachment models score in one article. */
final class CandidateCollector {

    private CandidateCollector() {
    }

    static AttachmentCandidates of(Article article) {
        EventStage stage = new EventStage(Optional.empty());
        List<AttachmentCandidates> seen = new ArrayList<>();
        Stage collector = new ReadingStage("candidates", stage.requires(),
                context -> seen.add(stage.candidates(context)));
        LanguagePipelines.standardEndingWith(SharedParsers.withoutDependencies(), collector).annotate(article);
        return seen.get(0);
    }
}
