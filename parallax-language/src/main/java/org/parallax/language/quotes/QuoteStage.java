package org.parallax.language.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parallax.language.AnnotationContext;
import org.parallax.language.Layer;
import org.parallax.language.Stage;
import org.parallax.language.text.ParsedText;
import org.parallax.model.Quote;

/**
 * Finds quotes and reported speech in news, with their cues, speakers and addressees.
 *
 * <p>Direct quotes in curly or straight double quotation marks (also running on across paragraphs),
 * reported speech ("X said that ...", "..., he added", "according to X", "X told KAN ...") and mixed
 * speech (paraphrase with quoted fragments). Speakers are tied to the article's entities through the
 * mentions at the cue, or through pronouns, descriptions and the previous quote; see {@link SpeakerResolver}.
 *
 * <p>Reads tokens, sentences, parts of speech and lemmas, the mentions and entities (with their roles) of
 * the entity stage; needs no dependency parse. Immutable and thread-safe.
 */
public final class QuoteStage implements Stage {

    /** The command that trains the stage's three models (cue model, source picker, frame check). */
    static final String TRAINING = "./parallax train attribution ../shared/bench/polnear";

    private final Optional<CueModel> cueModel;
    private final Optional<SourceModel> sourceModel;
    private final Optional<FrameModel> frameModel;

    /**
     * The stage with the layer's trained models beside the rules: the cue model ({@link CueModel#standard()}), the
     * source picker ({@link SourceModel#standard()}) and the frame check ({@link FrameModel#standard()}).
     */
    public QuoteStage() {
        this(Optional.of(CueModel.standard()), Optional.of(SourceModel.standard()), Optional.of(FrameModel.standard()));
    }

    /** The stage with another cue model, or with the hand-written rules alone, the rules' sources and no frame check. */
    public QuoteStage(Optional<CueModel> cueModel) {
        this(cueModel, Optional.empty(), Optional.empty());
    }

    /** The stage with other models (for training and comparison); an empty one leaves its part to the rules. */
    public QuoteStage(Optional<CueModel> cueModel, Optional<SourceModel> sourceModel, Optional<FrameModel> frameModel) {
        this.cueModel = cueModel;
        this.sourceModel = sourceModel;
        this.frameModel = frameModel;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.PARTS_OF_SPEECH, Layer.LEMMAS,
                Layer.MENTIONS, Layer.ENTITIES, Layer.ROLES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public void process(AnnotationContext context) {
        ParsedText parsed = context.parsed();
        List<Quotation> quotations = QuotationScanner.scan(parsed.text());
        List<Frame> found = FrameFinder.find(parsed, quotations, cueModel);
        List<Frame> picked = sourceModel.map(model -> model.pick(parsed, quotations, found)).orElse(found);
        List<Frame> frames = frameModel.map(model -> model.keep(parsed, quotations, picked)).orElse(picked);
        SpeakerResolver resolver = new SpeakerResolver(parsed, context.mentions(), context.entities());
        List<Quote> quotes = QuoteAssembler.assemble(parsed, quotations, frames, resolver);
        context.quotes(quotes);
    }
}
