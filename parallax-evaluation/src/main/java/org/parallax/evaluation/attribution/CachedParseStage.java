package org.parallax.evaluation.attribution;

import java.nio.file.Path;
import org.parallax.language.AnnotationContext;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.corenlp.CoreNlpStage;
import org.parallax.language.text.TextParser;

/**
 * The CoreNLP stage of the attribution benchmark and training (no dependency parse), with its parses read from
 * another source: a {@link ParseCache} folder, so that a rerun over the same articles skips CoreNLP, or parses
 * already made in the same run. It provides what {@link CoreNlpStage} provides for the same parser.
 */
final class CachedParseStage extends ForwardingStage {

    private final TextParser source;

    /** Parses from {@code source}, which must give what {@code parser} would. */
    CachedParseStage(CoreNlpParser parser, TextParser source) {
        super(new CoreNlpStage(parser));
        if (parser.options().dependencies()) {
            throw new IllegalArgumentException("the parse cache keeps no dependencies; use a parser without them");
        }
        this.source = source;
    }

    /** Parses through a cache folder: read where there, parsed by {@code parser} and written where not. */
    CachedParseStage(CoreNlpParser parser, Path folder) {
        this(parser, new ParseCache(parser, folder));
    }

    @Override
    public void process(AnnotationContext context) {
        context.parsed(source.parse(context.text()));
    }
}
