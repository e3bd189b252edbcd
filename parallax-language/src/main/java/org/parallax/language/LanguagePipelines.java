package org.parallax.language;

import java.util.List;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.language.entities.EntityStage;
import org.parallax.language.events.EventStage;
import org.parallax.language.quotes.QuoteStage;
import org.parallax.language.time.TimeStage;

/** The language layer as Parallax runs it. */
public final class LanguagePipelines {

    private LanguagePipelines() {
    }

    /**
     * The standard pipeline: CoreNLP (tokens, sentences, parts of speech, lemmas, named entities;
     * no dependency parse of the whole text, which costs), then entities and roles, time
     * expressions, quotes with speakers, and event mentions dated by the time expressions of their clauses
     * (which parses the dependencies of the sentences holding a date, and only those). Building it loads CoreNLP's models (seconds, about a
     * gigabyte of heap); keep one and share it across threads.
     */
    public static LanguagePipeline standard() {
        return standard(new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false)));
    }

    /** The standard stages over a parser already built (tests share one per JVM). */
    public static LanguagePipeline standard(CoreNlpParser parser) {
        return standardEndingWith(parser, new EventStage());
    }

    /**
     * The standard stages with {@code last} in the event stage's place: the event stage with another time attachment
     * model or none (comparisons), or a stage that reads what the event stage reads (training).
     */
    public static LanguagePipeline standardEndingWith(CoreNlpParser parser, Stage last) {
        return new LanguagePipeline(List.of(
                new CoreNlpStage(parser),
                new EntityStage(),
                new TimeStage(),
                new QuoteStage(),
                last));
    }
}
