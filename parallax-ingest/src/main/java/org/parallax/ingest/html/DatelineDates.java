package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.parallax.ingest.WrittenDates;

/**
 * Publication dates written in a page's text where people put them: in the short elements a byline,
 * date line or post header is made of (class or id naming a date, time, byline, meta or post
 * information), then within a few lines of the headline. A date preceded by words of change
 * ("Updated", "aktualisiert am") is passed over, as is text in comments, related stories, sidebars
 * and footers ({@link DateContext}). Stateless.
 */
final class DatelineDates {

    /** Class or id words of the elements a byline or date line is made of. */
    private static final Pattern DATELINE_NAME = Pattern.compile(
            "(?i)date|datum|time|zeit|byline|posted|publish|meta|submitted|stamp|author|info|entry-?head|post-?head");
    /** Words that name the date after them as the publication's. */
    private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?iu)(?:veröffentlicht|publiziert|erstellt"
            + "|erschienen|eingestellt|gepostet|published|posted|publication\\s+date|date\\s+published|datum|date)"
            + "(?:\\s+(?:am|on|at|vom))?\\s*:?\\s*$");
    private static final Pattern LABEL_WORD = Pattern.compile("(?iu)veröffentlicht|publiziert|erstellt|erschienen"
            + "|eingestellt|gepostet|published|posted|publication|datum|date");
    private static final int MAX_DATELINE_CHARACTERS = 250;
    private static final int LABEL_DISTANCE = 40;
    private static final int BEFORE_HEADLINE_CHARACTERS = 200;
    private static final int AFTER_HEADLINE_CHARACTERS = 500;
    private static final int CONTEXT_CHARACTERS = 30;

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
            labelled(element, headline).ifPresent(date -> dates.add(new DateClue(date, DateClue.Kind.LABELLED)));
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
        return dates;
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

    /** A date right after a label in the element's own text that names the publication ("Veröffentlicht am"). */
    private static Optional<LocalDate> labelled(Element element, Optional<Element> headline) {
        String own = element.ownText();
        if (own.isBlank() || own.length() > MAX_DATELINE_CHARACTERS || !LABEL_WORD.matcher(own).find()) {
            return Optional.empty();
        }
        Element scope = element.parent() != null && element.parent().text().length() <= MAX_DATELINE_CHARACTERS
                ? element.parent() : element;
        String text = scope.text();
        for (WrittenDates.Found found : WrittenDates.findAll(text)) {
            String before = text.substring(Math.max(0, found.begin() - LABEL_DISTANCE), found.begin());
            if (PUBLICATION_LABEL.matcher(before).find() && !DateContext.inOtherPart(element, headline)) {
                return Optional.of(found.date());
            }
        }
        return Optional.empty();
    }

    /** The first date in {@code text[from, to)} that no words of change precede. */
    private static Optional<LocalDate> publicationDate(String text, int from, int to) {
        int previousEnd = from;
        for (WrittenDates.Found found : WrittenDates.findAll(text.substring(from, to))) {
            int begin = from + found.begin();
            String before = text.substring(Math.max(previousEnd, begin - CONTEXT_CHARACTERS), begin);
            if (!DateContext.marksChange(before)) {
                return Optional.of(found.date());
            }
            previousEnd = from + found.end();
        }
        return Optional.empty();
    }

    /** The date nearest after the headline, else nearest before it. */
    private static Optional<LocalDate> nearHeadline(Element body, Element headline) {
        PageText text = PageText.of(body, headline);
        Optional<LocalDate> after = publicationDate(text.text(), text.headlineEnd(),
                Math.min(text.text().length(), text.headlineEnd() + AFTER_HEADLINE_CHARACTERS));
        if (after.isPresent()) {
            return after;
        }
        int from = Math.max(0, text.headlineBegin() - BEFORE_HEADLINE_CHARACTERS);
        List<WrittenDates.Found> before = WrittenDates.findAll(text.text().substring(from, text.headlineBegin()));
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1).date());
    }

    /** The visible text of a page body, and where its headline stands in it. */
    private record PageText(String text, int headlineBegin, int headlineEnd) {

        static PageText of(Element body, Element headline) {
            StringBuilder out = new StringBuilder();
            int[] bounds = {-1, -1};
            body.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node == headline) {
                        bounds[0] = out.length();
                    }
                    if (node instanceof TextNode textNode && !hidden(textNode)) {
                        out.append(textNode.text()).append(' ');
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node == headline) {
                        bounds[1] = out.length();
                    }
                }
            });
            return new PageText(out.toString(), Math.max(0, bounds[0]), Math.max(0, bounds[1]));
        }

        private static boolean hidden(TextNode node) {
            Node parent = node.parent();
            return parent instanceof Element element && BoilerplateRules.isNeverText(element);
        }
    }
}
