package org.parallax.evaluation.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.text.ParsedText;
import org.parallax.language.text.TextParser;
import org.parallax.language.time.TimeTagger;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;

/**
 * The TempEval-3 time benchmark on TBAQ-cleaned (TimeBank and AQUAINT): each document's text is
 * parsed with CoreNLP, tagged by {@link TimeTagger} with the document creation time as the
 * publication date, and scored with {@link TimexScorer}; SUTime runs over the same documents in the
 * same run for comparison.
 *
 * <p>The split is fixed: the rules are tuned on the <b>tuning part</b>, AQUAINT and the
 * even-numbered half of TimeBank (files in name order, counting from 0); the <b>held-out part</b>,
 * the odd-numbered half of TimeBank, is never used for error analysis and is reported on its own,
 * with its errors as counts by kind ({@link ErrorKinds}) only.
 */
public final class TimeBenchmark {

    /** Subset names, as the report prints them. */
    static final String AQUAINT = "AQUAINT (tuning part)";
    static final String TIMEBANK_DEV = "TimeBank even half (tuning part)";
    static final String TIMEBANK_HELD_OUT = "TimeBank odd half (HELD OUT)";
    static final String DEVELOPMENT = "tuning part (AQUAINT + TimeBank even)";
    static final String ALL = "all TBAQ";

    private TimeBenchmark() {
    }

    /**
     * How to run the benchmark.
     *
     * @param limit  read at most this many documents (alternating AQUAINT and TimeBank), 0 for all
     * @param suTime whether to run SUTime beside our tagger
     * @param errors where to write our development-part errors for rule work, if anywhere
     */
    public record Options(int limit, boolean suTime, Optional<Path> errors) {
        public Options {
            if (limit < 0) {
                throw new IllegalArgumentException("limit " + limit);
            }
        }

        public static Options full() {
            return new Options(0, true, Optional.empty());
        }
    }

