package org.parallax.language.time;

import java.util.EnumSet;
import java.util.Set;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.Stage;

/**
 * Adds the article's time expressions ({@link Layer#TIMEXES}) with {@link TimeTagger}, each
 * resolved against {@link ArticleTimeReferences}: the publication date, or the date of the embedded
 * post it stands inside. Needs parts of speech for the tense that picks which "Friday" is meant.
 * Stateless; safe from many threads.
 */
public final class TimeStage implements Stage {

    @Override
    public String name() {
        return "time";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PARTS_OF_SPEECH);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.TIMEXES);
    }

    @Override
    public void process(AnnotationContext context) {
        context.timexes(TimeTagger.tag(context.parsed(), new ArticleTimeReferences(context.article())));
    }
}
