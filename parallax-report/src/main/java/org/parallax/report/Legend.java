package org.parallax.report;

import org.jsoup.nodes.Element;

/** The key to the highlight colours in an article's text. */
final class Legend {

    private Legend() {
    }

    static void render(Element container) {
        Element legend = container.appendElement("p").addClass("legend");
        legend.appendText("Highlights: ");
        legend.appendElement("mark").addClass("quote quote-direct").text("direct quote");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("quote quote-indirect").text("reported speech");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("speaker").text("speaker");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("cue").text("cue");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("timex").text("time");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("mention mention-person").text("person");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("mention mention-organization").text("organisation");
        legend.appendText(" ");
        legend.appendElement("mark").addClass("mention mention-country").text("place");
        legend.appendText(" — hover for details; offsets are in each element's data-begin and data-end.");
    }
}
