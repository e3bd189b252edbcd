package org.parallax.ingest.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.parallax.ingest.Dates;

/**
 * Finds the day a page was first published, from the evidence a page gives, most trusted first:
 * <ol>
 *   <li>a full date in the page's address or its canonical address ({@code /2019/10/18/});
 *   <li>a schema.org article's {@code datePublished} (else {@code dateCreated}) in JSON-LD;
 *   <li>{@code <meta>} tags that name the publication date ({@link DateMetaTags}), the specific names
 *       before the bare ones ({@code date}, {@code created}, {@code timestamp}), Parse.ly's
 *       {@code parsely-page} object, and the {@code dc:date} of an RDF description of the page (trackback
 *       blocks of blog systems, in comments);
 *   <li>the {@code datePublished} of another JSON-LD object (a {@code WebPage});
 *   <li>microdata ({@code itemprop=datePublished} or {@code dateCreated});
 *   <li>{@code <time datetime>} and {@code <abbr title>} elements ({@link TimeElementDates});
 *   <li>a date written in the page's byline or date line, or near its headline ({@link DatelineDates}).
 * </ol>
 * Every plausible date of these kinds, and of the last change (a meta tag or JSON-LD {@code dateModified},
 * "Letzte Änderung:", "last edited"), is a clue ({@link DateClue}); each distinct day becomes a candidate
 * ({@link DateCandidates}) and the trained vote ({@link PublicationDateModel}) takes the most probable one, or none
 * where no candidate is probable enough.
 * A date is only taken when it is plausible: not before {@link #EARLIEST} nor after the latest day
 * the caller allows (the capture, or today), and, where the address carries a year or a year and
 * month without a day ({@code /2019/10/slug}), within them. Dates after words of change ("Updated",
 * "aktualisiert") in running text are not clues at all. Stateless and thread-safe; the page is only read.
 */
final class PublicationDateFinder {

    /** No page on the web is older than this; an earlier date is a slip or a placeholder. */
    static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private static final Pattern URL_YEAR_MONTH = Pattern.compile(
            "/(?<year>(?:19|20)\\d{2})/(?:(?<month>0?[1-9]|1[0-2])/)?");
    private static final Pattern PARSELY_DATE = Pattern.compile("\"pub_date\"\\s*:\\s*\"([^\"]+)\"");
    /**
     * A Dublin Core date in an RDF description, as blog systems (Movable Type, goo blog) write one for trackbacks,
     * mostly inside an HTML comment: {@code <rdf:Description rdf:about="URL" dc:date="2020-07-03T17:16:22+09:00">}.
     */
    private static final Pattern RDF_DESCRIPTION = Pattern.compile(
            "<rdf:Description\\b[^>]*?\\brdf:about=\"([^\"]*)\"[^>]*?\\bdc:date=\"([^\"]+)\"");

    private PublicationDateFinder() {
    }

    /**
     * The page's publication date.
     *
     * @param page   the parsed page, only read
     * @param jsonLd the page's JSON-LD
     * @param urls   the page's addresses, most trusted first (where it was fetched, its canonical one)
     * @param latest the latest plausible day: the day the page was captured, or today
     * @return the date with its evidence; empty when no plausible date is found
     */
    static Optional<PublicationDate> find(Document page, JsonLd jsonLd, List<String> urls, LocalDate latest) {
        return PublicationDateModel.shipped().choose(candidates(page, jsonLd, urls, latest));
    }

    /**
     * The page's candidate publication days, described for the trained vote.
     *
     * @see #find
     */
    static List<DateCandidate> candidates(Document page, JsonLd jsonLd, List<String> urls, LocalDate latest) {
        return DateCandidates.of(clues(page, jsonLd, urls, latest));
    }

