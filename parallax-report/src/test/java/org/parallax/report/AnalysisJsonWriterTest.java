package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AnalysisJsonWriterTest {

    private JsonNode write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(SampleAnalysis.build(), out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void everySpanCarriesTheTextItCovers() throws IOException {
        JsonNode article = write().at("/articles/0");
        String text = article.get("text").asText();
        for (JsonNode quote : article.get("quotes")) {
            assertThat(text.substring(quote.get("begin").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
            JsonNode speaker = quote.get("speaker");
            assertThat(text.substring(speaker.get("begin").asInt(), speaker.get("end").asInt())).isEqualTo(speaker.get("text").asText());
        }
        assertThat(article.at("/quotes/1/addressee/text").asText()).isEqualTo("KAN");
        assertThat(article.at("/quotes/1/kind").asText()).isEqualTo("direct");
        assertThat(article.at("/timexes/0/value").asText()).isEqualTo("2022-02-27");
        assertThat(article.at("/timexes/0/reference/kind").asText()).isEqualTo("publication");
    }

    @Test
    void mentionsAndSpeakersPointAtResolvedEntities() throws IOException {
        JsonNode analysis = write();
        assertThat(analysis.at("/articles/0/mentions/0/entity").asText()).isEqualTo("e1");
        assertThat(analysis.at("/articles/0/quotes/0/speaker/entity").asText()).isEqualTo("e1");
        assertThat(analysis.at("/entities/0/id").asText()).isEqualTo("e1");
        assertThat(analysis.at("/entities/0/aliases/1").asText()).isEqualTo("Brodsky");
        assertThat(analysis.at("/entities/0/roles/0/evidence/text").asText()).isEqualTo("Israeli Ambassador to Ukraine Michael Brodsky");
        assertThat(analysis.at("/entities/0/members/0").asText()).isEqualTo("a1/e1");
    }

    @Test
    void storiesCarryTheOutletClaimMatrix() throws IOException {
        JsonNode story = write().at("/stories/0");
        assertThat(story.at("/claims/0/matrix/The Jerusalem Post").asText()).isEqualTo("reported");
        assertThat(story.at("/claims/0/matrix").has("Breitbart")).as("absence is implied by the story's outlets").isFalse();
        assertThat(story.at("/outlets").toString()).contains("Breitbart");
        assertThat(story.at("/claims/0/coverage").asText()).isEqualTo("exclusive");
        assertThat(story.at("/claims/1/coverage").asText()).isEqualTo("detail");
        assertThat(story.at("/claims/0/reports/0/attribution/1/source").asText()).isEqualTo("Michael Brodsky");
        assertThat(story.at("/claims/0/reports/0/evidence/article").asText()).isEqualTo("a1");
        assertThat(write().at("/events/0/dates/0/value").asText()).isEqualTo("2022-02-27");
    }

    @Test
    void eventsCarryTheirTriggerWordsWithWhatDatesThem() throws IOException {
        JsonNode mention = write().at("/events/0/mentions/0");
        assertThat(mention.get("article").asText()).isEqualTo("a1");
        assertThat(mention.get("text").asText()).isEqualTo("told");
        assertThat(mention.get("lemma").asText()).isEqualTo("tell");
        assertThat(mention.get("wordClass").asText()).isEqualTo("verb");
        assertThat(mention.get("date").asText()).isEqualTo("2022-02-27");
        assertThat(mention.get("datedBy").asText()).isEqualTo("time-expression");
        assertThat(mention.at("/dateEvidence/text").asText()).isEqualTo("Sunday");
    }

    @Test
    void eachArticleEntityEventAndStoryIsOneLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(SampleAnalysis.build(), out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\":\"parallax-analysis\",\n  \"version\":\"2.0\"");
        assertThat(json.lines().filter(line -> line.startsWith("    {\"id\":\"a1\"")).count()).isEqualTo(1);
        assertThat(json.lines().filter(line -> line.startsWith("    {\"id\":\"s1\"")).count()).isEqualTo(1);
        assertThat(json).doesNotContain("\n      ");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertThat(write()).isEqualTo(write());
    }
}
