package org.parallax.crossarticle.events;

import java.util.List;
import java.util.Optional;
import org.parallax.crossarticle.LanguageLayer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;

/**
 * Real sentences of ECB+ for the event pair model's tests: two reports of the Indian Navy foiling a pirate attack in
 * the Gulf of Aden (documents 12_1ecb and 12_3ecb) and a report of another attack, and undated plain-text articles of
 * them through the standard language layer.
 */
final class PirateSentences {

    static final String NAVY = "The Indian Navy on Saturday prevented pirates from attacking a merchant vessel flying"
            + " an Ethiopian flag in the Gulf of Aden and took 23 into custody.";
    static final String WARSHIP = "Striking another blow against the pirates infesting the waters off the Horn of"
            + " Africa, an Indian Navy warship not only repulsed an attack on a merchant vessel in the Gulf of Aden, but"
            + " nabbed 23 Somali and Yemeni sea brigands.";
    static final String REBELS = "Rebels attacked an army base near Goma in eastern Congo on Saturday, the United"
            + " Nations said.";

    private PirateSentences() {
    }

    /** An undated plain-text article of {@code text}, annotated by the language layer. */
    static AnalyzedArticle article(String id, String text) {
        return LanguageLayer.pipeline().annotate(new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(id), List.of(), Optional.empty(), DateSource.NONE, Optional.empty(), text,
                List.of(), List.of()));
    }
}
