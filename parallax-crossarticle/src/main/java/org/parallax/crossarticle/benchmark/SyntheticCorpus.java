package org.parallax.crossarticle.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Annotations;
import org.parallax.model.Article;
import org.parallax.model.ArticleEntity;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.InputFormat;
import org.parallax.model.Mention;
import org.parallax.model.Quote;
import org.parallax.model.QuoteKind;
import org.parallax.model.Span;
import org.parallax.model.Speaker;
import org.parallax.model.SpeakerResolution;
import org.parallax.model.TimeReference;
import org.parallax.model.Timex;
import org.parallax.model.TimexType;

/**
 * Synthetic corpora for scaling runs, made of copies of real base texts.
 *
 * <p>Copies come in synthetic stories of {@value #STORY_SIZE} articles. Every copy of one story
 * rewrites its base text the same way: each word of four letters or more, except a few country
 * names and the names of weekdays and months, gets the story's code as a suffix ("Zelensky" → "Zelenskyqbd"), so each synthetic story
 * has its own vocabulary and its own cast, while the countries are shared by the whole corpus
 * (frequent entities, as in real news). Each copy drops one paragraph and gets a publication date
 * a few days from its story's.
 *
 * <p>Annotations are built by a crude name spotter (runs of capitalised words, the first
 * {@value #MAX_ENTITIES} distinct ones; a small list of countries), a crude date spotter (weekday
 * names, read as the last such day up to the publication date, and "26 October", read in the
 * publication's year) and a crude quote spotter (text between double quotation marks, credited
 * to the nearest name before it in its paragraph), not by the language layer: the benchmark
 * measures the cross-article layer's cost, and needs annotations of realistic number and shape,
 * not correct ones.
 */
final class SyntheticCorpus {

    static final int STORY_SIZE = 5;
    /** About as many entities as the language layer finds in one seed article (19 in the longest). */
    static final int MAX_ENTITIES = 20;

