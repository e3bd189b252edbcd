package org.parallax.evaluation.coreference;

import org.parallax.evaluation.ReportFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of {@link EventCoreferenceBenchmark}: for each ECB+ set, event coreference of Parallax and of the
 * same-head-lemma baseline, and named-entity coreference of Parallax.
 *
 * @param sets     one result per set scored
 * @param problems files that could not be read, one line each
 */
public record CoreferenceReport(List<SetResult> sets, List<String> problems) {

    public CoreferenceReport {
        sets = List.copyOf(sets);
        problems = List.copyOf(problems);
    }

    /**
     * One set's figures.
     *
     * @param name            the set ({@code dev}, {@code train})
     * @param documents       documents analysed
     * @param eventsFound     gold event mentions an event mention of the language layer overlaps
     * @param eventsCovered   gold event mentions a Parallax event covers
     * @param entitiesCovered gold named mentions a Parallax entity covers
     * @param events          Parallax's event coreference
     * @param lemmaBaseline   the same-head-lemma baseline
     * @param entities        Parallax's named-entity coreference
     * @param oracleOnFound   diagnostic: the gold chains over the gold mentions the language layer finds, the others
     *                        singletons (the best any clustering of Parallax's own mentions can score)
     * @param lemmaOnFound    diagnostic: the same-head-lemma baseline over the gold mentions the language layer finds,
     *                        the others singletons
     * @param seconds         wall-clock time of the analysis and scoring
     * @param diagnostics     where the events' score is lost ({@link EventCoreferenceDiagnostics}), lines to print
     */
    public record SetResult(String name, int documents, int eventsFound, int eventsCovered, int entitiesCovered, CoreferenceScores events,
            CoreferenceScores lemmaBaseline, CoreferenceScores entities, CoreferenceScores oracleOnFound,
            CoreferenceScores lemmaOnFound, double seconds, String diagnostics) {

        public SetResult {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(lemmaBaseline, "lemmaBaseline");
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(oracleOnFound, "oracleOnFound");
            Objects.requireNonNull(lemmaOnFound, "lemmaOnFound");
            Objects.requireNonNull(diagnostics, "diagnostics");
        }
    }

    /** The figures as lines to print. */
    public String summary() {
        StringBuilder text = new StringBuilder("ECB+ cross-document coreference (gold mentions of the annotated sentences)\n");
        for (SetResult set : sets) {
            text.append(String.format(Locale.ROOT, "%s: %d documents, %.0f s%n", set.name(), set.documents(), set.seconds()));
            text.append(String.format(Locale.ROOT,
                    "  events, Parallax       (%d gold mentions in %d chains; %d found by the language layer, %d in an event)%n",
                    set.events().mentions(), set.events().clusters(), set.eventsFound(), set.eventsCovered()));
            text.append("    ").append(set.events().line()).append('\n');
            text.append("  events, same head lemma per topic\n    ").append(set.lemmaBaseline().line()).append('\n');
            text.append("  diagnostic: gold chains over the mentions the language layer finds (an upper bound)\n    ")
                    .append(set.oracleOnFound().line()).append('\n');
            text.append("  diagnostic: same head lemma per topic over the mentions the language layer finds\n    ")
                    .append(set.lemmaOnFound().line()).append('\n');
            text.append(set.diagnostics());
            text.append(String.format(Locale.ROOT, "  named entities, Parallax (%d gold mentions in %d chains, %d covered by an entity)%n",
                    set.entities().mentions(), set.entities().clusters(), set.entitiesCovered()));
            text.append("    ").append(set.entities().line()).append('\n');
        }
        problems.forEach(problem -> text.append("problem: ").append(problem).append('\n'));
        return text.toString();
    }

    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "ecbplus-cross-document-coreference");
        ArrayNode array = root.putArray("sets");
        for (SetResult set : sets) {
            ObjectNode node = array.addObject();
            node.put("name", set.name());
            node.put("documents", set.documents());
            node.put("seconds", set.seconds());
            node.put("eventMentionsFound", set.eventsFound());
            node.put("eventMentionsCovered", set.eventsCovered());
            node.put("entityMentionsCovered", set.entitiesCovered());
            scores(node.putObject("events"), set.events());
            scores(node.putObject("eventsLemmaBaseline"), set.lemmaBaseline());
            scores(node.putObject("entities"), set.entities());
            scores(node.putObject("oracleOnFoundMentions"), set.oracleOnFound());
            scores(node.putObject("lemmaBaselineOnFoundMentions"), set.lemmaOnFound());
            node.put("diagnostics", set.diagnostics());
        }
        ArrayNode problemArray = root.putArray("problems");
        problems.forEach(problemArray::add);
        ReportFiles.writeJson(mapper, root, file);
    }

    private static void scores(ObjectNode node, CoreferenceScores scores) {
        node.put("mentions", scores.mentions());
        node.put("chains", scores.clusters());
        metric(node.putObject("muc"), scores.muc());
        metric(node.putObject("bcubed"), scores.bcubed());
        metric(node.putObject("ceafe"), scores.ceafe());
        node.put("conllF1", scores.conllF1());
    }

    private static void metric(ObjectNode node, MetricScore score) {
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("f1", score.f1());
    }
}
