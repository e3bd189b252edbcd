package org.parallax.evaluation.speed;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Stanford CoreNLP run the way its documentation shows for quotes with speakers, as the speed
 * baseline: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with CoreNLP's defaults
 * (three CRF NER models, SUTime, fine-grained NER, KBP mentions), {@code coref.algorithm=statistical}
 * (the English default, named so the figure does not change with CoreNLP's default) and
 * {@code quote.attributeQuotes=true}; or any prefix of that list with the same defaults, to see
 * what each annotator costs. Also a tokenize-only pipeline that counts tokens the same way
 * for every configuration. CoreNLP's types and property strings stay in this class.
 */
final class CoreNlpFullPipeline {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    private CoreNlpFullPipeline(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    static CoreNlpFullPipeline full() {
        return withAnnotators(ANNOTATORS);
    }

    /** CoreNLP with its defaults and the given annotators, e.g. {@code tokenize,ssplit,pos,lemma,ner}. */
    static CoreNlpFullPipeline withAnnotators(String annotators) {
        Properties properties = new Properties();
        properties.setProperty("annotators", annotators);
        properties.setProperty("coref.algorithm", "statistical");
        properties.setProperty("quote.attributeQuotes", "true");
        return new CoreNlpFullPipeline(properties);
    }

    static CoreNlpFullPipeline tokenizer() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize");
        return new CoreNlpFullPipeline(properties);
    }

    void annotate(String text) {
        pipeline.annotate(new Annotation(text));
    }

    int countTokens(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        return document.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** Drops CoreNLP's process-wide cache of loaded annotators, so one configuration's models do not stay for the next. */
    static void releaseModels() {
        StanfordCoreNLP.clearAnnotatorPool();
    }
}
