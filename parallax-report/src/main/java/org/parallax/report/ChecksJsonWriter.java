package org.parallax.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.ClaimCheck;
import org.parallax.model.Evidence;

/**
 * {@code checks.jsonl}: one JSON object a line per (claim, article) pair,
 * {@code {"claim", "article", "source", "stance", "confidence", "evidence": [{article, text, begin, end}]}},
 * the evidence in the form {@code analysis.json} gives it.
 */
public final class ChecksJsonWriter {

    /** One object a line: the root values are separated by a line break, not Jackson's default space. */
    private final JsonFactory factory = new JsonFactory().setRootValueSeparator("\n");

    /**
     * @param checks   the checks, in output order
     * @param articles the checked articles by id, whose texts the evidence points into
     */
    public void write(List<ClaimCheck> checks, Map<String, Article> articles, OutputStream out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            for (ClaimCheck check : checks) {
                Article article = articles.get(check.article());
                if (article == null) {
                    throw new IllegalArgumentException("check of claim " + check.claim() + " names unknown article " + check.article());
                }
                json.writeStartObject();
                json.writeStringField("claim", check.claim());
                json.writeStringField("article", check.article());
                json.writeStringField("source", check.source());
                json.writeStringField("stance", check.stance().label());
                json.writeNumberField("confidence", Math.round(check.confidence() * 1000) / 1000.0);
                json.writeArrayFieldStart("evidence");
                for (Evidence evidence : check.evidence()) {
                    json.writeStartObject();
                    json.writeStringField("article", evidence.article());
                    AnalysisJsonWriter.writeSpan(json, evidence.span(), article.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            if (!checks.isEmpty()) {
                json.writeRaw('\n');
            }
        }
    }
}
