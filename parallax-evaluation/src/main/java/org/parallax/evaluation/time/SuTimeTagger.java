package org.parallax.evaluation.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.parallax.model.Span;
import org.parallax.model.TimexType;

/**
 * Stanford CoreNLP's SUTime, the baseline of the time benchmark: CoreNLP's tokenizer, sentence
 * splitter, tagger and lemmatizer, then the standalone {@link TimeAnnotator} with the document
 * date. Used only here, for comparison; the language layer does not run it. CoreNLP's string
 * types stay inside this class.
 */
public final class SuTimeTagger {

    private final StanfordCoreNLP pipeline;

    public SuTimeTagger() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        properties.setProperty("tokenize.language", "en");
        pipeline = new StanfordCoreNLP(properties);
        pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
    }

    /** SUTime's expressions in a text written on {@code documentDate}. */
    public List<TimexMention> tag(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(text);
        annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        pipeline.annotate(annotation);
        List<TimexMention> found = new ArrayList<>();
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes == null) {
            return found;
        }
        for (CoreMap expression : timexes) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Optional<TimexType> type = type(timex.timexType());
            if (begin == null || end == null || type.isEmpty()) {
                continue; // SUTime's rare expressions without offsets or a TIMEX3 type cannot be scored
            }
            found.add(new TimexMention(new Span(begin, end), type.get(), timex.value() == null ? "" : timex.value()));
        }
        return found;
    }

    private static Optional<TimexType> type(String type) {
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimexType.valueOf(type.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
