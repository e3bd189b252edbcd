package org.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.model.Analysis;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.AttributionLink;
import org.parallax.model.Claim;
import org.parallax.model.ClaimReport;
import org.parallax.model.Coverage;
import org.parallax.model.CrossArticle;
import org.parallax.model.DateSource;
import org.parallax.model.Evidence;
import org.parallax.model.InputFormat;
import org.parallax.model.Span;
import org.parallax.model.Stance;
import org.parallax.model.Story;

/**
 * Issue 8: "one story's matrix lists every one of its 486 outlets for each of its 6,657 claims,
 * absent almost everywhere", 407 MB of a 466 MB analysis.json. The matrix lists only the outlets
 * that carry a claim, so a story's size grows with its reports, not with outlets × claims.
 */
class Issue8MatrixSizeTest {

    private static final String SENTENCE = "O'Malley's move was first reported by MSNBC.";

    @Test
    void theMatrixListsOnlyTheOutletsThatCarryEachClaim() throws IOException {
        JsonNode story = new ObjectMapper().readTree(write(story(200))).at("/stories/0");

        assertThat(story.get("outlets")).hasSize(200);
        for (JsonNode claim : story.get("claims")) {
            assertThat(claim.get("matrix")).hasSize(1);
            assertThat(claim.get("matrix").fields().next().getValue().asText()).isEqualTo("reported");
        }
    }

    @Test
    void outputGrowsLinearlyWithOutletsAndClaims() throws IOException {
        int small = write(story(100)).length;
        int large = write(story(400)).length;

        // Four times the outlets, articles and claims: about four times the bytes (the square would be sixteen).
        assertThat((double) large / small).isBetween(3.5, 4.5);
    }

    /** A story of {@code outlets} articles, one outlet each, each carrying one claim of its own. */
    private static Analysis story(int outlets) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < outlets; i++) {
            String id = "a" + i;
            String outlet = "outlet-" + i;
            Article article = new Article(id, id + ".txt", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(outlet), List.of(), Optional.of(LocalDate.of(2015, 11, 16)),
                    DateSource.MANIFEST, Optional.empty(), SENTENCE, List.of(), List.of());
            articles.add(AnalyzedArticle.unannotated(article));
            Evidence evidence = new Evidence(id, new Span(0, SENTENCE.length()));
            claims.add(new Claim("c" + i, SENTENCE, List.of(), List.of(new ClaimReport(id, outlet, Stance.REPORTED, evidence,
                    List.of(new AttributionLink(outlet, Optional.empty(), Optional.empty())))), Coverage.DETAIL));
            ids.add(id);
            names.add(outlet);
        }
        Story story = new Story("s1", "O'Malley", List.of(), ids, List.of(), List.of(), claims, names);
        return new Analysis(articles, List.of(), List.of(), outlets, new CrossArticle(List.of(), List.of(), List.of(story)));
    }

    private static byte[] write(Analysis analysis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnalysisJsonWriter().write(analysis, out);
        return out.toByteArray();
    }
}
