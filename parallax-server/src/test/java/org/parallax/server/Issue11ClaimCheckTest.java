package org.parallax.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Issue 11: a claim posted to the server is checked against the store's articles by the pipeline's claim checker. */
class Issue11ClaimCheckTest extends ServerTest {

    @Test
    void aClaimIsSupportedByTheArticlesThatReportItWithTheirSentences() {
        HttpResponse<String> response = server.post("/api/v1/claim-checks",
                "{\"claim\":\"Ukraine's intelligence services are cooperating with Israel.\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = ApiContract.fits(response, "POST", "/api/v1/claim-checks");
        assertThat(result.at("/articlesJudged").asInt()).isEqualTo(3);
        assertThat(result.at("/supporting").size()).isPositive();
        for (String stance : new String[] {"supporting", "contradicting", "discussing"}) {
            for (JsonNode check : result.at("/" + stance)) {
                String text = ApiContract.parse(server.get("/api/v1/articles/" + check.at("/article").asText()).body())
                        .at("/article/text").asText();
                for (JsonNode evidence : check.at("/evidence")) {
                    assertThat(text.substring(evidence.at("/begin").asInt(), evidence.at("/end").asInt()))
                            .isEqualTo(evidence.at("/text").asText());
                }
            }
        }
        JsonNode first = result.at("/supporting/0");
        assertThat(first.at("/evidence/0/text").asText().toLowerCase(java.util.Locale.ROOT)).contains("intelligence");
    }

    @Test
    void aClaimWithNoWordsTheStoreHoldsJudgesNothing() {
        HttpResponse<String> response = server.post("/api/v1/claim-checks", "{\"claim\":\"Zyxwv qwertz.\",\"articles\":5}");

        JsonNode result = ApiContract.fits(response, "POST", "/api/v1/claim-checks");
        assertThat(result.at("/articlesJudged").asInt()).isZero();
        assertThat(result.at("/supporting")).isEmpty();
    }
}