    /**
     * Every plausible date the page offers, most trusted kind first.
     *
     * @see #find
     */
    static List<DateClue> clues(Document page, JsonLd jsonLd, List<String> urls, LocalDate latest) {
        Plausibility plausible = new Plausibility(latest, urls);
        List<DateClue> clues = new ArrayList<>();
        for (String url : urls) {
            Dates.parseUrlDate(url).ifPresent(date -> clues.add(new DateClue(date, DateClue.Kind.URL)));
        }
        jsonLd.datePublished().ifPresent(value -> machine(value, DateClue.Kind.JSON_LD_ARTICLE, clues));
        MetaDates metas = metaDates(page, urls);
        metas.specific().forEach(value -> machine(value, DateClue.Kind.META_SPECIFIC, clues));
        metas.bare().forEach(value -> machine(value, DateClue.Kind.META_BARE, clues));
        jsonLd.dateModified().ifPresent(value -> machine(value, DateClue.Kind.CHANGE_METADATA, clues));
        metas.changed().forEach(value -> machine(value, DateClue.Kind.CHANGE_METADATA, clues));
        jsonLd.otherDatesPublished().forEach(value -> machine(value, DateClue.Kind.JSON_LD_OTHER, clues));
        microdataDates(page).forEach(value -> machine(value, DateClue.Kind.MICRODATA, clues));
        Optional<Element> headline = DateContext.headline(page);
        clues.addAll(TimeElementDates.find(page, headline));
        clues.addAll(DatelineDates.find(page, headline));
        clues.removeIf(clue -> !plausible.test(clue.date()));
        return clues;
    }

    private static void machine(String value, DateClue.Kind kind, List<DateClue> clues) {
        HtmlMetadataExtractor.machineDate(value).ifPresent(date -> clues.add(new DateClue(date, kind)));
    }

    /** The values of publication-date meta tags, and of those of the last change, in page order. */
    private record MetaDates(List<String> specific, List<String> bare, List<String> changed) {
    }

    private static MetaDates metaDates(Document page, List<String> urls) {
        List<String> specific = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Element meta : page.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (name.equals("parsely-page")) {
                    Matcher parsely = PARSELY_DATE.matcher(content);
                    if (parsely.find()) {
                        specific.add(parsely.group(1));
                    }
                } else if (DateMetaTags.published(name)) {
                    (DateMetaTags.bare(name) ? bare : specific).add(content);
                    break;
                } else if (DateMetaTags.modified(name)) {
                    changed.add(content);
                    break;
                }
            }
        }
        specific.addAll(rdfDates(page, urls));
        return new MetaDates(specific, bare, changed);
    }

    /**
     * The {@code dc:date} of the RDF descriptions ({@link #RDF_DESCRIPTION}) in the page's comments and markup that
     * describe the page itself: whose {@code rdf:about} is one of its addresses, or the only one where the page has
     * one (a list of posts describes each post).
     */
    private static List<String> rdfDates(Document page, List<String> urls) {
        List<String[]> descriptions = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment comment && comment.getData().contains("rdf:Description")) {
                Matcher matcher = RDF_DESCRIPTION.matcher(comment.getData());
                while (matcher.find()) {
                    descriptions.add(new String[] {matcher.group(1), matcher.group(2)});
                }
            }
        }, page);
        for (Element description : page.getElementsByTag("rdf:description")) {
            if (description.hasAttr("dc:date")) {
                descriptions.add(new String[] {description.attr("rdf:about"), description.attr("dc:date")});
            }
        }
        List<String> dates = new ArrayList<>();
        for (String[] description : descriptions) {
            if (descriptions.size() == 1 || urls.contains(description[0].strip())) {
                dates.add(description[1]);
            }
        }
        return dates;
    }

    private static List<String> microdataDates(Document page) {
        List<String> values = new ArrayList<>();
        for (Element element : page.select("[itemprop~=(?i)^date(Published|Created)$]")) {
            if (element.normalName().equals("meta")) {
                continue;
            }
            values.add(element.hasAttr("content") ? element.attr("content")
                    : element.hasAttr("datetime") ? element.attr("datetime")
                    : element.hasAttr("title") ? element.attr("title") : element.text());
        }
        return values;
    }

    /** Whether a date may be the publication date of a page at these addresses, seen on or before a day. */
    private static final class Plausibility {

        private final LocalDate latest;
        private final Optional<Integer> urlYear;
        private final Optional<Integer> urlMonth;

        Plausibility(LocalDate latest, List<String> urls) {
            this.latest = latest;
            Optional<Integer> year = Optional.empty();
            Optional<Integer> month = Optional.empty();
            for (String url : urls) {
                Matcher matcher = URL_YEAR_MONTH.matcher(url);
                if (matcher.find()) {
                    year = Optional.of(Integer.parseInt(matcher.group("year")));
                    month = Optional.ofNullable(matcher.group("month")).map(Integer::parseInt);
                    break;
                }
            }
            this.urlYear = year;
            this.urlMonth = month;
        }

        boolean test(LocalDate date) {
            if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
                return false;
            }
            if (urlYear.isPresent() && date.getYear() != urlYear.get()) {
                return false;
            }
            return urlMonth.isEmpty() || date.getMonthValue() == urlMonth.get();
        }
    }
}
