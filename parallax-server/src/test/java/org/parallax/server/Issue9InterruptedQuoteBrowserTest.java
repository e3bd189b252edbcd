package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "Who said what": the article reader highlights an interrupted quotation piece by piece (analysis format
 * 4.1, {@code pieces}): seed 000's "“Zelensky has never compared …,” Yermak said. “There is no need to tell us …”" is
 * one quote whose highlight leaves out "Yermak said", and the quotes API gives its pieces' words.
 */
class Issue9InterruptedQuoteBrowserTest extends SeedsInBrowser {

    @Test
    void theReaderHighlightsEachPieceAndNotTheWordsBetween() throws Exception {
        String yermak = entityNamed("Andriy Yermak");
        JsonNode joined = null;
        for (JsonNode quote : api("/api/v1/quotes?speaker=" + yermak).path("quotes")) {
            if (quote.path("text").asText().startsWith("Zelensky has never compared")) {
                joined = quote;
            }
        }
        assertThat(joined).as("Yermak's interrupted quotation").isNotNull();
        assertThat(joined.path("text").asText()).contains("as well, … There is no need to tell us").doesNotContain("Yermak said");

        String article = joined.path("article").asText();
        browser.open("#/article/" + article, ".article-view .article-text");
        String highlighted = (String) browser.script("return [...document.querySelectorAll('.article-text .span')]"
                + ".filter((node) => (node.spans || []).some((span) => span.kind === 'quote' && span.data.pieces))"
                + ".map((node) => node.textContent).join('')");
        assertThat(highlighted).contains("Zelensky has never compared").contains("There is no need to tell us")
                .doesNotContain("Yermak");
    }
}
