package org.parallax.evaluation.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.evaluation.time.GoldEvent;
import org.parallax.evaluation.time.TimeMlDocument;
import org.parallax.evaluation.time.TimeMlReader;
import org.parallax.language.LanguagePipeline;
import org.parallax.language.LanguagePipelines;
import org.parallax.language.corenlp.CoreNlpOptions;
import org.parallax.language.corenlp.CoreNlpParser;
import org.parallax.language.events.EventStage;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.DateSource;
import org.parallax.model.DatingBasis;
import org.parallax.model.EventDating;
import org.parallax.model.EventMention;
import org.parallax.model.InputFormat;
import org.parallax.model.Span;
import org.parallax.model.TimexType;

/**
 * Event dating on TempEval-3's TBAQ-cleaned (TimeBank and AQUAINT), as issue 13 defines it. A gold
 * {@code EVENT} counts when a {@code TLINK} ties it by {@code IS_INCLUDED}, {@code INCLUDES} or
 * {@code SIMULTANEOUS} to an explicit {@code DATE} of its text (not the creation time) whose value is a
 * day, a month, a year or an ISO week. Each document runs through the standard language pipeline with
 * its creation time as the publication date; the event mention covering the gold event (overlapping its
 * characters) is right when its date, less any time of day, equals that value (one of them, when the gold
 * ties it to several). Accuracy is right over all such gold events, precision right over those the
 * mentions date.
 *
 * <p>The rules were tuned on TimeBank; AQUAINT was not looked at document by document and is reported on
 * its own.
 */
public final class TimelineBenchmark {

    static final String TUNED = "TimeBank (tuned on)";
    static final String HELD_OUT = "AQUAINT (held out)";
    static final String ALL = "all TBAQ";

