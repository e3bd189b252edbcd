package org.parallax.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The key to the highlight colours in an article's text. */
final class Legend {

    /** CSS classes of the highlights, with what they mean, in the order the key shows them. */
    private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("quote quote-direct", "direct quote");
        ENTRIES.put("quote quote-indirect", "reported speech");
        ENTRIES.put("speaker", "speaker");
        ENTRIES.put("cue", "cue");
        ENTRIES.put("timex", "time");
        ENTRIES.put("mention mention-person", "person");
        ENTRIES.put("mention mention-organization", "organisation");
        ENTRIES.put("mention mention-location", "place");
    }

    private Legend() {
    }

    static void render(Element container) {
        Element legend = container.appendElement("p").addClass("legend");
        legend.appendText("Highlights: ");
        ENTRIES.forEach((cssClass, meaning) -> {
            legend.appendElement("mark").addClass(cssClass).text(meaning);
            legend.appendText(" ");
        });
        legend.appendText("— hover for details; offsets are in each element's data-begin and data-end.");
    }
}
