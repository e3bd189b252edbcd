package org.parallax.language.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.Stage;
import org.parallax.model.EventMention;

/**
 * Adds the article's event mentions ({@link Layer#EVENTS}): trigger words, each dated by the time
 * expression of its own clause, by dependency (see {@link EventMentionFinder}), or, in a sentence without a date, by
 * an earlier date of its passage or the publication day ({@link PassageAttachment}); nouns the rules leave out are
 * triggers too where the event noun model says so ({@link EventNounModel}, undated). Parses with CoreNLP's
 * neural dependency parser only the sentences that hold a dated time expression. Loads that parser's
 * model once, in its constructor; then safe from many threads.
 */
public final class EventStage implements Stage {

    private final EventMentionFinder finder;

    /** The stage with the shipped attachment models, those the build ships ({@link AttachmentModel#standard(AttachmentModel.Scope)}). */
    public EventStage() {
        this(AttachmentModel.standard(AttachmentModel.Scope.SENTENCE), AttachmentModel.standard(AttachmentModel.Scope.PASSAGE));
    }

    /** The stage with this same-sentence attachment model and no passage model, or with the rules alone (training, comparisons). */
    public EventStage(Optional<AttachmentModel> model) {
        this(model, Optional.empty());
    }

    /** The stage with these same-sentence and passage attachment models (either empty: the rules alone decide there). */
    public EventStage(Optional<AttachmentModel> model, Optional<AttachmentModel> passageModel) {
        this(model, passageModel, EventNounModel.standard());
    }

    /**
     * The stage with these attachment models and this event noun model (empty: the rules alone find the triggers, as
     * {@code parallax train event-nouns} reads them).
     */
    public EventStage(Optional<AttachmentModel> model, Optional<AttachmentModel> passageModel, Optional<EventNounModel> nounModel) {
        finder = new EventMentionFinder(new SentenceDependencies(), model, passageModel, nounModel);
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
     * The pairs an article's triggers are scored on, with their features and what the rules decided: the (trigger, time
     * expression) pairs of its sentences with time expressions, and the (trigger, earlier date or publication day) pairs
     * of its sentences without a date of their own; the examples of {@code parallax train timeline}. The context must
     * hold the layers this stage requires; it is not changed.
     */
    public AttachmentCandidates candidates(AnnotationContext context) {
        List<AttachmentCandidate> candidates = new ArrayList<>();
        List<PassageCandidate> acrossSentences = new ArrayList<>();
        finder.find(context.parsed(), context.timexes(), context.mentions(), context.article().published(),
                context.article().embeddedPosts(), candidates, acrossSentences, Optional.empty());
        return new AttachmentCandidates(candidates, acrossSentences);
    }

    /**
     * The article's event mentions, as {@link #process} finds them; the nouns that the stage's rules take as no trigger,
     * with the features the event noun model scores ({@link EventNounFeatures}), are added to {@code nouns}: the
     * examples of {@code parallax train event-nouns}. The context must hold the layers this stage requires; it is not
     * changed.
     */
    public List<EventMention> mentions(AnnotationContext context, List<EventNounCandidate> nouns) {
        return finder.find(context.parsed(), context.timexes(), context.mentions(), context.article().published(),
                context.article().embeddedPosts(), new ArrayList<>(), new ArrayList<>(), Optional.of(nouns));
    }
}
