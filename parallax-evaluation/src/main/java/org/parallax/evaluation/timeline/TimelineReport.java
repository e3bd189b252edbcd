package org.parallax.evaluation.timeline;

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
 * The outcome of one run of the event-dating benchmark.
 *
 * @param subsets the subsets (tuned on, held out, all) with their counts
 * @param seconds wall-clock seconds of the whole run, language layer included
 */
public record TimelineReport(List<Subset> subsets, double seconds) {

    public TimelineReport {
        subsets = List.copyOf(subsets);
    }

    /**
     * One subset's counts.
     *
     * @param name      e.g. {@code AQUAINT (held out)}
     * @param documents how many documents it holds
     * @param counts    its counts
     */
    public record Subset(String name, int documents, TimelineCounts counts) {
        public Subset {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /** A plain-text table of the figures. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Event dating on TempEval-3 TBAQ-cleaned: gold events tied (IS_INCLUDED, INCLUDES, SIMULTANEOUS) to an explicit")
                .append(System.lineSeparator())
                .append("DATE of their text whose value is a day, month, year or week; DCT as publication date")
                .append(System.lineSeparator())
                .append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "%-22s %5s %6s %7s %6s %6s | %8s %9s | %s%n", "subset", "docs", "gold",
                "covered", "dated", "right", "accuracy", "precision", "date in own sentence: gold/right/accuracy"));
        for (Subset subset : subsets) {
            TimelineCounts c = subset.counts();
            out.append(String.format(Locale.ROOT, "%-22s %5d %6d %7d %6d %6d | %8.3f %9.3f | %d/%d/%.3f%n",
                    subset.name(), subset.documents(), c.gold(), c.covered(), c.dated(), c.right(), c.accuracy(), c.precision(),
                    c.sameSentence(), c.rightSameSentence(), c.sameSentenceAccuracy()));
        }
        out.append("precision of each datedBy class: dated/right/precision").append(System.lineSeparator());
        for (Subset subset : subsets) {
            out.append(String.format(Locale.ROOT, "  %s%n", subset.name()));
            subset.counts().classesInOrder().forEach((name, tally) -> out.append(String.format(Locale.ROOT,
                    "    %-40s %5d %5d %.3f%n", name, tally.dated(), tally.right(), tally.precision())));
        }
        out.append("gold events not dated right, by why").append(System.lineSeparator());
        for (Subset subset : subsets) {
            out.append(String.format(Locale.ROOT, "  %s%n", subset.name()));
            subset.counts().missesInOrder().forEach((miss, count) -> out.append(String.format(Locale.ROOT,
                    "    %-66s %5d%n", miss.description(), count)));
        }
        out.append("mention undated, date in another sentence: by word class, by where the nearest gold date stands, by whether")
                .append(System.lineSeparator())
                .append("a dated time expression of ours stands between, by what dated the other mentions of its sentence")
                .append(System.lineSeparator());
        for (Subset subset : subsets) {
            out.append(String.format(Locale.ROOT, "  %s%n", subset.name()));
            subset.counts().undatedAcrossInOrder().forEach((name, count) -> out.append(String.format(Locale.ROOT,
                    "    %-66s %5d%n", name, count)));
        }
        out.append(String.format(Locale.ROOT, "time: %.1f s for the language layer and scoring%n", seconds));
        return out.toString();
    }

    public void writeJson(Path file) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("benchmark", "tempeval3-tbaq-event-dating");
        root.put("seconds", seconds);
        ArrayNode array = root.putArray("subsets");
        for (Subset subset : subsets) {
            ObjectNode node = array.addObject();
            TimelineCounts c = subset.counts();
            node.put("name", subset.name());
            node.put("documents", subset.documents());
            node.put("gold", c.gold());
            node.put("covered", c.covered());
            node.put("dated", c.dated());
            node.put("right", c.right());
            ObjectNode classes = node.putObject("byDatedBy");
            c.classesInOrder().forEach((name, tally) -> {
                ObjectNode one = classes.putObject(name);
                one.put("dated", tally.dated());
                one.put("right", tally.right());
                one.put("precision", tally.precision());
            });
            ObjectNode misses = node.putObject("misses");
            c.missesInOrder().forEach((miss, count) -> misses.put(miss.name().toLowerCase(Locale.ROOT).replace('_', '-'), count));
            ObjectNode across = node.putObject("undatedAcrossSentences");
            c.undatedAcrossInOrder().forEach(across::put);
            node.put("goldDateInOwnSentence", c.sameSentence());
            node.put("rightDateInOwnSentence", c.rightSameSentence());
            node.put("accuracy", c.accuracy());
            node.put("precision", c.precision());
        }
        ReportFiles.writeJson(mapper, root, file);
    }
}
