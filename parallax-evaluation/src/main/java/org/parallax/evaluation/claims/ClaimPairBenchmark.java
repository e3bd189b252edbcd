package org.parallax.evaluation.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.evaluation.claims.ClaimPair.Statement;

/**
 * How precise the claims of an {@code analysis.json} are, measured on pairs a reader labelled. Each claim with two
 * reports or more gives a pair per report other than its reference (the report whose words are the claim's
 * statement): joined, when that report is {@code reported}, or contradicted. Pairs fall in four strata (joined or
 * contradicted, within one article or across two); in each, the precision is the share of the labelled pairs present
 * that a reader judged right (one claim for a joined pair, a dispute for a contradicted one), and the overall figure
 * weights each stratum by how many pairs the analysis has in it.
 *
 * <p>The labels file is tab-separated: {@code label}, then file, begin and end of each statement, then (ignored) the
 * two texts, with {@code #} comment lines; see {@link PairLabel}.
 */
public final class ClaimPairBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Joined or contradicted, within one article or across two. */
    public enum Stratum {
        JOINED_ACROSS_ARTICLES, JOINED_IN_ONE_ARTICLE, CONTRADICTED_ACROSS_ARTICLES, CONTRADICTED_IN_ONE_ARTICLE;

        static Stratum of(boolean contradicted, boolean sameArticle) {
            if (contradicted) {
                return sameArticle ? CONTRADICTED_IN_ONE_ARTICLE : CONTRADICTED_ACROSS_ARTICLES;
            }
            return sameArticle ? JOINED_IN_ONE_ARTICLE : JOINED_ACROSS_ARTICLES;
        }

        boolean contradicted() {
            return this == CONTRADICTED_ACROSS_ARTICLES || this == CONTRADICTED_IN_ONE_ARTICLE;
        }
    }

    /**
     * One pair of the analysis.
     *
     * @param reference       the claim's reference report
     * @param report          the other report
     * @param stratum         joined or contradicted, in one article or two
     * @param referenceWords  the reference report's words
     * @param reportWords     the other report's words
     */
    public record AnalysedPair(Statement reference, Statement report, Stratum stratum, String referenceWords, String reportWords) {

        /** The two statements as a pair. */
        public ClaimPair pair() {
            return new ClaimPair(reference, report);
        }
    }

    /**
     * The figures of one stratum.
     *
     * @param pairs     pairs of the analysis in it
     * @param labelled  of those, how many are labelled
     * @param right     of the labelled, how many a reader judged right
     */
    public record StratumFigures(int pairs, int labelled, int right) {

        /** Share of the labelled pairs judged right; NaN when none is labelled. */
        public double precision() {
            return labelled == 0 ? Double.NaN : (double) right / labelled;
        }
    }

    private ClaimPairBenchmark() {
    }

    /** The joined and contradicted pairs of the claims in {@code analysis} (an {@code analysis.json}, format 2 or 3). */
    public static List<AnalysedPair> pairs(Path analysis) {
        JsonNode root;
        try {
            root = JSON.readTree(analysis.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + analysis, e);
        }
        Map<String, String> files = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (JsonNode article : root.path("articles")) {
            String source = article.path("source").asText();
            files.put(article.path("id").asText(), source.replaceAll(".*/", "").replaceAll("\\.[^.]*$", ""));
            texts.put(article.path("id").asText(), article.path("text").asText());
        }
        List<AnalysedPair> pairs = new ArrayList<>();
        for (JsonNode story : root.path("stories")) {
            for (JsonNode claim : story.path("claims")) {
                JsonNode reports = claim.path("reports");
                if (reports.size() < 2) {
                    continue;
                }
                String statement = claim.path("statement").asText();
                List<String> words = new ArrayList<>();
                List<Statement> statements = new ArrayList<>();
                int reference = 0;
                for (int i = 0; i < reports.size(); i++) {
                    JsonNode report = reports.get(i);
                    String article = report.path("article").asText();
                    int begin = report.at("/evidence/begin").asInt();
                    int end = report.at("/evidence/end").asInt();
                    String text = texts.getOrDefault(article, "");
                    words.add(end <= text.length() ? text.substring(begin, end) : "");
                    statements.add(new Statement(files.getOrDefault(article, article), begin, end));
                }
                for (int i = 0; i < words.size(); i++) {
                    if (statement.contains(words.get(i)) || words.get(i).contains(statement)) {
                        reference = i;
                        break;
                    }
                }
                for (int i = 0; i < reports.size(); i++) {
                    if (i != reference) {
                        boolean contradicted = "contradicted".equals(reports.get(i).path("stance").asText());
                        boolean sameArticle = statements.get(reference).file().equals(statements.get(i).file());
                        pairs.add(new AnalysedPair(statements.get(reference), statements.get(i), Stratum.of(contradicted, sameArticle),
                                words.get(reference), words.get(i)));
                    }
                }
            }
        }
        return pairs;
    }

    /** The labels of a labels file, by pair. */
    public static Map<ClaimPair, PairLabel> labels(Path file) {
        Map<ClaimPair, PairLabel> labels = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("label\t")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                ClaimPair pair = new ClaimPair(new Statement(fields[1], Integer.parseInt(fields[2]), Integer.parseInt(fields[3])),
                        new Statement(fields[4], Integer.parseInt(fields[5]), Integer.parseInt(fields[6])));
                labels.put(pair, PairLabel.parse(fields[0]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (n + 1) + ": expected label, file, begin, end, file,"
                        + " begin, end separated by tabs: " + e.getMessage(), e);
            }
        }
        return labels;
    }

    /** The figures of each stratum: the analysis's pairs against the labels. */
    public static Map<Stratum, StratumFigures> score(List<AnalysedPair> pairs, Map<ClaimPair, PairLabel> labels) {
        Map<Stratum, int[]> counts = new EnumMap<>(Stratum.class);
        for (Stratum stratum : Stratum.values()) {
            counts.put(stratum, new int[3]);
        }
        for (AnalysedPair analysed : pairs) {
            int[] count = counts.get(analysed.stratum());
            count[0]++;
            PairLabel label = labels.get(analysed.pair());
            if (label != null) {
                count[1]++;
                boolean right = analysed.stratum().contradicted() ? label == PairLabel.DISPUTE : label.oneClaim();
                if (right) {
                    count[2]++;
                }
            }
        }
        Map<Stratum, StratumFigures> figures = new EnumMap<>(Stratum.class);
        counts.forEach((stratum, count) -> figures.put(stratum, new StratumFigures(count[0], count[1], count[2])));
        return figures;
    }

    /** Precision over the strata whose {@link Stratum#contradicted()} is {@code contradicted}, each weighted by its pairs. */
    public static double weightedPrecision(Map<Stratum, StratumFigures> figures, boolean contradicted) {
        double weighted = 0;
        int pairs = 0;
        for (Map.Entry<Stratum, StratumFigures> entry : figures.entrySet()) {
            StratumFigures figure = entry.getValue();
            if (entry.getKey().contradicted() == contradicted && figure.labelled() > 0) {
                weighted += figure.precision() * figure.pairs();
                pairs += figure.pairs();
            }
        }
        return pairs == 0 ? Double.NaN : weighted / pairs;
    }

    /**
     * Up to {@code perStratum} unlabelled pairs of each stratum, drawn at random with {@code seed}, as lines of the
     * labels file with an empty label (the reader fills it in).
     */
    public static List<String> unlabelled(List<AnalysedPair> pairs, Map<ClaimPair, PairLabel> labels, int perStratum, long seed) {
        List<String> lines = new ArrayList<>();
        for (Stratum stratum : Stratum.values()) {
            List<AnalysedPair> open = new ArrayList<>(pairs.stream()
                    .filter(p -> p.stratum() == stratum && !labels.containsKey(p.pair())).distinct().toList());
            Collections.shuffle(open, new Random(seed));
            for (AnalysedPair pair : open.subList(0, Math.min(perStratum, open.size()))) {
                lines.add(String.join("\t", "", pair.reference().file(), Integer.toString(pair.reference().begin()),
                        Integer.toString(pair.reference().end()), pair.report().file(), Integer.toString(pair.report().begin()),
                        Integer.toString(pair.report().end()), oneLine(pair.referenceWords()), oneLine(pair.reportWords()),
                        stratum.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return lines;
    }

    /** The figures as lines of text: each stratum, then the weighted precision of joins and of contradictions. */
    public static String summary(Map<Stratum, StratumFigures> figures) {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%-30s %7s %9s %6s %9s%n",
                "pairs", "in run", "labelled", "right", "precision"));
        figures.forEach((stratum, figure) -> out.append(String.format(java.util.Locale.ROOT, "%-30s %7d %9d %6d %9.3f%n",
                stratum.name().toLowerCase(java.util.Locale.ROOT), figure.pairs(), figure.labelled(), figure.right(), figure.precision())));
        out.append(String.format(java.util.Locale.ROOT, "precision of joined pairs (weighted by pairs in run): %.3f%n",
                weightedPrecision(figures, false)));
        out.append(String.format(java.util.Locale.ROOT, "precision of contradicted pairs (weighted by pairs in run): %.3f%n",
                weightedPrecision(figures, true)));
        return out.toString();
    }

    /** Writes the figures to {@code file} as JSON. */
    public static void writeJson(Map<Stratum, StratumFigures> figures, Path file) {
        com.fasterxml.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode strata = root.putObject("strata");
        figures.forEach((stratum, figure) -> {
            com.fasterxml.jackson.databind.node.ObjectNode node = strata.putObject(stratum.name().toLowerCase(java.util.Locale.ROOT));
            node.put("pairs", figure.pairs());
            node.put("labelled", figure.labelled());
            node.put("right", figure.right());
            node.put("precision", figure.precision());
        });
        root.put("joinedPrecision", weightedPrecision(figures, false));
        root.put("contradictedPrecision", weightedPrecision(figures, true));
        org.parallax.evaluation.ReportFiles.writeJson(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT), root, file);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
