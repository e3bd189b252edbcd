package org.parallax.language.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.Token;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's transition parser, its English Universal Dependencies model)
 * run on one sentence at a time, over the tokens and part-of-speech tags the text already has. The layer parses only
 * the sentences that need a tree (those holding a reporting cue, for the source picker) instead of running
 * CoreNLP's {@code depparse} annotator on every sentence: the whole-text parse costs most of the layer's time.
 *
 * <p>When the text carries its own dependencies (a pipeline that ran {@code depparse}), those are returned. The model
 * (13 MB, in CoreNLP's models jar) is loaded once per JVM ({@link #standard()}); parsing is safe from many threads,
 * as CoreNLP's pipeline shares one parser between its threads.
 */
public final class SentenceDependencyParser {

    private final DependencyParser parser;

    private SentenceDependencyParser(DependencyParser parser) {
        this.parser = parser;
    }

    private static final class Holder {
        private static final SentenceDependencyParser STANDARD =
                new SentenceDependencyParser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL));
    }

    /** The parser with CoreNLP's English model, loaded once per JVM. */
    public static SentenceDependencyParser standard() {
        return Holder.STANDARD;
    }

    /**
     * The basic dependencies of one sentence of a parsed text, with token indices of the whole text (the root's
     * governor -1), as {@link ParsedText#dependencies(Sentence)} gives them.
     */
    public List<Dependency> parse(ParsedText text, Sentence sentence) {
        List<Dependency> own = text.dependencies(sentence);
        if (!own.isEmpty()) {
            return own;
        }
        List<Token> tokens = text.tokens(sentence);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setOriginalText(token.word());
            label.setTag(token.partOfSpeech());
            label.setLemma(token.lemma());
            label.setIndex(i + 1);
            label.setSentIndex(sentence.index());
            labels.add(label);
        }
        GrammaticalStructure structure = parser.predict(labels);
        int first = sentence.firstToken();
        List<Dependency> arcs = new ArrayList<>(tokens.size());
        for (TypedDependency arc : structure.typedDependencies()) {
            int governor = arc.gov().index();
            int dependent = arc.dep().index();
            if (dependent < 1 || dependent > tokens.size()) {
                continue;
            }
            arcs.add(new Dependency(governor <= 0 ? -1 : first + governor - 1, first + dependent - 1,
                    governor <= 0 ? "root" : arc.reln().toString()));
        }
        return arcs;
    }
}
