package org.parallax.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the surroundings of a date on a page say about it: whether it stands in a part of the page
 * that dates something other than the article (comments, related stories, sidebars, footers,
 * calendars, photo captions, the site's header, teasers of other stories), and whether the words before it
 * mark the date of a change rather than of the first publication ("Updated", "Last modified",
 * "aktualisiert") or of an announced event ("Termin:"). Stateless.
 */
final class DateContext {

    /** How far above a date a teaser's linked heading is looked for. */
    private static final int TEASER_LEVELS = 4;
    /** Fewest words of a teaser's linked heading. */
    private static final int TEASER_HEADLINE_WORDS = 3;
    private static final Set<String> OTHER_TAGS = Set.of("footer", "aside", "nav");
    private static final Set<String> WRAPPER_TAGS = Set.of("html", "body", "article", "main");
    /** Words of class names and ids of the parts of a page that date other things. */
    private static final Pattern OTHER_PART = Pattern.compile("(?:^|[-_\\d])(?:comment|kommentar|disqus|reply|respon"
            + "|related|recommend|more-?(?:stories|articles|news)|read-?more|also-?read|popular|trending|most-?read"
            + "|sidebar|side-?bar|footer|newsletter|calendar|kalender|breadcrumb|pagination|tweet|twitter"
            + "|caption|bildunterschrift|credit|masthead|topbar|top-bar|navtop|navbar|site-?header)");
    /** Tags of photo captions: a caption dates the photo, not the article. */
    private static final Set<String> CAPTION_TAGS = Set.of("figcaption");
    /** Links to a site's home page: {@code /}, {@code https://www.example.com/}, {@code index.html}. */
    private static final Pattern HOME_PAGE = Pattern.compile("(?i)(?:https?://[^/]+)?/?(?:index\\.\\w+)?");
    private static final Pattern LAYOUT_FLAG = Pattern.compile("(?:has|with|no|is|show|hide|category|tag|format|status)-");
    /** Words of class names and ids that mark a date of change. */
    private static final Pattern CHANGE_NAME = Pattern.compile("(?i)updat|modif|revis|aktualisier|changed|edited");
    private static final Pattern PUBLICATION_NAME = Pattern.compile("(?i)publish|pubdate|post-?date|entry-?date|created");
    /**
     * Words before a date that make it the date of a change, or of an event the page announces ("Termin:
     * 21.02.2020, 19 Uhr"). Not the German "Stand:", which news sites (tagesschau.de, mdr.de, wdr.de) put
     * before the one date they show, and which dates the page as its readers see it.
     */
    private static final Pattern CHANGE_WORDS = Pattern.compile("(?iu)(?:updated?|last\\s+(?:edited|changed|modified)"
            + "|modified|revised|edited|aktualisiert|aktualisierung|geändert|letzte\\s+änderung|zuletzt"
            + "|\\btermine?\\s*:|\\bevent\\s+date|\\bveranstaltungsdatum)");

    private DateContext() {
    }

    /**
     * Whether the element, or a part of the page it stands in, dates something other than the article;
     * a part that holds the page's headline is the article's, whatever its name
     * ({@code vw-blog-sidebar-position-right} around the whole story).
     */
    static boolean inOtherPart(Element element, Optional<Element> headline) {
        int level = 0;
        for (Element current = element; current != null; current = current.parent(), level++) {
            if (holds(current, headline)) {
                return false;
            }
            if (isOtherPart(current) || level < TEASER_LEVELS && isTeaser(current)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the heading stands in a part of the page that is not the article (the teasers aside). */
    private static boolean inOtherPartByName(Element heading) {
        for (Element current = heading; current != null; current = current.parent()) {
            if (isOtherPart(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element is the teaser of another story: it holds a linked heading below the page's
     * headline ({@code <h4><a href=...>Südbad in Gotha wieder offen</a></h4>}) of a few words or more.
     */
    private static boolean isTeaser(Element element) {
        for (Element link : element.select("h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href]")) {
            if (link.text().strip().split("\\s+").length >= TEASER_HEADLINE_WORDS && !linksToItsPage(link)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a link points to the page it stands on (a blog post's title linked to its own address). */
    private static boolean linksToItsPage(Element link) {
        Document page = link.ownerDocument();
        String target = address(link.absUrl("href"));
        return page != null && !target.isEmpty() && target.equals(address(page.location()));
    }

    /** An address without scheme, {@code www.}, query, fragment and trailing slash, to compare two addresses. */
    private static String address(String url) {
        return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(?:www\\.)?", "")
                .replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
    }

    /**
     * The page's headline: its first {@code h1} outside the parts that date other things, else its only
     * {@code h1} (a layout wrapper named for its sidebar may hold the whole story). An {@code h1} that is
     * the site's logo (no text, or only a link to the site's home page) is never the headline.
     */
    static Optional<Element> headline(Document page) {
        List<Element> headings = new ArrayList<>();
        for (Element h1 : page.getElementsByTag("h1")) {
            if (!isLogo(h1)) {
                headings.add(h1);
            }
        }
        for (Element h1 : headings) {
            if (!inOtherPartByName(h1)) {
                return Optional.of(h1);
            }
        }
        if (headings.size() == 1) {
            return Optional.of(headings.get(0));
        }
        if (headings.isEmpty()) {
            // a blog theme that gives the h1 to the site's name writes the post's title as an h2 linked to the post
            for (Element link : page.select("h2 a[href]")) {
                if (linksToItsPage(link)) {
                    return Optional.of(link.parent());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a heading is the site's logo: without text, or all its text a link to the home page. */
    private static boolean isLogo(Element heading) {
        String text = heading.text().strip();
        if (text.isEmpty()) {
            return true;
        }
        for (Element link : heading.select("a[href]")) {
            if (link.text().strip().equals(text) && HOME_PAGE.matcher(link.attr("href").strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code <header>} is the site's header (its logo and navigation, often with the day's date)
     * rather than an article's header (its headline and byline): it holds navigation or a link to the
     * home page. Whether it holds the page's headline is decided by the caller.
     */
    private static boolean isSiteHeader(Element header) {
        return !header.select("nav, [role=navigation], ul[class~=(?i)(^|[-_\\s])(nav|menu)]").isEmpty()
                || header.select("a[href]").stream().anyMatch(link -> HOME_PAGE.matcher(link.attr("href").strip()).matches());
    }

    private static boolean holds(Element part, Optional<Element> headline) {
        if (headline.isEmpty()) {
            return false;
        }
        for (Element current = headline.get(); current != null; current = current.parent()) {
            if (current == part) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element itself, by its tag, class or id, is a part of the page that dates other things. */
    static boolean isOtherPart(Element element) {
        String tag = element.normalName();
        if (OTHER_TAGS.contains(tag) || CAPTION_TAGS.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && isSiteHeader(element)) {
            return true;
        }
        if (WRAPPER_TAGS.contains(tag)) {
            // the page's and the article's wrappers carry classes of the whole layout ("has-sidebar")
            return false;
        }
        String names = element.className() + " " + element.id();
        if (names.isBlank()) {
            return false;
        }
        for (String name : BoilerplateRules.names(names)) {
            if (OTHER_PART.matcher(block(name)).find()) {
                return !wrapsThePage(element);
            }
        }
        return false;
    }

    /**
     * Whether the element is the page's layout wrapper, whatever its name ({@code layoutTwoColumnsRightSidebar}):
     * a child of {@code <body>} that holds more than half of the body's elements. Only asked of elements named
     * like a part that dates other things, so the count is rarely made.
     */
    private static boolean wrapsThePage(Element element) {
        Element parent = element.parent();
        return parent != null && parent.normalName().equals("body")
                && 2 * element.getAllElements().size() > parent.getAllElements().size();
    }

    /**
     * What a class name says the element is: a layout flag ({@code has-sidebar}, {@code with-comments})
     * or a taxonomy label ({@code category-kommentar}, {@code tag-twitter}) says nothing, and of a BEM name ({@code intro__breadcrumb-navigation}) only the block counts.
     */
    private static String block(String name) {
        if (LAYOUT_FLAG.matcher(name).lookingAt()) {
            return "";
        }
        int modifier = name.indexOf("__");
        return modifier > 0 ? name.substring(0, modifier) : name;
    }

    /**
     * Whether the element's class, id or {@code itemprop} mark it as the date of a change; not where they
     * also name the publication ({@code class="post-date updated"}, as hAtom themes write it).
     */
    static boolean namesChange(Element element) {
        String names = element.className() + " " + element.id() + " " + element.attr("itemprop");
        return CHANGE_NAME.matcher(names).find() && !PUBLICATION_NAME.matcher(names).find();
    }

    /** Whether these words, standing just before a date, make it the date of a change or of an announced event. */
    static boolean marksChange(String wordsBefore) {
        return CHANGE_WORDS.matcher(wordsBefore).find();
    }
}
