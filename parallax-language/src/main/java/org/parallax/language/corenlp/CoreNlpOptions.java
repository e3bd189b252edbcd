package org.parallax.language.corenlp;

import java.util.Properties;

/**
 * Which CoreNLP annotators the parser runs. Typed options rather than CoreNLP's property strings,
 * which stay inside this package.
 *
 * @param dependencies     run the neural dependency parser (costly; needed for some quote constructions)
 * @param fineGrainedNer   refine NER with CoreNLP's rule-based classes (CITY, COUNTRY, TITLE, NATIONALITY, …)
 * @param numericEntities  tag MONEY, NUMBER, PERCENT, ORDINAL
 */
public record CoreNlpOptions(boolean dependencies, boolean fineGrainedNer, boolean numericEntities) {

    /**
     * What the language layer uses by default: one CRF model and the numeric classifiers, without
     * SUTime (our time stage replaces it) and without CoreNLP's fine-grained NER, whose TokensRegex
     * gazetteer matcher takes 85 % of the layer's time (docs/performance-language.md); the entity
     * stage finds roles with its own title lexicon. Places are then LOCATION rather than
     * CITY/COUNTRY, and nationality, title and religion mentions are not tagged.
     */
    public static CoreNlpOptions standard() {
        return new CoreNlpOptions(true, false, true);
    }

    /** With CoreNLP's fine-grained classes (CITY, COUNTRY, TITLE, NATIONALITY, …), at about ten times the cost. */
    public CoreNlpOptions withFineGrainedNer(boolean value) {
        return new CoreNlpOptions(dependencies, value, numericEntities);
    }

    public CoreNlpOptions withDependencies(boolean value) {
        return new CoreNlpOptions(value, fineGrainedNer, numericEntities);
    }

    Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
        // Paragraph breaks (blank lines) always end a sentence; single line breaks (bylines, lists) too.
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        properties.setProperty("tokenize.language", "en");
        // Our TimeStage replaces SUTime: it is the slowest part of CoreNLP's NER and scores lower.
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyNumericClassifiers", String.valueOf(numericEntities));
        properties.setProperty("ner.applyFineGrained", String.valueOf(fineGrainedNer));
        properties.setProperty("ner.buildEntityMentions", "true");
        properties.setProperty("ner.language", "en");
        // One CRF model instead of CoreNLP's default three (3-, 4- and 7-class run in turn): the
        // 3-class model trained on all of CoreNLP's data keeps PERSON, ORGANIZATION and LOCATION at a
        // third of the cost; the fine-grained rules then split places and add titles and nationalities.
        properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        return properties;
    }
}