    static final Set<String> INCLUSION = Set.of("IS_INCLUDED", "INCLUDES", "SIMULTANEOUS");
    /** The kinds of time expression that may date an event, for the diagnostic of which misses have a date beside them. */
    private static final Set<TimexType> DATES_AN_EVENT = Set.of(TimexType.DATE, TimexType.TIME);
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?|-W\\d{2})?");

    private TimelineBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param directory the TempEval-3 folder (holding {@code TBAQ-cleaned/}) or TBAQ-cleaned itself
     * @param limit     read at most this many documents per corpus, 0 for all
     * @param errors    where to write the disagreements on the part tuned on (TimeBank), if anywhere; the held-out part is never listed
     * @param rulesOnly date by the hand-written rules alone, without the shipped time attachment model (to compare)
     */
    public static TimelineReport run(Path directory, int limit, Optional<Path> errors, boolean rulesOnly) {
        Path root = root(directory);
        List<Path> timeBank = files(root.resolve("TimeBank"), limit);
        List<Path> aquaint = files(root.resolve("AQUAINT"), limit);
        if (timeBank.isEmpty() && aquaint.isEmpty()) {
            throw new IllegalArgumentException("no TimeML files under " + root + "/TimeBank or /AQUAINT");
        }
        CoreNlpParser parser = new CoreNlpParser(CoreNlpOptions.standard().withDependencies(false));
        LanguagePipeline pipeline = rulesOnly ? LanguagePipelines.standardEndingWith(parser, new EventStage(Optional.empty()))
                : LanguagePipelines.standard(parser);
        TimeMlReader reader = new TimeMlReader();
        Map<String, TimelineCounts> counts = new LinkedHashMap<>();
        Map<String, Integer> documents = new LinkedHashMap<>();
        for (String name : List.of(TUNED, HELD_OUT, ALL)) {
            counts.put(name, TimelineCounts.zero());
            documents.put(name, 0);
        }
        StringBuilder disagreements = new StringBuilder();
        long start = System.nanoTime();
        for (Path file : concat(timeBank, aquaint)) {
            String subset = timeBank.contains(file) ? TUNED : HELD_OUT;
            TimeMlDocument document = reader.read(file, timeBank.contains(file) ? "TimeBank" : "AQUAINT");
            AnalyzedArticle analyzed = pipeline.annotate(article(document));
            TimelineCounts found = score(document, analyzed, subset.equals(TUNED) ? disagreements : new StringBuilder());
            for (String name : List.of(subset, ALL)) {
                counts.merge(name, found, TimelineCounts::plus);
                documents.merge(name, 1, Integer::sum);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (errors.isPresent()) {
            try {
                Files.writeString(errors.get(), disagreements);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + errors.get(), e);
            }
        }
        List<TimelineReport.Subset> subsets = new ArrayList<>();
        counts.forEach((name, value) -> subsets.add(new TimelineReport.Subset(name, documents.get(name), value)));
        return new TimelineReport(subsets, seconds);
    }

    /** The counts of one document; each disagreement is appended to {@code disagreements} as one line. */
    static TimelineCounts score(TimeMlDocument document, AnalyzedArticle analyzed, StringBuilder disagreements) {
        TimelineCounts counts = TimelineCounts.zero();
        String text = document.text();
        List<Span> sentences = sentences(text);
        for (GoldEvent event : document.events()) {
            List<GoldEvent.TimeAnchor> anchors = counted(event);
            List<String> values = anchors.stream().map(anchor -> anchor.timex().value()).distinct().toList();
            if (values.isEmpty()) {
                continue;
            }
            Optional<Span> sentence = sentences.stream().filter(s -> s.contains(event.span())).findFirst();
            boolean same = sentence.isPresent() && anchors.stream().anyMatch(anchor -> sentence.get().contains(anchor.timex().span()));
            Optional<EventMention> covering = covering(analyzed.annotations().events(), event.span());
            Optional<String> ours = covering.flatMap(mention -> mention.dating().value()).map(value -> value.replaceFirst("T.*", ""));
            boolean right = ours.isPresent() && values.contains(ours.get());
            Map<String, TimelineCounts.Tally> classes = new TreeMap<>();
            if (ours.isPresent()) {
                TimelineCounts.Tally tally = new TimelineCounts.Tally(1, right ? 1 : 0);
                EventDating dating = covering.get().dating();
                classes.put(datedBy(dating.basis()), tally);
                if (dating.basis() == DatingBasis.PASSAGE) {
                    classes.put(String.format(Locale.ROOT, "passage, %d sentence(s) after its top",
                            sentencesBetween(sentences, dating.evidence().orElseThrow(), covering.get().span())), tally);
                }
            }
            boolean dateBeside = sentence.isPresent() && analyzed.annotations().timexes().stream()
                    .anyMatch(timex -> DATES_AN_EVENT.contains(timex.type()) && sentence.get().contains(timex.span()));
            Map<TimelineCounts.Miss, Integer> misses = right ? Map.of()
                    : Map.of(TimelineCounts.Miss.of(covering.isPresent(), ours.isPresent(), same, dateBeside), 1);
            Map<String, Integer> across = covering.isPresent() && ours.isEmpty() && !same && sentence.isPresent()
                    ? undatedAcross(sentences, sentence.get(), anchors, covering.get(), analyzed, dateBeside) : Map.of();
            counts = counts.plus(new TimelineCounts(1, covering.isPresent() ? 1 : 0, ours.isPresent() ? 1 : 0, right ? 1 : 0,
                    same ? 1 : 0, same && right ? 1 : 0, classes, misses, across));
            if (!right) {
                disagreements.append(String.format(Locale.ROOT, "%s\t%s\t\"%s\"\tgold %s (%s)\tours %s\t%s\t%s%n", document.id(),
                        event.span(), event.span().coveredText(text), String.join("|", values),
                        same ? "own sentence" : "another sentence", ours.orElse("-"),
                        covering.map(mention -> mention.dating().basis().name()
                                + mention.dating().evidence().map(span -> " \"" + span.coveredText(text) + "\"").orElse(""))
                                .orElse("no mention"),
                        context(text, event.span())));
            }
        }
        return counts;
    }

    /**
     * Where an undated gold event whose date stands in another sentence lies, along a few dimensions, each counted once:
     * its mention's word class; how many sentences back its nearest earlier gold date stands ("after" when all stand
     * after it); whether one of our dated time expressions stands in a sentence between; whether its own sentence holds a
     * DATE or TIME of ours; what dated the other mentions of its sentence.
     */
    private static Map<String, Integer> undatedAcross(List<Span> sentences, Span sentence, List<GoldEvent.TimeAnchor> anchors,
            EventMention mention, AnalyzedArticle analyzed, boolean dateBeside) {
        int own = sentences.indexOf(sentence);
        int nearest = -1;
        for (GoldEvent.TimeAnchor anchor : anchors) {
            for (int i = 0; i < own; i++) {
                if (sentences.get(i).contains(anchor.timex().span())) {
                    nearest = Math.max(nearest, i);
                }
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("a word class: " + mention.wordClass().name().toLowerCase(Locale.ROOT), 1);
        int back = own - nearest;
        String distance = nearest < 0 ? "after it" : back <= 3 ? back + " back" : back <= 5 ? "4-5 back" : back <= 8 ? "6-8 back"
                : "9 or more back";
        counts.put("b nearest earlier gold date: " + distance, 1);
        if (nearest >= 0) {
            int from = sentences.get(nearest).end();
            boolean between = analyzed.annotations().timexes().stream().anyMatch(timex -> DATES_AN_EVENT.contains(timex.type())
                    && CALENDAR.matcher(timex.value().replaceFirst("T.*", "")).matches()
                    && timex.span().begin() >= from && timex.span().end() <= sentence.begin());
            counts.put("c a dated time expression of ours between: " + (between ? "yes" : "no"), 1);
            counts.put("d nearest earlier gold date in the article's first two sentences: " + (nearest <= 1 ? "yes" : "no"), 1);
        }
        counts.put("e a DATE or TIME of ours in its own sentence: " + (dateBeside ? "yes" : "no"), 1);
        Set<DatingBasis> others = new TreeSet<>();
        for (EventMention other : analyzed.annotations().events()) {
            if (sentence.contains(other.span()) && !other.equals(mention) && other.dating().isDated()) {
                others.add(other.dating().basis());
            }
        }
        counts.put("f other mentions of its sentence dated by: " + (others.isEmpty() ? "none"
                : String.join(", ", others.stream().map(TimelineBenchmark::datedBy).toList())), 1);
        return counts;
    }

    /**
     * The anchors by which a gold event counts: TLINKs by {@code IS_INCLUDED}, {@code INCLUDES} or {@code SIMULTANEOUS}
     * to an explicit {@code DATE} whose value is a day, a month, a year or a week; none when the event does not count.
     */
    static List<GoldEvent.TimeAnchor> counted(GoldEvent event) {
        return event.anchors().stream()
                .filter(anchor -> INCLUSION.contains(anchor.relation()))
                .filter(anchor -> anchor.timex().type() == TimexType.DATE && CALENDAR.matcher(anchor.timex().value()).matches())
                .toList();
    }

    /** The name of a dating basis as {@code analysis.json} writes it ({@code time-expression}). */
    static String datedBy(DatingBasis basis) {
        return basis.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How many sentence breaks lie between the sentence of {@code from} and that of {@code to}. */
    private static long sentencesBetween(List<Span> sentences, Span from, Span to) {
        return sentences.stream().filter(sentence -> sentence.begin() > from.begin() && sentence.begin() <= to.begin()).count();
    }

    /** The mention overlapping the gold event; a dated one first when several do. */
    private static Optional<EventMention> covering(List<EventMention> mentions, Span span) {
        Optional<EventMention> any = Optional.empty();
        for (EventMention mention : mentions) {
            if (mention.span().overlaps(span)) {
                if (mention.dating().isDated()) {
                    return Optional.of(mention);
                }
                any = any.or(() -> Optional.of(mention));
            }
        }
        return any;
    }

    /**
     * The text's sentences, for the diagnostic of which gold dates stand in their event's own sentence: the JDK's
     * sentence rules within each line (TimeML texts break lines between sentences and paragraphs).
     */
    private static List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            iterator.setText(text.substring(lineStart, lineEnd));
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                sentences.add(new Span(lineStart + start, lineStart + end));
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static String context(String text, Span span) {
        int from = Math.max(0, text.lastIndexOf('\n', span.begin()) + 1);
        from = Math.max(from, span.begin() - 150);
        int to = text.indexOf('\n', span.end());
        to = Math.min(to < 0 ? text.length() : to, span.end() + 150);
        return (text.substring(from, span.begin()) + "[" + span.coveredText(text) + "]" + text.substring(span.end(), to))
                .replaceAll("\\s+", " ");
    }

    static Article article(TimeMlDocument document) {
        return new Article(document.id(), document.id() + ".tml", InputFormat.TEXT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.of(document.creationDate()), DateSource.MANIFEST,
                Optional.empty(), document.text(), List.of(), List.of());
    }

    private static List<Path> concat(List<Path> first, List<Path> second) {
        List<Path> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** TBAQ-cleaned, given it or the TempEval-3 folder that holds it. */
    static Path root(Path directory) {
        return Files.isDirectory(directory.resolve("TBAQ-cleaned")) ? directory.resolve("TBAQ-cleaned") : directory;
    }

    static List<Path> files(Path folder, int limit) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.list(folder)) {
            List<Path> files = stream.filter(path -> path.getFileName().toString().endsWith(".tml")).sorted().toList();
            return limit > 0 && limit < files.size() ? files.subList(0, limit) : files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** From the shell: {@code TimelineBenchmark DIR [--limit N] [--output FILE] [--errors FILE] [--rules-only]}. */
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: TimelineBenchmark DIR [--limit N] [--output FILE] [--errors FILE] [--rules-only]");
            System.exit(2);
        }
        int limit = 0;
        Path output = null;
        Path errors = null;
        boolean rulesOnly = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--errors" -> errors = Path.of(args[++i]);
                case "--rules-only" -> rulesOnly = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        TimelineReport report = run(Path.of(args[0]), limit, Optional.ofNullable(errors), rulesOnly);
        System.out.print(report.summary());
        if (output != null) {
            report.writeJson(output);
        }
    }
}
