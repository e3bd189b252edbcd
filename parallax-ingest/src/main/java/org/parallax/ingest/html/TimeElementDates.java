package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.ingest.WrittenDates;

/**
 * Publication dates from {@code <time>} elements ({@code datetime}, else their text) and from
 * {@code <abbr title>} elements of the hAtom {@code published} class. First those marked as the
 * publication ({@code pubdate}, a class such as {@code published}, {@code entry-date} or
 * {@code post-date}); only where none is marked, the others in page order. Elements that date a change ({@code updated}
 * class, "Updated" before them) or stand in comments, related stories, sidebars or footers are
 * passed over. Stateless.
 */
final class TimeElementDates {

    private static final Pattern PUBLISHED_NAME = Pattern.compile(
            "(?i)publish|pubdate|entry-date|post-date|posted|created|date-?time|article-?date|\\bdate\\b");

    private TimeElementDates() {
    }

    /**
     * The dates, most trusted first.
     *
     * @param page     a parsed page, only read
     * @param headline the page's headline ({@link DateContext#headline}), if it has one
     * @return distinct dates: those marked as the publication if any, else the others; empty when no element
     *         gives one
     */
    static List<DateClue> find(Document page, Optional<Element> headline) {
        Set<LocalDate> marked = new LinkedHashSet<>();
        Set<LocalDate> others = new LinkedHashSet<>();
        for (Element element : page.select("time, abbr[title]")) {
            if (DateContext.namesChange(element) || DateContext.inOtherPart(element, headline) || changeBefore(element)) {
                continue;
            }
            boolean abbr = element.normalName().equals("abbr");
            boolean publication = element.hasAttr("pubdate") || PUBLISHED_NAME.matcher(names(element)).find();
            if (abbr && !publication) {
                continue;
            }
            Optional<LocalDate> date = value(element, abbr);
            date.ifPresent(day -> (publication ? marked : others).add(day));
        }
        List<DateClue> clues = new ArrayList<>();
        marked.forEach(date -> clues.add(new DateClue(date, DateClue.Kind.TIME_MARKED)));
        if (marked.isEmpty()) {
            others.forEach(date -> clues.add(new DateClue(date, DateClue.Kind.TIME_OTHER)));
        }
        return clues;
    }

    private static String names(Element element) {
        StringBuilder names = new StringBuilder(element.className()).append(' ').append(element.id());
        Element parent = element.parent();
        if (parent != null) {
            names.append(' ').append(parent.className()).append(' ').append(parent.id());
        }
        return names.toString();
    }

    private static Optional<LocalDate> value(Element element, boolean abbr) {
        String machine = abbr ? element.attr("title") : element.attr("datetime");
        Optional<LocalDate> date = HtmlMetadataExtractor.machineDate(machine);
        if (date.isPresent()) {
            return date;
        }
        return WrittenDates.findAll(element.text()).stream().findFirst().map(WrittenDates.Found::date);
    }

    /** Whether the text just before the element, within its parent, says it dates a change. */
    private static boolean changeBefore(Element element) {
        Element parent = element.parent();
        if (parent == null) {
            return false;
        }
        String parentText = parent.text();
        String own = element.text();
        int at = own.isEmpty() ? -1 : parentText.indexOf(own);
        String before = at < 0 ? "" : parentText.substring(Math.max(0, at - 30), at);
        return DateContext.marksChange(before);
    }
}
