package org.parallax.language.corenlp;

import java.util.EnumSet;
import java.util.Set;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.Stage;

/** Parses the article's text with CoreNLP: the linguistic backbone every later stage reads. */
public final class CoreNlpStage implements Stage {

    private final CoreNlpParser parser;

    public CoreNlpStage(CoreNlpParser parser) {
        this.parser = parser;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        Set<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PARTS_OF_SPEECH, Layer.LEMMAS,
                Layer.NAMED_ENTITIES);
        if (parser.options().dependencies()) {
            layers.add(Layer.DEPENDENCIES);
        }
        return layers;
    }

    @Override
    public void process(AnnotationContext context) {
        context.parsed(parser.parse(context.text()));
    }
}
