package org.parallax.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parallax.ingest.Dates;
import org.parallax.ingest.WrittenDates;

/**
 * Reads what an HTML page says about its article: headline, authors, publication date, outlet and
 * canonical address, from Open Graph and other meta tags, schema.org JSON-LD, microdata, bylines,
 * {@code <time>} elements and the URL.
 *
 * <p>Each field takes the first source that yields a usable value, in this order:
 * <ul>
 *   <li>title: {@code og:title}, {@code twitter:title}, JSON-LD {@code headline}, the first {@code <h1>},
 *       {@code <title>}; a trailing {@code " | Site"} or {@code " - Site"} naming the site is removed;
 *   <li>authors: JSON-LD {@code author} (people only), {@code <meta name=author>}, {@code article:author}
 *       when it is not a URL, {@code rel=author} links, {@code itemprop=author}, byline elements; names
 *       lose their {@code By}, {@code A and B} becomes two names, and an outlet's name or a URL never
 *       counts as an author;
 *   <li>published: as {@link PublicationDateFinder} finds it (the URL, JSON-LD, meta tags of every
 *       common schema, microdata, {@code <time>}, the byline or date line), with its evidence;
 *   <li>outlet: {@code og:site_name}, JSON-LD {@code publisher.name}, {@code application-name}, else
 *       the host name without {@code www.};
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}, else the page URL.
 * </ul>
 * Stateless and thread-safe; it does not modify the document.
 */
public final class HtmlMetadataExtractor {

