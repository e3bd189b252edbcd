package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.parallax.ingest.WrittenDates;

/**
 * Publication dates written in a page's text where people put them: in the short elements a byline,
 * date line or post header is made of (class or id naming a date, time, byline, meta or post
 * information), then within a few lines of the headline. A date preceded by words of change
 * ("Updated", "aktualisiert am") is passed over, as is text in comments, related stories, sidebars
 * and footers ({@link DateContext}); a date right after a label of the last change ("Letzte Änderung:",
 * "last edited") is kept as a clue of its own kind, from the same parts of the page. Stateless.
 */
final class DatelineDates {

    /** Class or id words of the elements a byline or date line is made of. */
    private static final Pattern DATELINE_NAME = Pattern.compile(
            "(?i)date|datum|time|zeit|byline|posted|publish|meta|submitted|stamp|author|info|entry-?head|post-?head");
    /** Words that name the date after them as the publication's. */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?iu)(?:veröffentlicht|publiziert|erstellt"
            + "|erschienen|eingestellt|gepostet|published|posted|publication\\s+date|date\\s+published|datum|date|stand)"
            + "(?:\\s+(?:am|on|at|vom))?\\s*:?\\s*$");
    /** A word of those labels, in lower case (matched against lower-cased text, which is faster). */
    private static final Pattern LABEL_WORD = Pattern.compile("veröffentlicht|publiziert|erstellt|erschienen"
            + "|eingestellt|gepostet|published|posted|publication|datum|date|\\bstand\\b");
    /** Words that name the date after them as the last change's ("zuletzt geändert am", "last edited"). */
    private static final Pattern CHANGE_LABEL = Pattern.compile("(?iu)(?:last\\s+(?:edited|changed|modified|updated)"
            + "|updated|aktualisiert|letzte\\s+änderung|zuletzt\\s+(?:geändert|aktualisiert|bearbeitet)|zuletzt)"
            + "(?:\\s+(?:am|on|at|vom))?\\s*[:(]?\\s*$");
    private static final Pattern CHANGE_WORD = Pattern.compile("edited|changed|modified|updated|aktualisiert"
            + "|änderung|geändert|bearbeitet");
    /**
     * Class or id words of the line where a page states its own last change, in the footer where wikis put it
     * (MediaWiki's {@code footer-info-lastmod}: "This page was last edited on 7 April 2020"): it dates the page itself,
     * not something else, though it stands in the footer.
     */
    private static final Pattern LAST_CHANGE_LINE = Pattern.compile("(?i)lastmod");
    private static final int MAX_DATELINE_CHARACTERS = 250;
    private static final int LABEL_DISTANCE = 40;
    private static final int BEFORE_HEADLINE_CHARACTERS = 200;
    private static final int AFTER_HEADLINE_CHARACTERS = 500;
    private static final int CONTEXT_CHARACTERS = 30;
    /** The longest block a date line near the headline stands in; a longer one is running text or a caption. */
    private static final int MAX_NEAR_HEADLINE_BLOCK_CHARACTERS = 150;
    /** How far into a long block a press date line may stand ("Karlsruhe, (12.11.2021)."). */
    private static final int DATELINE_OPENING_CHARACTERS = 40;
    /** How many dates in other parts the search for the first date in the text passes over before it gives up. */
    private static final int MAX_FIRST_IN_TEXT_REJECTED = 5;
    private static final Set<String> INLINE_TAGS = Set.of("a", "abbr", "b", "em", "font", "i", "small", "span",
            "strong", "sub", "sup", "time", "u", "mark", "bdi", "cite", "q");

    private DatelineDates() {
    }

    /**
     * The dates, most trusted first.
     *
     * @param page     a parsed page, only read
     * @param headline the page's headline ({@link DateContext#headline}), if it has one
     * @return the dates after publication labels, those of date lines (the one nearest the headline first,
     *         then the others in page order), then the one nearest the headline
     */
    static List<DateClue> find(Document page, Optional<Element> headline) {
        List<DateClue> dates = new ArrayList<>();
        Element body = page.getElementsByTag("body").first();
        if (body == null) {
            return dates;
        }
        Elements elements = body.select("*");
        int headlineIndex = headline.map(elements::indexOf).orElse(-1);
        int nearest = -1;
        int nearestDistance = Integer.MAX_VALUE;
        List<DateClue> datelines = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            String own = element.ownText();
            if (!own.isBlank() && own.length() <= MAX_DATELINE_CHARACTERS) {
                String lowerCased = own.toLowerCase(Locale.ROOT);
                labelled(element, lowerCased, headline, LABEL_WORD, PUBLICATION_LABEL, false)
                        .ifPresent(date -> dates.add(new DateClue(date, DateClue.Kind.LABELLED)));
                labelled(element, lowerCased, headline, CHANGE_WORD, CHANGE_LABEL, lastChangeLine(element))
                        .ifPresent(date -> dates.add(new DateClue(date, DateClue.Kind.CHANGE_LABELLED)));
            }
            Optional<LocalDate> date = dateline(element, headline);
            if (date.isEmpty()) {
                continue;
            }
            int distance = headlineIndex < 0 ? datelines.size() : i > headlineIndex ? i - headlineIndex
                    : 2 * (headlineIndex - i);
            if (distance < nearestDistance) {
                nearest = datelines.size();
                nearestDistance = distance;
            }
            datelines.add(new DateClue(date.get(), DateClue.Kind.DATELINE_ELEMENT));
        }
        if (nearest >= 0) {
            dates.add(datelines.remove(nearest));
            dates.addAll(datelines);
        }
        headline.flatMap(element -> nearHeadline(body, element))
                .ifPresent(date -> dates.add(new DateClue(date, DateClue.Kind.NEAR_HEADLINE)));
        firstInText(body, headline).ifPresent(date -> dates.add(new DateClue(date, DateClue.Kind.FIRST_IN_TEXT)));
        return dates;
    }

    /**
     * The first date in the page's visible text, in page order, that stands as a date line does (in a short piece of
     * text, or opening a longer one) outside the parts dating other things, and that no words of change precede:
     * where a page marks its date nowhere, it is often the first one it shows. A date inside a running sentence
     * ("gegen Brasilien (4. und 5. März 2022 in Rio de Janeiro)") dates something else. Text without two digits in a
     * row is passed over cheaply, and the search gives up after {@value #MAX_FIRST_IN_TEXT_REJECTED} dates standing
     * in other parts (a calendar, a list of teasers): the cost stays small on every page.
     */
    private static Optional<LocalDate> firstInText(Element body, Optional<Element> headline) {
        LocalDate[] found = {null};
        int[] rejected = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof TextNode textNode)) {
                    return FilterResult.CONTINUE;
                }
                if (!hasTwoDigits(textNode.getWholeText()) || PageText.hidden(textNode)) {
                    return FilterResult.CONTINUE;
                }
                String text = textNode.text();
                Optional<LocalDate> date = publicationDate(text, 0, text.length(),
                        begin -> text.length() <= MAX_NEAR_HEADLINE_BLOCK_CHARACTERS || begin <= DATELINE_OPENING_CHARACTERS);
                if (date.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                if (!DateContext.inOtherPart((Element) textNode.parent(), headline)) {
                    found[0] = date.get();
                    return FilterResult.STOP;
                }
                return ++rejected[0] < MAX_FIRST_IN_TEXT_REJECTED ? FilterResult.CONTINUE : FilterResult.STOP;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return Optional.ofNullable(found[0]);
    }

    private static boolean hasTwoDigits(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The publication date in a short byline or date-line element, if it is one. */
    private static Optional<LocalDate> dateline(Element element, Optional<Element> headline) {
        String names = element.className() + " " + element.id();
        if (names.isBlank() || !DATELINE_NAME.matcher(names).find() || DateContext.namesChange(element)) {
            return Optional.empty();
        }
        String text = element.text();
        if (text.length() > MAX_DATELINE_CHARACTERS || DateContext.inOtherPart(element, headline)) {
            return Optional.empty();
        }
        return publicationDate(text, 0, text.length());
    }

    /**
     * A date right after a label in the element's own text: one that names the publication ("Veröffentlicht
     * am"), or one that names the last change ("Letzte Änderung:", "last edited").
     *
     * @param own   the element's own text, lower-cased, not blank and no longer than a date line
     * @param word  a word of the label in lower case, to pass most elements over cheaply
     * @param label the label, ending where the date begins
     * @param anywhere whether the date counts in any part of the page (the page's own last-change line in a footer)
     */
    private static Optional<LocalDate> labelled(Element element, String own, Optional<Element> headline,
            Pattern word, Pattern label, boolean anywhere) {
        if (!word.matcher(own).find()) {
            return Optional.empty();
        }
        Element scope = element.parent() != null && element.parent().text().length() <= MAX_DATELINE_CHARACTERS
                ? element.parent() : element;
        String text = scope.text();
        for (WrittenDates.Found found : WrittenDates.findAll(text)) {
            String before = text.substring(Math.max(0, found.begin() - LABEL_DISTANCE), found.begin());
            if (label.matcher(before).find() && (anywhere || !DateContext.inOtherPart(element, headline))) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    /** Whether the element is the line where the page states its own last change ({@link #LAST_CHANGE_LINE}). */
    private static boolean lastChangeLine(Element element) {
        return LAST_CHANGE_LINE.matcher(element.id()).find() || LAST_CHANGE_LINE.matcher(element.className()).find();
    }

    /** The first date in {@code text[from, to)} that no words of change precede. */
    private static Optional<LocalDate> publicationDate(String text, int from, int to) {
        return publicationDate(text, from, to, begin -> true);
    }

    /** The first date in {@code text[from, to)} that no words of change precede and that starts where {@code where} allows. */
    private static Optional<LocalDate> publicationDate(String text, int from, int to, IntPredicate where) {
        int previousEnd = from;
        for (WrittenDates.Found found : WrittenDates.findAll(text.substring(from, to))) {
            int begin = from + found.begin();
            String before = text.substring(Math.max(previousEnd, begin - CONTEXT_CHARACTERS), begin);
            if (!DateContext.marksChange(before) && where.test(begin)) {
                return Optional.of(found.date());
            }
            previousEnd = from + found.end();
        }
        return Optional.empty();
    }

    /**
     * The date nearest after the headline (or in it, as a {@code <small>} date line inside the {@code h1}),
     * else nearest before it. After the headline, only a date standing in a short block counts: a date line
     * is short, while a date inside a sentence or a photo caption dates something else.
     */
    private static Optional<LocalDate> nearHeadline(Element body, Element headline) {
        PageText text = PageText.of(body, headline);
        Optional<LocalDate> after = publicationDate(text.text(), text.headlineBegin(),
                Math.min(text.text().length(), text.headlineEnd() + AFTER_HEADLINE_CHARACTERS), text::inShortBlock);
        if (after.isPresent()) {
            return after;
        }
        int from = Math.max(0, text.headlineBegin() - BEFORE_HEADLINE_CHARACTERS);
        List<WrittenDates.Found> before = WrittenDates.findAll(text.text().substring(from, text.headlineBegin()));
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1).date());
    }

    /**
     * The visible text of a page body, where its headline stands in it, and where the text of a block longer
     * than a date line stands ({@code longBlocks}: pairs of begin and end offsets, in text order).
     */
    private record PageText(String text, int headlineBegin, int headlineEnd, List<int[]> longBlocks) {

        static PageText of(Element body, Element headline) {
            StringBuilder out = new StringBuilder();
            int[] bounds = {-1, -1};
            List<int[]> longBlocks = new ArrayList<>();
            Map<Element, int[]> blocks = new IdentityHashMap<>();
            body.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node == headline) {
                        bounds[0] = out.length();
                    }
                    if (node instanceof TextNode textNode && !hidden(textNode)) {
                        int begin = out.length();
                        out.append(textNode.text()).append(' ');
                        // each block's begin and length, computed once: a block may hold many text nodes
                        int[] block = blocks.computeIfAbsent(block(textNode),
                                element -> new int[] {begin, isLong(element) ? 1 : 0});
                        if (block[1] == 1) {
                            longBlocks.add(new int[] {begin, out.length(), block[0]});
                        }
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node == headline) {
                        bounds[1] = out.length();
                    }
                }
            });
            return new PageText(out.toString(), Math.max(0, bounds[0]), Math.max(0, bounds[1]), longBlocks);
        }

        /**
         * Whether the text at this offset may be a date line: it stands in a block no longer than a date line,
         * or opens its block, as a press date line opens the first paragraph ("Karlsruhe, (12.11.2021).").
         */
        boolean inShortBlock(int offset) {
            for (int[] block : longBlocks) {
                if (offset >= block[0] && offset < block[1]) {
                    return offset - block[2] <= DATELINE_OPENING_CHARACTERS;
                }
            }
            return true;
        }

        /** Whether a block's text is longer than a date line's, counted only as far as needed. */
        private static boolean isLong(Element block) {
            int[] length = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode text) {
                        length[0] += text.text().length();
                    }
                    return length[0] > MAX_NEAR_HEADLINE_BLOCK_CHARACTERS ? FilterResult.STOP : FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, block);
            return length[0] > MAX_NEAR_HEADLINE_BLOCK_CHARACTERS;
        }

        /** The block a text node stands in: its nearest ancestor that is not inline. */
        private static Element block(TextNode node) {
            Element parent = (Element) node.parent();
            while (INLINE_TAGS.contains(parent.normalName()) && parent.parent() != null) {
                parent = parent.parent();
            }
            return parent;
        }

        static boolean hidden(TextNode node) {
            Node parent = node.parent();
            return parent instanceof Element element && BoilerplateRules.isNeverText(element);
        }
    }
}
