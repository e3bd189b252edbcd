package org.parallax.language.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.language.text.Dependency;
import org.parallax.language.text.NamedEntity;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.Sentence;
import org.parallax.language.text.TextParser;
import org.parallax.language.text.Token;
import org.parallax.model.EntityType;
import org.parallax.model.Span;

/**
 * Stanford CoreNLP behind our {@link TextParser}. Loads its models once (seconds, about a gigabyte
 * of heap with NER); then {@link #parse} is safe to call from many threads, as CoreNLP's own server
 * does with one pipeline.
 */
public final class CoreNlpParser implements TextParser {

    private static final Map<String, EntityType> TYPES = Map.ofEntries(
            Map.entry("PERSON", EntityType.PERSON),
            Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
            Map.entry("LOCATION", EntityType.LOCATION),
            Map.entry("CITY", EntityType.CITY),
            Map.entry("STATE_OR_PROVINCE", EntityType.STATE_OR_PROVINCE),
            Map.entry("COUNTRY", EntityType.COUNTRY),
            Map.entry("NATIONALITY", EntityType.NATIONALITY),
            Map.entry("RELIGION", EntityType.RELIGION),
            Map.entry("TITLE", EntityType.TITLE),
            Map.entry("IDEOLOGY", EntityType.IDEOLOGY),
            Map.entry("CRIMINAL_CHARGE", EntityType.CRIMINAL_CHARGE),
            Map.entry("CAUSE_OF_DEATH", EntityType.CAUSE_OF_DEATH),
            Map.entry("MISC", EntityType.MISCELLANEOUS),
            Map.entry("MONEY", EntityType.MONEY),
            Map.entry("NUMBER", EntityType.NUMBER),
            Map.entry("ORDINAL", EntityType.ORDINAL),
            Map.entry("PERCENT", EntityType.PERCENT),
            Map.entry("EMAIL", EntityType.EMAIL),
            Map.entry("URL", EntityType.URL),
            Map.entry("HANDLE", EntityType.HANDLE));

    private final CoreNlpOptions options;
    private final StanfordCoreNLP pipeline;

    public CoreNlpParser(CoreNlpOptions options) {
        this.options = options;
        this.pipeline = new StanfordCoreNLP(options.properties());
    }

    public CoreNlpOptions options() {
        return options;
    }

    @Override
    public ParsedText parse(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap coreSentence : coreSentences) {
            int first = tokens.size();
            for (CoreLabel label : coreSentence.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(),
                        new Span(label.beginPosition(), label.endPosition()),
                        label.word(),
                        Optional.ofNullable(label.tag()).orElse(""),
                        Optional.ofNullable(label.lemma()).orElse(""),
                        sentences.size()));
            }
            if (tokens.size() == first) {
                continue;
            }
            sentences.add(new Sentence(sentences.size(),
                    new Span(tokens.get(first).span().begin(), tokens.get(tokens.size() - 1).span().end()),
                    first, tokens.size()));
            SemanticGraph graph = coreSentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (graph != null) {
                for (IndexedWord root : graph.getRoots()) {
                    dependencies.add(new Dependency(-1, first + root.index() - 1, "root"));
                }
                for (SemanticGraphEdge edge : graph.edgeIterable()) {
                    dependencies.add(new Dependency(first + edge.getGovernor().index() - 1,
                            first + edge.getDependent().index() - 1, edge.getRelation().toString()));
                }
            }
        }
        return new ParsedText(text, tokens, sentences, namedEntities(document, tokens), dependencies);
    }

    private static List<NamedEntity> namedEntities(Annotation document, List<Token> tokens) {
        List<NamedEntity> entities = new ArrayList<>();
        List<CoreMap> mentions = document.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return entities;
        }
        for (CoreMap mention : mentions) {
            EntityType type = TYPES.get(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class));
            Integer begin = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
            Integer end = mention.get(CoreAnnotations.TokenEndAnnotation.class);
            if (type == null || begin == null || end == null || end <= begin || end > tokens.size()) {
                continue; // DATE, TIME, DURATION, SET: our time stage handles those
            }
            entities.add(new NamedEntity(
                    new Span(tokens.get(begin).span().begin(), tokens.get(end - 1).span().end()), type, begin, end));
        }
        return entities;
    }
}
