package org.parallax.language.quotes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parallax.language.learning.LinearModel;
import org.parallax.language.learning.TrainedModel;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;
import org.parallax.model.Span;

/**
 * A trained check of the frames of the trained cue model's cues: for each such frame (a cue with its source and
 * content), a logistic regression over binary features of the frame tells whether it is an attribution at all;
 * frames scoring under the threshold are dropped before quotes are made. It is aimed at what the token-level
 * {@link CueModel} cannot see is wrong (in held-out errors: "trounced Trump in this county", "drew the support of 41
 * percent": a word that often is a cue, with a content that is no proposition); on held-out train it drops about a
 * tenth of the cue model's frames, mostly wrong ones, but not all of those (the two above stay). The rules' frames are never
 * dropped: on held-out train articles, checking them too gained nothing (see docs/quality-attribution.md) and lost
 * constructions the rules are tested on ("“…,” Guterres was quoted as saying"). Trained on PolNeAR's train split by
 * {@code parallax train attribution} (Smile's maximum-entropy learner), its threshold tuned on held-out train
 * articles. Immutable and thread-safe; the layer's model is loaded once per JVM ({@link #standard()}).
 *
 * <p>Features: the cue's lemmas, tags and length,
 * the words around the cue, the source's kind (none, inherited, pronoun, name, description) and named-entity type,
 * the content's side, length, first words, whether it holds a finite verb or opens a clause, and how much of it is
 * quoted; a few conjunctions of those with the cue's lemmas. Tags and lemmas only, no dependency parse (the layer
 * does not make one).
 *
 * <p>File format: {@link LinearModel}'s, header {@code parallax-frame-model 1}.
 */
public final class FrameModel extends TrainedModel<FrameModel> {

    /**
     * One frame as the training sees it.
     *
     * @param quotes   the spans of the quotes the frame gives (several for a frame of only quotations)
     * @param trained  whether the frame's cue is the cue model's
     * @param features the frame's binary features
     */
    public record Example(List<Span> quotes, boolean trained, List<String> features) {

        public Example {
            quotes = List.copyOf(quotes);
            features = List.copyOf(features);
        }
    }

    /** This kind of model: its header, resource and training command. */
    public static final Kind KIND = new Kind("parallax-frame-model 1", "frame model",
            "/org/parallax/language/quotes/frame-model.tsv.gz", QuoteStage.TRAINING);

    public FrameModel(Map<String, Double> weights, double intercept, double threshold) {
        this(new LinearModel(weights, intercept, threshold));
    }

    private FrameModel(LinearModel model) {
        super(KIND, model);
    }

    @Override
    protected FrameModel with(LinearModel weights) {
        return new FrameModel(weights);
    }

    private static final class Holder {
        private static final FrameModel STANDARD = new FrameModel(KIND.shipped());
    }

    /** The model shipped with the layer, read once per JVM. */
    public static FrameModel standard() {
        return Holder.STANDARD;
    }

    /** Reads a model file written by {@link #write(Path)}. */
    public static FrameModel read(Path file) {
        return new FrameModel(KIND.read(file));
    }

