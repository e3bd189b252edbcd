package org.parallax.evaluation.time;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one run of the TempEval-3 time benchmark: our tagger's counts and SUTime's, per
 * subset of the documents.
 *
 * @param subsets           the subsets, each with both systems' counts
 * @param documents         how many documents were read
 * @param oursSeconds       seconds our tagger spent (after CoreNLP's parse, which is not counted)
 * @param parseSeconds      seconds CoreNLP spent parsing for our tagger (tokens, sentences, tags, NER)
 * @param suTimeSeconds     seconds SUTime's pipeline spent, its own tokenizing and tagging included; empty when it did not run
 */
public record TimeReport(List<SubsetResult> subsets, int documents, double oursSeconds, double parseSeconds,
        Optional<Double> suTimeSeconds) {

    public TimeReport {
        subsets = List.copyOf(subsets);
        Objects.requireNonNull(suTimeSeconds, "suTimeSeconds");
    }

    /**
     * One subset's counts.
     *
     * @param name      e.g. {@code TimeBank held-out half}
     * @param documents how many documents it holds
     * @param ours      our tagger's counts
     * @param errors    our tagger's errors by kind
     * @param suTime    SUTime's counts, when it ran
     */
    public record SubsetResult(String name, int documents, TimexCounts ours, ErrorKinds errors,
            Optional<TimexCounts> suTime) {
        public SubsetResult {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(ours, "ours");
            Objects.requireNonNull(errors, "errors");
            Objects.requireNonNull(suTime, "suTime");
        }
    }

    /** A plain-text table of the figures. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "TempEval-3 TBAQ-cleaned, %d documents, DCT as publication date%n", documents));
        out.append("tuning part: AQUAINT + TimeBank files 0, 2, 4, ... in name order (the rules were developed on it);")
                .append(System.lineSeparator())
                .append("HELD OUT: TimeBank files 1, 3, 5, ... (never used for error analysis; the figure to quote)")
                .append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-50s %-7s %5s %5s | %-17s | %-17s | %6s %6s | %5s%n", "subset", "system",
                "gold", "sys", "strict P/R/F1", "relaxed P/R/F1", "value", "type", "vAcc"));
        for (SubsetResult subset : subsets) {
            line(out, subset.name() + " (" + subset.documents() + " docs)", "ours", subset.ours());
            subset.suTime().ifPresent(counts -> line(out, "", "SUTime", counts));
        }
        out.append(String.format(Locale.ROOT, "time: our tagger %.1f s (+ CoreNLP parse %.1f s)", oursSeconds, parseSeconds));
        suTimeSeconds.ifPresent(seconds -> out.append(String.format(Locale.ROOT, "; SUTime pipeline %.1f s", seconds)));
        out.append(System.lineSeparator());
        out.append("value and type are F1 over relaxed matches (TempEval-3); vAcc = value accuracy on relaxed matches")
                .append(System.lineSeparator());
        errorTable(out);
        return out.toString();
    }

    /** Our errors by kind, one column per subset. */
    private void errorTable(StringBuilder out) {
        out.append(System.lineSeparator()).append("our errors by kind (counts; a relaxed match can count for span, type and value)")
                .append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-72s", "kind"));
        for (SubsetResult subset : subsets) {
            out.append(String.format(Locale.ROOT, " %9s", shortName(subset.name())));
        }
        out.append(System.lineSeparator());
        for (ErrorKinds.Kind kind : ErrorKinds.Kind.values()) {
            out.append(String.format(Locale.ROOT, "%-72s", kind.description()));
            for (SubsetResult subset : subsets) {
                out.append(String.format(Locale.ROOT, " %9d", subset.errors().count(kind)));
            }
            out.append(System.lineSeparator());
        }
    }

    private static String shortName(String name) {
        if (name.startsWith("AQUAINT")) {
            return "AQUAINT";
        }
        if (name.startsWith("TimeBank even")) {
            return "TB even";
        }
        if (name.startsWith("TimeBank odd")) {
            return "HELD OUT";
        }
        return name.startsWith("tuning") ? "tuning" : "all";
    }

    private static void line(StringBuilder out, String name, String system, TimexCounts counts) {
        out.append(String.format(Locale.ROOT, "%-50s %-7s %5d %5d | %s | %s | %6.3f %6.3f | %5.3f%n", name, system,
                counts.gold(), counts.system(), prf(counts.strictScore()), prf(counts.relaxedScore()),
                counts.valueScore().f1(), counts.typeScore().f1(), counts.valueAccuracy()));
    }

    private static String prf(TimexCounts.Score score) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", score.precision(), score.recall(), score.f1());
    }

    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "tempeval3-tbaq");
        root.put("documents", documents);
        root.put("oursSeconds", oursSeconds);
        root.put("parseSeconds", parseSeconds);
        suTimeSeconds.ifPresent(seconds -> root.put("suTimeSeconds", seconds));
        ArrayNode array = root.putArray("subsets");
        for (SubsetResult subset : subsets) {
            ObjectNode node = array.addObject();
            node.put("name", subset.name());
            node.put("documents", subset.documents());
            counts(node.putObject("ours"), subset.ours());
            ObjectNode errors = node.putObject("oursErrors");
            subset.errors().counts().forEach((kind, count) -> errors.put(kind.name(), count));
            subset.suTime().ifPresent(counts -> counts(node.putObject("suTime"), counts));
        }
        try {
            mapper.writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void counts(ObjectNode node, TimexCounts counts) {
        node.put("gold", counts.gold());
        node.put("system", counts.system());
        node.put("strictMatches", counts.strict());
        node.put("relaxedMatches", counts.relaxed());
        node.put("valueCorrect", counts.valueCorrect());
        node.put("typeCorrect", counts.typeCorrect());
        score(node.putObject("strict"), counts.strictScore());
        score(node.putObject("relaxed"), counts.relaxedScore());
        score(node.putObject("value"), counts.valueScore());
        score(node.putObject("type"), counts.typeScore());
    }

    private static void score(ObjectNode node, TimexCounts.Score score) {
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("f1", score.f1());
    }
}