    private static final List<String> BYLINE_SELECTORS = List.of(
            "[class~=(?i)(^|\\s)(byline|by-line|byline__name|byline-name|byline-author|author-name|authorname"
                    + "|article-author|post-author|entry-author)(\\s|$)]",
            "[class~=(?i)(^|\\s)author(\\s|$)], [id~=(?i)^(author|byline)$]");
    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.+)\\s+(?:\\||-|–|—|::|·|•)\\s+(.+)$");
    private static final Pattern PIPE_SUFFIX = Pattern.compile("^(.+?)\\s*\\|\\s*([^|]+)$");
    private static final int MAX_SUFFIX_WORDS = 4;
    /** Java's {@code Date#toString} layout, which some publishing systems print: {@code Fri Mar 13 21:30:09 EST 2015}. */
    private static final Pattern JAVA_DATE = Pattern.compile(
            "^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\\d{1,2}) \\d{2}:\\d{2}:\\d{2} [A-Z]{2,5} ((?:19|20)\\d{2})$");

    /**
     * Extracts the metadata of a page.
     *
     * @param page    the parsed page; its base URI, if set, resolves relative links
     * @param pageUrl the address the page was fetched from, if known
     * @return what the page says, each part empty where it says nothing usable
     */
    public PageMetadata extract(Document page, Optional<String> pageUrl) {
        return extract(page, pageUrl, LocalDate.now(ZoneOffset.UTC).plusDays(1));
    }

    /**
     * Extracts the metadata of a page seen on a given day: a publication date after it is not believed.
     *
     * @param page    the parsed page; its base URI, if set, resolves relative links
     * @param pageUrl the address the page was fetched from, if known
     * @param latest  the latest plausible publication day: the day the page was captured, or today
     * @return what the page says, each part empty where it says nothing usable
     */
    public PageMetadata extract(Document page, Optional<String> pageUrl, LocalDate latest) {
        Map<String, String> metas = metas(page);
        JsonLd jsonLd = JsonLd.of(page);
        Optional<String> url = canonicalUrl(page, metas).or(() -> pageUrl.filter(HtmlMetadataExtractor::isAbsolute));
        Optional<String> outlet = first(metas, "og:site_name").or(jsonLd::publisherName)
                .or(() -> first(metas, "application-name"))
                .or(() -> url.or(() -> pageUrl).flatMap(HtmlMetadataExtractor::host));
        Set<String> siteNames = siteNames(metas, jsonLd, outlet, url.or(() -> pageUrl));
        return new PageMetadata(
                title(page, metas, jsonLd, siteNames),
                authors(page, metas, jsonLd, outlet),
                PublicationDateFinder.find(page, jsonLd, addresses(pageUrl, url), latest),
                outlet,
                url,
                first(metas, "og:description").or(() -> first(metas, "description"))
                        .or(() -> first(metas, "twitter:description")));
    }

    /**
     * The candidate publication days of a page seen on a given day, as the trained vote sees them: what
     * {@link #extract(Document, Optional, LocalDate)} chooses its publication date from, for training that vote.
     *
     * @param page    the parsed page; its base URI, if set, resolves relative links
     * @param pageUrl the address the page was fetched from, if known
     * @param latest  the latest plausible publication day: the day the page was captured, or today
     * @return one candidate per distinct plausible day; empty when the page offers none
     */
    public List<DateCandidate> dateCandidates(Document page, Optional<String> pageUrl, LocalDate latest) {
        Optional<String> url = canonicalUrl(page, metas(page)).or(() -> pageUrl.filter(HtmlMetadataExtractor::isAbsolute));
        return PublicationDateFinder.candidates(page, JsonLd.of(page), addresses(pageUrl, url), latest);
    }

    /** Meta tags by lower-cased {@code property}, {@code name} or {@code itemprop}; the first of each wins. */
    private static Map<String, String> metas(Document page) {
        Map<String, String> metas = new HashMap<>();
        for (Element meta : page.select("meta[content]")) {
            String content = clean(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop")) {
                String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty()) {
                    metas.putIfAbsent(name, content);
                }
            }
        }
        return metas;
    }

    private static Optional<String> title(Document page, Map<String, String> metas, JsonLd jsonLd,
            Set<String> siteNames) {
        List<String> candidates = new ArrayList<>();
        first(metas, "og:title").ifPresent(candidates::add);
        first(metas, "twitter:title").ifPresent(candidates::add);
        jsonLd.headline().ifPresent(candidates::add);
        Element h1 = page.selectFirst("h1");
        if (h1 != null && !clean(h1.text()).isEmpty()) {
            candidates.add(clean(h1.text()));
        }
        for (String candidate : candidates) {
            String title = stripSiteSuffix(candidate, siteNames, false);
            if (!title.isEmpty()) {
                return Optional.of(title);
            }
        }
        String title = stripSiteSuffix(clean(page.title()), siteNames, true);
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /**
     * Removes a trailing site name: {@code "Headline - BBC News"} becomes {@code "Headline"} when
     * {@code BBC News} is a name of the site; after a {@code |}, or in a page's {@code <title>}, any
     * short trailing part counts as the site name.
     */
    static String stripSiteSuffix(String title, Set<String> siteNames, boolean pageTitle) {
        Matcher matcher = SITE_SUFFIX.matcher(title);
        if (matcher.matches() && isSiteName(matcher.group(2), siteNames)) {
            return matcher.group(1).strip();
        }
        Matcher pipe = PIPE_SUFFIX.matcher(title);
        if (pipe.matches() && isShort(pipe.group(2)) && pipe.group(1).length() > pipe.group(2).length()) {
            return pipe.group(1).strip();
        }
        if (pageTitle && matcher.matches() && isShort(matcher.group(2))
                && matcher.group(1).length() > 2 * matcher.group(2).length()) {
            return matcher.group(1).strip();
        }
        return title;
    }

    private static boolean isSiteName(String suffix, Set<String> siteNames) {
        return siteNames.stream().anyMatch(name -> Bylines.sameName(name, suffix.strip()));
    }

    private static boolean isShort(String suffix) {
        return suffix.strip().split("\\s+").length <= MAX_SUFFIX_WORDS;
    }

    private static Set<String> siteNames(Map<String, String> metas, JsonLd jsonLd, Optional<String> outlet,
            Optional<String> url) {
        Set<String> names = new LinkedHashSet<>();
        outlet.ifPresent(names::add);
        first(metas, "og:site_name").ifPresent(names::add);
        jsonLd.publisherName().ifPresent(names::add);
        first(metas, "application-name").ifPresent(names::add);
        first(metas, "apple-mobile-web-app-title").ifPresent(names::add);
        url.flatMap(HtmlMetadataExtractor::host).ifPresent(host -> {
            names.add(host);
            names.add(host.replaceFirst("\\.[a-z.]+$", ""));
        });
        return names;
    }

    private static List<String> authors(Document page, Map<String, String> metas, JsonLd jsonLd,
            Optional<String> outlet) {
        List<List<String>> sources = new ArrayList<>();
        sources.add(jsonLd.authorNames());
        first(metas, "author").ifPresent(a -> sources.add(List.of(a)));
        first(metas, "article:author").or(() -> first(metas, "og:article:author")).ifPresent(a -> sources.add(List.of(a)));
        sources.add(page.select("a[rel~=(?i)^author$]").eachText());
        sources.add(itempropAuthors(page));
        for (String selector : BYLINE_SELECTORS) {
            List<String> bylines = new ArrayList<>();
            for (Element element : page.select(selector)) {
                if (element.parents().stream().noneMatch(p -> p.normalName().equals("footer") || p.normalName().equals("nav"))) {
                    bylines.add(element.text());
                }
            }
            sources.add(bylines.isEmpty() ? List.of() : List.of(bylines.get(0)));
        }
        for (List<String> source : sources) {
            List<String> names = new ArrayList<>();
            for (String byline : source) {
                for (String name : Bylines.names(byline, outlet)) {
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private static List<String> itempropAuthors(Document page) {
        List<String> names = new ArrayList<>();
        for (Element author : page.select("[itemprop~=(?i)^author$]")) {
            if (author.normalName().equals("meta") || author.normalName().equals("link")) {
                continue;
            }
            Element name = author.selectFirst("[itemprop~=(?i)^name$]");
            String text = name == null ? author.text()
                    : name.hasAttr("content") ? name.attr("content") : name.text();
            names.add(text);
        }
        return names;
    }

    /**
     * A machine-readable date as {@link Dates#parseMachineDate} reads it, in Java's {@code Date#toString}
     * layout, or else the first date written in it as {@link WrittenDates} reads dates
     * ({@code 18.10.2019 14:30}).
     */
    static Optional<LocalDate> machineDate(String value) {
        Optional<LocalDate> date = Dates.parseMachineDate(value);
        if (date.isPresent()) {
            return date;
        }
        Matcher javaDate = JAVA_DATE.matcher(value.strip());
        if (javaDate.matches()) {
            return Dates.parseMachineDate(javaDate.group(1) + " " + javaDate.group(2) + ", " + javaDate.group(3));
        }
        return WrittenDates.findAll(value).stream().findFirst().map(WrittenDates.Found::date);
    }

    /** The page's addresses, most trusted first for its date: where it was fetched, then its canonical one. */
    private static List<String> addresses(Optional<String> pageUrl, Optional<String> canonical) {
        List<String> addresses = new ArrayList<>();
        pageUrl.ifPresent(addresses::add);
        canonical.filter(address -> !addresses.contains(address)).ifPresent(addresses::add);
        return addresses;
    }

    private static Optional<String> canonicalUrl(Document page, Map<String, String> metas) {
        for (Element link : page.select("link[rel~=(?i)^canonical$][href]")) {
            Optional<String> url = absolute(link);
            if (url.isPresent()) {
                return url;
            }
        }
        return first(metas, "og:url").filter(HtmlMetadataExtractor::isAbsolute);
    }

    private static Optional<String> absolute(Element link) {
        String resolved = link.absUrl("href");
        if (!resolved.isEmpty()) {
            return Optional.of(resolved);
        }
        String raw = link.attr("href").strip();
        return isAbsolute(raw) ? Optional.of(raw) : Optional.empty();
    }

    private static boolean isAbsolute(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
    }

    /** The host of a URL without {@code www.}, e.g. {@code bbc.com}. */
    static Optional<String> host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
        } catch (URISyntaxException e) {
            // A malformed URL names no host; the outlet then stays unknown rather than guessed.
            return Optional.empty();
        }
    }

    private static Optional<String> first(Map<String, String> metas, String key) {
        return Optional.ofNullable(metas.get(key)).filter(value -> !value.isEmpty());
    }

    private static String clean(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }
}
