package org.parallax.evaluation.attribution;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.parallax.model.Span;

/**
 * The baseline: Stanford CoreNLP's {@code quote} annotator (QuoteAnnotator with QuoteAttributionAnnotator), built
 * for quotations in novels. It finds quoted text only, and attributes each quotation to a speaker mention and a
 * canonical speaker mention.
 *
 * <p>Runs the documented pipeline {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} (statistical coreference,
 * NER without SUTime as in our parser): quote attribution reads coreference chains even when
 * {@code quote.attribution.useCoref} is false, so coreference cannot be left out. CoreNLP's types stay in this class.
 */
final class CoreNlpQuoteBaseline {

    private final StanfordCoreNLP pipeline;

    CoreNlpQuoteBaseline() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("quote.attributeQuotes", "true");
        properties.setProperty("coref.algorithm", "statistical");
        this.pipeline = new StanfordCoreNLP(properties);
    }

    String pipelineDescription() {
        return "tokenize,ssplit,pos,lemma,ner(no SUTime),depparse,coref(statistical),quote";
    }

    List<SystemAttribution> attribute(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        List<SystemAttribution> found = new ArrayList<>();
        List<CoreMap> quotes = document.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return found;
        }
        for (CoreMap quote : quotes) {
            int begin = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (end <= begin) {
                continue;
            }
            Optional<Span> mention = tokenSpan(tokens, quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class),
                    quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class));
            Optional<Span> canonical = tokenSpan(tokens,
                    quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class),
                    quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class));
            found.add(new SystemAttribution(List.of(new Span(begin, end)), mention, canonical.map(List::of).orElse(List.of())));
        }
        return found;
    }

    private static Optional<Span> tokenSpan(List<CoreLabel> tokens, Integer first, Integer last) {
        if (first == null || last == null || first < 0 || last >= tokens.size() || last < first) {
            return Optional.empty();
        }
        return Optional.of(new Span(tokens.get(first).beginPosition(), tokens.get(last).endPosition()));
    }
}