    /** Runs the benchmark with CoreNLP (without dependencies) as the parser. */
    public static TimeReport run(Path benchmarkDirectory, Options options) {
        return run(benchmarkDirectory, new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false)), options);
    }

    public static TimeReport run(Path benchmarkDirectory, TextParser parser, Options options) {
        List<LabelledDocument> documents = documents(benchmarkDirectory, options.limit());
        Optional<SuTimeTagger> suTime = options.suTime() ? Optional.of(new SuTimeTagger()) : Optional.empty();
        Map<String, TimexCounts> ours = new LinkedHashMap<>();
        Map<String, TimexCounts> theirs = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, ErrorKinds> errorKinds = new LinkedHashMap<>();
        for (String name : List.of(AQUAINT, TIMEBANK_DEV, TIMEBANK_HELD_OUT, DEVELOPMENT, ALL)) {
            errorKinds.put(name, ErrorKinds.none());
            ours.put(name, TimexCounts.zero());
            theirs.put(name, TimexCounts.zero());
            sizes.put(name, 0);
        }
        StringBuilder errors = new StringBuilder();
        long parseNanos = 0;
        long oursNanos = 0;
        long suTimeNanos = 0;
        for (LabelledDocument labelled : documents) {
            TimeMlDocument document = labelled.document();
            long start = System.nanoTime();
            ParsedText parsed = parser.parse(document.text());
            long parsedAt = System.nanoTime();
            TimeReference reference = TimeReference.publication(document.creationDate());
            List<Timex> timexes = TimeTagger.tag(parsed, span -> reference);
            long taggedAt = System.nanoTime();
            parseNanos += parsedAt - start;
            oursNanos += taggedAt - parsedAt;
            List<TimexMention> system = timexes.stream()
                    .map(timex -> new TimexMention(timex.span(), timex.type(), timex.value())).toList();
            TimexScorer.Alignment alignment = TimexScorer.align(document.timexes(), system);
            TimexCounts counts = TimexScorer.score(document.timexes(), system);
            Optional<TimexCounts> suTimeCounts = Optional.empty();
            if (suTime.isPresent()) {
                long before = System.nanoTime();
                List<TimexMention> found = suTime.get().tag(document.text(), document.creationDate());
                suTimeNanos += System.nanoTime() - before;
                suTimeCounts = Optional.of(TimexScorer.score(document.timexes(), found));
            }
            ErrorKinds kinds = ErrorKinds.of(alignment);
            for (String subset : labelled.subsets()) {
                ours.merge(subset, counts, TimexCounts::plus);
                errorKinds.merge(subset, kinds, ErrorKinds::plus);
                suTimeCounts.ifPresent(c -> theirs.merge(subset, c, TimexCounts::plus));
                sizes.merge(subset, 1, Integer::sum);
            }
            if (labelled.subsets().contains(DEVELOPMENT)) {
                ErrorListing.append(errors, document, alignment);
            }
        }
        if (options.errors().isPresent()) {
            try {
                Files.writeString(options.errors().get(), errors);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + options.errors().get(), e);
            }
        }
        List<TimeReport.SubsetResult> subsets = new ArrayList<>();
        for (String name : ours.keySet()) {
            if (sizes.get(name) > 0) {
                subsets.add(new TimeReport.SubsetResult(name, sizes.get(name), ours.get(name), errorKinds.get(name),
                        suTime.isPresent() ? Optional.of(theirs.get(name)) : Optional.empty()));
            }
        }
        return new TimeReport(subsets, documents.size(), oursNanos / 1e9, parseNanos / 1e9,
                suTime.isPresent() ? Optional.of(suTimeNanos / 1e9) : Optional.empty());
    }

    /** The documents with the subsets each belongs to, AQUAINT and TimeBank alternating. */
    static List<LabelledDocument> documents(Path benchmarkDirectory, int limit) {
        Path root = Files.isDirectory(benchmarkDirectory.resolve("TBAQ-cleaned"))
                ? benchmarkDirectory.resolve("TBAQ-cleaned") : benchmarkDirectory;
        List<Path> aquaint = files(root.resolve("AQUAINT"));
        List<Path> timeBank = files(root.resolve("TimeBank"));
        if (aquaint.isEmpty() && timeBank.isEmpty()) {
            throw new IllegalArgumentException("no TimeML files under " + root + "/AQUAINT or /TimeBank");
        }
        TimeMlReader reader = new TimeMlReader();
        List<LabelledDocument> documents = new ArrayList<>();
        int count = Math.max(aquaint.size(), timeBank.size());
        for (int i = 0; i < count; i++) {
            if (i < aquaint.size()) {
                documents.add(new LabelledDocument(reader.read(aquaint.get(i), "AQUAINT"), List.of(AQUAINT, DEVELOPMENT, ALL)));
            }
            if (i < timeBank.size()) {
                List<String> subsets = i % 2 == 0 ? List.of(TIMEBANK_DEV, DEVELOPMENT, ALL) : List.of(TIMEBANK_HELD_OUT, ALL);
                documents.add(new LabelledDocument(reader.read(timeBank.get(i), "TimeBank"), subsets));
            }
        }
        return limit > 0 && limit < documents.size() ? documents.subList(0, limit) : documents;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.filter(path -> path.getFileName().toString().endsWith(".tml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** A document and the subsets it counts in. */
    record LabelledDocument(TimeMlDocument document, List<String> subsets) {
    }

    /**
     * From the shell: {@code TimeBenchmark DIR [--limit N] [--no-sutime] [--json FILE] [--errors FILE]}.
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: TimeBenchmark DIR [--limit N] [--no-sutime] [--json FILE] [--errors FILE]");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        int limit = 0;
        boolean suTime = true;
        Path json = null;
        Path errors = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--no-sutime" -> suTime = false;
                case "--json" -> json = Path.of(args[++i]);
                case "--errors" -> errors = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        TimeReport report = run(directory, new Options(limit, suTime, Optional.ofNullable(errors)));
        System.out.print(report.summary());
        if (json != null) {
            report.writeJson(json);
        }
    }
}
