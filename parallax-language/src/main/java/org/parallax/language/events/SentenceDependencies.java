package org.parallax.language.events;

import edu.stanford.nlp.ling.TaggedWord;
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
 * Basic dependency trees (Universal Dependencies) of single sentences, on demand: the language layer's
 * parse skips CoreNLP's dependency parser for the whole text (it costs), so the sentences that need a tree,
 * those holding both an event and a time expression, are parsed here from their tokens and tags with
 * CoreNLP's neural dependency parser. A parse that already has dependencies is reused as it is.
 * The model loads once (a second or two); {@link #of} is safe from many threads, as CoreNLP's own
 * annotator shares one parser.
 */
final class SentenceDependencies {

    private final DependencyParser parser;

    SentenceDependencies() {
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    }

    /** The arcs of {@code sentence}, with token indexes of the whole text; the root arc has governor -1. */
    List<Dependency> of(ParsedText parsed, Sentence sentence) {
        List<Dependency> existing = parsed.dependencies(sentence);
        if (!existing.isEmpty()) {
            return existing;
        }
        List<Token> tokens = parsed.tokens(sentence);
        List<TaggedWord> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            words.add(new TaggedWord(token.word(), token.partOfSpeech()));
        }
        GrammaticalStructure structure = parser.predict(words);
        List<Dependency> arcs = new ArrayList<>(tokens.size());
        int first = sentence.firstToken();
        for (TypedDependency arc : structure.typedDependencies()) {
            int governor = arc.gov().index() == 0 ? -1 : first + arc.gov().index() - 1;
            arcs.add(new Dependency(governor, first + arc.dep().index() - 1, arc.reln().toString()));
        }
        return arcs;
    }
}
