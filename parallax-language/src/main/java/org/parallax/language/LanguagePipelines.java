package org.parallax.language;

import java.util.List;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.language.entities.EntityStage;
import org.parallax.language.quotes.QuoteStage;
import org.parallax.language.time.TimeStage;

/** The language layer as Parallax runs it. */
public final class LanguagePipelines {

    private LanguagePipelines() {
    }

    /**
     * The standard pipeline: CoreNLP (tokens, sentences, parts of speech, lemmas, named entities;
     * no dependency parse, which no stage needs and which costs), then entities and roles, time
     * expressions, and quotes with speakers. Building it loads CoreNLP's models (seconds, about a
     * gigabyte of heap); keep one and share it across threads.
     */
    public static LanguagePipeline standard() {
        return standard(new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false)));
    }

    /** The standard stages over a parser already built (tests share one per JVM). */
    public static LanguagePipeline standard(CoreNlpParser parser) {
        return new LanguagePipeline(List.of(
                new CoreNlpStage(parser),
                new EntityStage(),
                new TimeStage(),
                new QuoteStage()));
    }
}
