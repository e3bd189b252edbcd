package org.parallax.evaluation.stories;

import org.parallax.evaluation.ReportFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parallax.evaluation.clustering.BcubedScore;

/**
 * The outcome of one run of the ECB+ story benchmark: stories against gold subtopics.
 *
 * @param folder        the documents' folder
 * @param documents     documents scored
 * @param stories       stories found
 * @param largestStory  articles in the largest story
 * @param score         extended B-cubed of the stories against the gold subtopics
 * @param baselines     the same metric for reference groupings, by name
 * @param languageSeconds seconds the language layer took
 * @param storySeconds  seconds entity resolution and story finding took
 * @param problems      files that could not be read
 */
public record StoryReport(String folder, int documents, int stories, int largestStory, BcubedScore score,
        List<Baseline> baselines, double languageSeconds, double storySeconds, List<String> problems) {

    public StoryReport {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(score, "score");
        baselines = List.copyOf(baselines);
        problems = List.copyOf(problems);
    }

    /** A reference grouping and its score, e.g. one story per gold topic. */
    public record Baseline(String name, BcubedScore score) {
        public Baseline {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(score, "score");
        }
    }

    /** The largest story's share of the documents. */
    public double largestShare() {
        return documents == 0 ? 0 : (double) largestStory / documents;
    }

    /** A plain-text table of the figures. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "ECB+ stories against gold subtopics: %s, %d documents%n", folder, documents));
        out.append(String.format(Locale.ROOT, "%-34s %9s %9s %9s%n", "grouping", "B3 P", "B3 R", "B3 F1"));
        line(out, "Parallax stories (" + stories + ")", score);
        for (Baseline baseline : baselines) {
            line(out, baseline.name(), baseline.score());
        }
        out.append(String.format(Locale.ROOT, "largest story: %d documents (%.1f%% of the corpus)%n", largestStory,
                100 * largestShare()));
        out.append(String.format(Locale.ROOT, "time: language layer %.1f s, entities and stories %.1f s%n",
                languageSeconds, storySeconds));
        problems.forEach(problem -> out.append("problem: ").append(problem).append('\n'));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, BcubedScore score) {
        out.append(String.format(Locale.ROOT, "%-34s %9.4f %9.4f %9.4f%n", name, score.precision(), score.recall(),
                score.f1()));
    }

    /** Writes the figures as JSON, creating the file's folder. */
    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "ecbplus-stories");
        root.put("folder", folder);
        root.put("documents", documents);
        root.put("stories", stories);
        root.put("largestStory", largestStory);
        root.put("largestShare", largestShare());
        root.set("parallax", scoreNode(mapper, score));
        ArrayNode references = root.putArray("baselines");
        for (Baseline baseline : baselines) {
            references.add(scoreNode(mapper, baseline.score()).put("name", baseline.name()));
        }
        root.put("languageSeconds", languageSeconds);
        root.put("storySeconds", storySeconds);
        ArrayNode unread = root.putArray("problems");
        problems.forEach(unread::add);
        ReportFiles.writeJson(mapper, root, file);
    }

    private static ObjectNode scoreNode(ObjectMapper mapper, BcubedScore score) {
        ObjectNode node = mapper.createObjectNode();
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("f1", score.f1());
        return node;
    }
}
