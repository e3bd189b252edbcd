package org.parallax.language.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.Stage;

/**
 * Adds the article's event mentions ({@link Layer#EVENTS}): trigger words, each dated by the time
 * expression of its own clause, by dependency (see {@link EventMentionFinder}). Parses with CoreNLP's
 * neural dependency parser only the sentences that hold a dated time expression. Loads that parser's
 * model once, in its constructor; then safe from many threads.
 */
public final class EventStage implements Stage {

    private final EventMentionFinder finder;

    /** The stage with the shipped time attachment model, if the build ships one ({@link AttachmentModel#standard()}). */
    public EventStage() {
        this(AttachmentModel.standard());
    }

    /** The stage with this attachment model, or with the rules alone (training, comparisons). */
    public EventStage(Optional<AttachmentModel> model) {
        finder = new EventMentionFinder(new SentenceDependencies(), model);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PARTS_OF_SPEECH, Layer.LEMMAS, Layer.MENTIONS, Layer.TIMEXES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.EVENTS);
    }

    @Override
    public void process(AnnotationContext context) {
        context.events(finder.find(context.parsed(), context.timexes(), context.mentions(), context.article().published(),
                context.article().embeddedPosts()));
    }

    /**
     * The (trigger, time expression) pairs of an article's sentences with time expressions, with their features and
     * what the rules decided: the examples of {@code parallax train timeline}. The context must hold the layers this
     * stage requires; it is not changed.
     */
    public List<AttachmentCandidate> candidates(AnnotationContext context) {
        List<AttachmentCandidate> candidates = new ArrayList<>();
        finder.find(context.parsed(), context.timexes(), context.mentions(), context.article().published(),
                context.article().embeddedPosts(), candidates);
        return candidates;
    }
}