    /**
     * The frames of a text (rules and the cue model's, sources as the source picker chooses them) with their features,
     * for training (which keeps the cue model's, {@link Example#trained()}).
     */
    public static List<Example> examples(ParsedText parsed, Optional<CueModel> cueModel, Optional<SourceModel> sourceModel) {
        List<Quotation> quotations = QuotationScanner.scan(parsed.text());
        List<Frame> found = FrameFinder.find(parsed, quotations, cueModel);
        List<Frame> frames = sourceModel.map(model -> model.pick(parsed, quotations, found)).orElse(found);
        Features features = new Features(parsed, quotations);
        List<Example> examples = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            examples.add(new Example(QuoteAssembler.quoteSpans(parsed.text(), quotations, frame.content()), frame.trained(),
                    features.of(frame)));
        }
        return examples;
    }

    /** The frames this model keeps: the rules' frames, and the cue model's that score at least the threshold. */
    List<Frame> keep(ParsedText parsed, List<Quotation> quotations, List<Frame> frames) {
        Features features = new Features(parsed, quotations);
        List<Frame> kept = new ArrayList<>(frames.size());
        for (Frame frame : frames) {
            if (!frame.trained() || accepts(features.of(frame))) {
                kept.add(frame);
            }
        }
        return kept;
    }

    /** The features of frames of one text. */
    private static final class Features {

        private final ParsedText parsed;
        private final List<Token> tokens;
        private final boolean[] quoted;
        private final String[] entityTypes;

        Features(ParsedText parsed, List<Quotation> quotations) {
            this.parsed = parsed;
            this.tokens = parsed.tokens();
            this.quoted = CueFeatures.quotedTokens(parsed, quotations);
            this.entityTypes = CueFeatures.entityTypes(parsed);
        }

        List<String> of(Frame frame) {
            Objects.requireNonNull(frame, "frame");
            List<String> features = new ArrayList<>(40);
            Sentence sentence = parsed.sentences().get(frame.sentence());
            List<Token> cue = parsed.tokensIn(frame.cue());
            List<Token> content = parsed.tokensIn(frame.content());
            StringBuilder lemmas = new StringBuilder();
            StringBuilder tags = new StringBuilder();
            for (Token token : cue) {
                lemmas.append(lemmas.length() == 0 ? "" : "_").append(token.lemma().toLowerCase(Locale.ROOT));
                tags.append(tags.length() == 0 ? "" : "_").append(token.partOfSpeech());
            }
            String cueLemmas = lemmas.toString();
            features.add("cl=" + cueLemmas);
            features.add("ct=" + tags);
            features.add("cn=" + Math.min(cue.size(), 4));
            if (!cue.isEmpty()) {
                features.add("c1=" + cue.get(0).lemma().toLowerCase(Locale.ROOT));
                features.add("cz=" + cue.get(cue.size() - 1).lemma().toLowerCase(Locale.ROOT));
                int first = cue.get(0).index();
                int end = cue.get(cue.size() - 1).index() + 1;
                features.add("pw=" + word(first - 1, sentence));
                features.add("pt=" + tag(first - 1, sentence));
                features.add("nw=" + word(end, sentence));
                String next = tag(end, sentence);
                features.add("nt=" + next);
                features.add("cl|nt=" + cueLemmas + "|" + next);
                features.add("at=" + (first - sentence.firstToken() <= 1 ? "start" : end >= sentence.endToken() - 1 ? "end" : "middle"));
            }
            String source = sourceKind(frame);
            features.add("s=" + source);
            features.add("cl|s=" + cueLemmas + "|" + source);
            String side = frame.content().begin() >= frame.cue().end() ? "after" : "before";
            features.add("side=" + side);
            features.add("cl|side=" + cueLemmas + "|" + side);
            features.add("len=" + bucket(content.size()));
            if (!content.isEmpty()) {
                Token opening = content.get(0);
                features.add("f=" + opening.word().toLowerCase(Locale.ROOT));
                features.add("ft=" + opening.partOfSpeech());
                features.add("cl|ft=" + cueLemmas + "|" + opening.partOfSpeech());
                if (content.size() > 1) {
                    features.add("ft2=" + opening.partOfSpeech() + "_" + content.get(1).partOfSpeech());
                }
                features.add("fw=" + (opening.index() > 0 ? tokens.get(opening.index() - 1).word().toLowerCase(Locale.ROOT) : "^"));
            }
            int quotedTokens = 0;
            boolean finite = false;
            for (Token token : content) {
                quotedTokens += quoted[token.index()] ? 1 : 0;
                finite |= !quoted[token.index()] && token.partOfSpeech().matches("VB[DZP]|MD");
            }
            String share = quotedTokens == 0 ? "none" : quotedTokens == content.size() ? "all" : "some";
            features.add("q=" + share);
            features.add("v=" + finite);
            features.add("cl|v=" + cueLemmas + "|" + finite);
            features.add("clause=" + opensClause(content));
            features.add("clause|v=" + opensClause(content) + "|" + finite);
            return features;
        }

        private String sourceKind(Frame frame) {
            if (frame.source().isEmpty()) {
                return frame.inherited() ? "inherited" : "none";
            }
            List<Token> words = parsed.tokensIn(frame.source().get());
            if (words.isEmpty()) {
                return "none";
            }
            Token last = words.get(words.size() - 1);
            if (words.size() == 1 && last.partOfSpeech().matches("PRP\\$?|WP")) {
                return "pronoun:" + last.word().toLowerCase(Locale.ROOT);
            }
            String type = entityTypes[last.index()];
            if (type != null) {
                return "entity:" + type;
            }
            return words.stream().anyMatch(token -> token.partOfSpeech().startsWith("NNP")) ? "name" : "description";
        }

        /** Whether the content opens with a subject and its finite verb ("he would resign", "the plan is"). */
        private boolean opensClause(List<Token> content) {
            for (int i = 0; i < Math.min(content.size(), 8); i++) {
                Token token = content.get(i);
                if (token.partOfSpeech().matches("VB[DZP]|MD")) {
                    return i > 0;
                }
                if (token.word().equals(",") || token.partOfSpeech().matches("VB[GN]?|IN|TO")) {
                    return false;
                }
            }
            return false;
        }

        private String word(int index, Sentence sentence) {
            return index < sentence.firstToken() ? "^" : index >= sentence.endToken() ? "$" : tokens.get(index).word().toLowerCase(Locale.ROOT);
        }

        private String tag(int index, Sentence sentence) {
            return index < sentence.firstToken() ? "^" : index >= sentence.endToken() ? "$" : tokens.get(index).partOfSpeech();
        }

        private static String bucket(int length) {
            return length <= 2 ? "1-2" : length <= 5 ? "3-5" : length <= 10 ? "6-10" : length <= 20 ? "11-20" : length <= 40 ? "21-40" : "41+";
        }
    }
}