    private static final Set<String> COUNTRIES = Set.of("Israel", "Russia", "Ukraine", "Poland", "Turkey", "Cyprus",
            "America", "China", "Iran");
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?:[ -]\\p{Lu}\\p{L}+){0,2}");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "There", "These", "When", "While",
            "Despite", "Since", "During", "Media", "Read", "Sometimes", "Nonetheless", "Our", "We", "He", "It", "In",
            "On", "So", "But", "If", "As", "Yet", "And", "Exactly", "Hebrew");

    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"\\n]{10,})[”\"]");

    private SyntheticCorpus() {
    }

    static List<AnalyzedArticle> build(List<String> bases, int size, long seed) {
        Iterator<AnalyzedArticle> articles = stream(bases, seed);
        List<AnalyzedArticle> corpus = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            corpus.add(articles.next());
        }
        return corpus;
    }

    /**
     * The articles {@link #build} makes, one at a time and without end: the first {@code n} are
     * {@code build(bases, n, seed)}, so a benchmark can grow a corpus without holding it.
     */
    static Iterator<AnalyzedArticle> stream(List<String> bases, long seed) {
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("no base texts");
        }
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2016, 1, 1);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public AnalyzedArticle next() {
                int i = next++;
                int story = i / STORY_SIZE;
                String code = code(story);
                String base = bases.get(story % bases.size());
                String text = dropOneParagraph(rewrite(base, code), random);
                LocalDate published = start.plusDays(story % 3_000).plusDays(random.nextInt(4));
                return annotate("a" + i, text, published);
            }
        };
    }

    /**
     * The story's code in consonants, base 19, three letters or more: codes differ in their
     * consonants, so names of different synthetic stories never normalise to one skeleton.
     */
    static String code(int story) {
        String consonants = "bcdfghjklmnpqrstvxz";
        StringBuilder code = new StringBuilder();
        int rest = story;
        for (int i = 0; i < 3 || rest > 0; i++) {
            code.append(consonants.charAt(rest % consonants.length()));
            rest /= consonants.length();
        }
        return code.toString();
    }

    private static String rewrite(String base, String code) {
        Matcher matcher = LONG_WORD.matcher(base);
        StringBuilder out = new StringBuilder(base.length() + base.length() / 4);
        while (matcher.find()) {
            String word = matcher.group();
            boolean shared = COUNTRIES.contains(word) || WEEKDAY.matcher(word).matches() || DAY_MONTH.matcher("1 " + word).matches();
            matcher.appendReplacement(out, shared ? word : word + code);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String dropOneParagraph(String text, Random random) {
        String[] paragraphs = text.split("\n\n");
        if (paragraphs.length < 3) {
            return text;
        }
        int drop = 1 + random.nextInt(paragraphs.length - 1);
        List<String> kept = new ArrayList<>(paragraphs.length - 1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p != drop) {
                kept.add(paragraphs[p]);
            }
        }
        return String.join("\n\n", kept);
    }

    private static AnalyzedArticle annotate(String id, String text, LocalDate published) {
        Map<String, String> entityIds = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String name = matcher.group();
            if (NOT_NAMES.contains(name)) {
                continue;
            }
            EntityType type = COUNTRIES.contains(name) ? EntityType.COUNTRY
                    : name.contains(" ") ? EntityType.PERSON : EntityType.ORGANIZATION;
            if (!entityIds.containsKey(name) && entityIds.size() == MAX_ENTITIES) {
                continue;
            }
            String entity = entityIds.computeIfAbsent(name, n -> id + "/e" + (entityIds.size() + 1));
            types.putIfAbsent(name, type);
            mentions.add(new Mention(new Span(matcher.start(), matcher.end()), type, Optional.of(entity)));
        }
        List<Timex> timexes = timexes(text, published);
        List<Quote> quotes = quotes(text, mentions);
        List<ArticleEntity> entities = new ArrayList<>(entityIds.size());
        entityIds.forEach((name, entity) -> entities.add(new ArticleEntity(entity, name, types.get(name), List.of(),
                List.of())));
        Article article = new Article(id, id, InputFormat.TEXT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("outlet-" + Math.floorMod(id.hashCode(), 7)), List.of(), Optional.of(published),
                DateSource.MANIFEST, Optional.empty(), text, List.of(), List.of());
        return new AnalyzedArticle(article, new Annotations(mentions, timexes, quotes, entities));
    }

    private static List<Timex> timexes(String text, LocalDate published) {
        List<Timex> timexes = new ArrayList<>();
        Matcher weekday = WEEKDAY.matcher(text);
        while (weekday.find()) {
            LocalDate day = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT))));
            timexes.add(new Timex(new Span(weekday.start(), weekday.end()), TimexType.DATE, day.toString(),
                    TimeReference.publication(published)));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        while (dayMonth.find()) {
            Month month = Month.valueOf(dayMonth.group(2).toUpperCase(Locale.ROOT));
            int day = Math.min(Integer.parseInt(dayMonth.group(1)), month.length(Year.isLeap(published.getYear())));
            timexes.add(new Timex(new Span(dayMonth.start(), dayMonth.end()), TimexType.DATE,
                    LocalDate.of(published.getYear(), month, Math.max(1, day)).toString(), TimeReference.publication(published)));
        }
        timexes.sort(Comparator.comparing(Timex::span));
        return timexes;
    }

    private static List<Quote> quotes(String text, List<Mention> mentions) {
        List<Quote> quotes = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            int paragraph = Math.max(0, text.lastIndexOf("\n", quoted.start()));
            Optional<Speaker> speaker = mentions.stream()
                    .filter(mention -> mention.span().begin() >= paragraph && mention.span().end() <= quoted.start())
                    .reduce((first, second) -> second)
                    .map(mention -> new Speaker(mention.span(), mention.entity(), SpeakerResolution.NAME));
            quotes.add(new Quote(new Span(quoted.start(1), quoted.end(1)), QuoteKind.DIRECT, Optional.empty(), speaker,
                    Optional.empty()));
        }
        return quotes;
    }
}
