package org.parallax.language;

import java.util.List;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.corenlp.CoreNlpStage;

/** The language layer as Parallax runs it. */
public final class LanguagePipelines {

    private LanguagePipelines() {
    }

    /** The standard pipeline; building it loads CoreNLP's models (seconds, about a gigabyte of heap). */
    public static LanguagePipeline standard() {
        CoreNlpParser parser = new CoreNlpParser(CoreNlpOptions.standard());
        return new LanguagePipeline(List.of(new CoreNlpStage(parser)));
    }
}
