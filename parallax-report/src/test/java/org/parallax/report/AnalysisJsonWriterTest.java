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

    private static String covered(JsonNode article, JsonNode span) {
        return article.get("text").asText().substring(span.get("begin").asInt(), span.get("end").asInt());
    }

    private static JsonNode article(JsonNode analysis, String id) {
        for (JsonNode article : analysis.get("articles")) {
            if (article.get("id").asText().equals(id)) {
                return article;
            }
        }
        throw new AssertionError("no article " + id);
    }

    @Test
    void spansPointIntoTheArticleTextWithoutCopyingIt() throws IOException {
        JsonNode article = write().at("/articles/0");
        for (JsonNode quote : article.get("quotes")) {
            assertThat(quote.has("text")).as("the article's words are written once, in its text").isFalse();
            assertThat(quote.get("end").asInt()).isGreaterThan(quote.get("begin").asInt());
            assertThat(quote.get("speaker").has("text")).isFalse();
        }
        assertThat(covered(article, article.at("/quotes/1/addressee"))).isEqualTo("KAN");
        assertThat(article.at("/quotes/1/kind").asText()).isEqualTo("direct");
        assertThat(article.at("/timexes/0/value").asText()).isEqualTo("2022-02-27");
        assertThat(article.at("/timexes/0").has("reference"))
                .as("read against the article's own publication date, which format 4.0 leaves implied").isFalse();
    }

    /** Issue 8 (output size, format 4.0): a field without a value is left out, not written as null. */
    @Test
    void issue8AbsentValuesAreLeftOutNotWrittenAsNull() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(SampleAnalysis.build(), out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode article = write().at("/articles/0");

        assertThat(json).doesNotContain(":null");
        assertThat(article.has("url")).isFalse();
        assertThat(article.has("published")).isTrue();
    }

    @Test
    void mentionsAndSpeakersPointAtResolvedEntities() throws IOException {
        JsonNode analysis = write();
        assertThat(analysis.at("/articles/0/mentions/0/entity").asText()).isEqualTo("e1");
        assertThat(analysis.at("/articles/0/quotes/0/speaker/entity").asText()).isEqualTo("e1");
        assertThat(analysis.at("/entities/0/id").asText()).isEqualTo("e1");
        assertThat(analysis.at("/entities/0/aliases/1/name").asText()).isEqualTo("Brodsky");
        assertThat(analysis.at("/entities/0/aliases/1/articles/0").asText()).isEqualTo("a1");
        JsonNode role = analysis.at("/entities/0/roles/0/evidence");
        assertThat(covered(article(analysis, role.get("article").asText()), role))
                .isEqualTo("Israeli Ambassador to Ukraine Michael Brodsky");
        assertThat(analysis.at("/entities/0").has("members")).as("nothing in the file names per-article entities").isFalse();
    }

    @Test
    void storiesCarryTheOutletClaimMatrix() throws IOException {
        JsonNode story = write().at("/stories/0");
        assertThat(story.at("/claims/0/matrix/The Jerusalem Post").asText()).isEqualTo("reported");
        assertThat(story.at("/claims/0/matrix").has("Breitbart")).as("absence is implied by the story's outlets").isFalse();
        assertThat(story.at("/outlets").toString()).contains("Breitbart");
        assertThat(story.at("/claims/0/coverage").asText()).isEqualTo("exclusive");
        assertThat(story.at("/claims/1/coverage").asText()).isEqualTo("detail");
        assertThat(story.at("/claims/0/reports/0/attribution/0/source").asText())
                .as("the chain after the outlet, which is the report's own").isEqualTo("Michael Brodsky");
        assertThat(story.at("/claims/0/reports/0").has("outlet")).as("the article's outlet, the matrix's key").isFalse();
        assertThat(story.at("/claims/0/reports/0/article").asText()).isEqualTo("a1");
        assertThat(story.at("/claims/0/reports/0/evidence").has("article")).as("the report names its article").isFalse();
        assertThat(story.at("/claims/0/reports/0/evidence").has("text")).isFalse();
        assertThat(story.at("/summary/0/article").asText()).isEqualTo("a1");
        assertThat(story.at("/summary/0").has("text")).isFalse();
        assertThat(write().at("/events/0/dates/0/value").asText()).isEqualTo("2022-02-27");
    }

    @Test
    void eventsCarryTheirTriggerWordsWithWhatDatesThem() throws IOException {
        JsonNode analysis = write();
        JsonNode mention = analysis.at("/events/0/mentions/0");
        assertThat(mention.get("article").asText()).isEqualTo("a1");
        assertThat(mention.get("text").asText()).isEqualTo("told");
        assertThat(mention.get("lemma").asText()).isEqualTo("tell");
        assertThat(mention.get("wordClass").asText()).isEqualTo("verb");
        assertThat(mention.get("date").asText()).isEqualTo("2022-02-27");
        assertThat(mention.get("datedBy").asText()).isEqualTo("time-expression");
        assertThat(covered(article(analysis, "a1"), mention.get("dateEvidence"))).isEqualTo("Sunday");
        assertThat(mention.get("dateEvidence").has("article")).as("the mention names its article").isFalse();
    }

    @Test
    void eachArticleEntityEventAndStoryIsOneLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(SampleAnalysis.build(), out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\":\"parallax-analysis\",\n  \"version\":\"4.1\"");
        assertThat(json.lines().filter(line -> line.startsWith("    {\"id\":\"a1\"")).count()).isEqualTo(1);
        assertThat(json.lines().filter(line -> line.startsWith("    {\"id\":\"s1\"")).count()).isEqualTo(1);
        assertThat(json).doesNotContain("\n      ");
    }

    @Test
    void outputIsDeterministic() throws IOException {
        assertThat(write()).isEqualTo(write());
    }
}
