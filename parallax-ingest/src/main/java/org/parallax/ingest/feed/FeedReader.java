package org.parallax.ingest.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.ArticleSink;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Dates;
import org.parallax.ingest.FormatReader;
import org.parallax.ingest.Input;
import org.parallax.ingest.html.Bylines;
import org.parallax.ingest.html.HtmlArticleReader;
import org.parallax.ingest.html.HtmlParagraphs;
import org.parallax.model.DateSource;
import org.parallax.model.InputFormat;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed with Rome: each item is one article, its
 * source {@code <input>#item-<n>} (1-based, in feed order).
 *
 * <ul>
 *   <li>text: the item's full content ({@code content:encoded}, Atom {@code content}) or else its
 *       description or summary. HTML goes through {@link HtmlArticleReader#mainText} when that keeps
 *       at least half of the text, else it is rendered whole by {@link HtmlParagraphs}; plain text is
 *       taken as is. An item that carries only a summary yields that summary as its text, which is
 *       short: feeds often hold only teasers. An item without any text is reported as a problem at
 *       {@code item N} and reading goes on.
 *   <li>url: the item's link (else an {@code http(s)} guid/id); title: the item's title; outlet: the
 *       feed's title up to its first section separator ("BBC News - World" and "BBC News | Business"
 *       are both "BBC News", so one outlet's feeds share one column in the claim matrix); authors: the item's authors and {@code dc:creator}s, cleaned as bylines.
 *   <li>published: the item's publication date ({@code pubDate}, {@code dc:date}, Atom
 *       {@code published}), else its update date, taken from the date as written so that the date is
 *       the publisher's local one; Rome's own parse (which keeps only the instant, read here in UTC) is
 *       the fallback for layouts {@link Dates} does not know.
 * </ul>
 *
 * <p>Security: the XML parser is Rome's, with external entities and external DTDs off and an
 * entity resolver that resolves nothing, so the feed cannot reach files or the network (XXE). A
 * {@code DOCTYPE} is allowed, as old RSS 0.91 feeds declare Netscape's; the JDK's limits on
 * entity expansion refuse a feed that would blow up by it ("billion laughs"). The feed is read
 * whole, within the input's size limit. Stateless and thread-safe.
 */
public final class FeedReader implements FormatReader {

    private static final Pattern OUTLET_SEPARATOR = Pattern.compile("\\s+[-–—|>]\\s+|:\\s+");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>|</[a-zA-Z]+>|&[a-z]+;|&#\\d+;");
    private static final List<String> PUBLISHED_ELEMENTS = List.of("published", "pubDate", "issued", "date",
            "created");
    private static final List<String> UPDATED_ELEMENTS = List.of("updated", "modified", "lastBuildDate");

    private final HtmlArticleReader pages;

    /** A reader with its own {@link HtmlArticleReader}. */
    public FeedReader() {
        this(new HtmlArticleReader());
    }

    /** A reader sharing an {@link HtmlArticleReader}. */
    public FeedReader(HtmlArticleReader pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        Document document = parse(input.readAll());
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("not an RSS or Atom feed: the XML's root element <"
                    + document.getRootElement().getName() + "> is not one Rome knows");
        } catch (FeedException e) {
            throw new BadInputException("not a readable feed: " + e.getMessage(), Optional.empty(),
                    ProblemCategory.BAD_INPUT, e);
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new BadInputException("the feed has no items");
        }
        List<Element> elements = entryElements(document.getRootElement());
        boolean elementsMatch = elements.size() == entries.size();
        Optional<String> outlet = plain(feed.getTitle()).map(FeedReader::outletName);
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry entry = entries.get(i);
            Optional<Element> element = elementsMatch ? Optional.of(elements.get(i)) : Optional.empty();
            read(input.name(), i + 1, entry, element, outlet, sink);
        }
    }

    private void read(String name, int number, SyndEntry entry, Optional<Element> element, Optional<String> outlet,
            ArticleSink sink) {
        Optional<String> url = Optional.ofNullable(entry.getLink()).map(String::strip).filter(FeedReader::isHttp)
                .or(() -> Optional.ofNullable(entry.getUri()).map(String::strip).filter(FeedReader::isHttp));
        Optional<String> text = text(entry, url);
        if (text.isEmpty()) {
            sink.problem(InputProblem.badInput(name, "item " + number,
                    "the feed item has no text: no content, description or summary"));
            return;
        }
        ArticleDraft draft = new ArticleDraft(name + "#item-" + number, InputFormat.FEED).text(text.get())
                .authors(authors(entry, outlet));
        url.ifPresent(draft::url);
        plain(entry.getTitle()).ifPresent(draft::title);
        outlet.ifPresent(draft::outlet);
        published(entry, element).ifPresent(date -> draft.published(date, DateSource.METADATA));
        sink.article(draft);
    }

    private Optional<String> text(SyndEntry entry, Optional<String> url) {
        for (SyndContent content : entry.getContents()) {
            Optional<String> text = contentText(content, url);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.ofNullable(entry.getDescription()).flatMap(description -> contentText(description, url));
    }

    private Optional<String> contentText(SyndContent content, Optional<String> url) {
        String value = content.getValue();
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String type = Optional.ofNullable(content.getType()).orElse("").toLowerCase(Locale.ROOT);
        boolean html = type.contains("html") || (!type.equals("text") && !type.equals("text/plain")
                && TAG.matcher(value).find());
        String text = html ? htmlText(value, url) : value.strip();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** An item's HTML as text: the main text when extraction keeps most of it, else all of it. */
    private String htmlText(String html, Optional<String> url) {
        org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html, url.orElse(""));
        String whole = HtmlParagraphs.text(fragment.body());
        Optional<String> main = pages.mainText(fragment);
        return main.filter(text -> text.length() * 2 >= whole.length()).orElse(whole);
    }

    private static List<String> authors(SyndEntry entry, Optional<String> outlet) {
        List<String> raw = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            Optional.ofNullable(person.getName()).filter(n -> !n.isBlank())
                    .or(() -> Optional.ofNullable(person.getEmail())).ifPresent(raw::add);
        }
        Optional.ofNullable(entry.getAuthor()).ifPresent(raw::add);
        if (entry.getModule(DCModule.URI) instanceof DCModule dc) {
            raw.addAll(dc.getCreators());
        }
        List<String> names = new ArrayList<>();
        for (String byline : raw) {
            for (String name : Bylines.names(byline, outlet)) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Optional<LocalDate> published(SyndEntry entry, Optional<Element> element) {
        Optional<LocalDate> written = element.flatMap(e -> writtenDate(e, PUBLISHED_ELEMENTS));
        if (written.isPresent()) {
            return written;
        }
        Optional<LocalDate> parsed = utcDate(entry.getPublishedDate());
        if (parsed.isPresent()) {
            return parsed;
        }
        return element.flatMap(e -> writtenDate(e, UPDATED_ELEMENTS)).or(() -> utcDate(entry.getUpdatedDate()));
    }

    private static Optional<LocalDate> writtenDate(Element entry, List<String> names) {
        for (String name : names) {
            for (Element child : entry.getChildren()) {
                if (child.getName().equals(name)) {
                    Optional<LocalDate> date = Dates.parseMachineDate(child.getTextNormalize());
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> utcDate(Date date) {
        return Optional.ofNullable(date).map(d -> d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** The XML elements of the feed's items, in the order Rome reads them. */
    private static List<Element> entryElements(Element root) {
        List<Element> elements = new ArrayList<>();
        String kind = root.getName();
        List<Element> parents = new ArrayList<>();
        if (kind.equals("feed") || kind.equals("RDF")) {
            parents.add(root);
        }
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                parents.add(child);
            }
        }
        String itemName = kind.equals("feed") ? "entry" : "item";
        for (Element parent : parents) {
            for (Element child : parent.getChildren()) {
                if (child.getName().equals(itemName)) {
                    elements.add(child);
                }
            }
        }
        return elements;
    }

    private static Document parse(byte[] bytes) throws BadInputException {
        try (XmlReader xml = new XmlReader(new ByteArrayInputStream(bytes), true);
                XmlFixerReader fixed = new XmlFixerReader(xml)) {
            SecureFeedInput input = new SecureFeedInput();
            input.setAllowDoctypes(true);
            return input.saxBuilder().build(fixed);
        } catch (JDOMParseException e) {
            String message = Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage());
            throw new BadInputException("not a well-formed feed: " + message,
                    Optional.of("line " + e.getLineNumber() + ", column " + e.getColumnNumber()),
                    ProblemCategory.BAD_INPUT, e);
        } catch (JDOMException e) {
            throw new BadInputException("not a readable feed: " + e.getMessage(), Optional.empty(),
                    ProblemCategory.BAD_INPUT, e);
        } catch (IOException e) {
            // The bytes are in memory: an I/O failure here is a decoding failure.
            throw new BadInputException("the feed's bytes do not fit its character encoding (" + e.getMessage() + ")",
                    Optional.empty(), ProblemCategory.BAD_INPUT, e);
        }
    }

    /** The outlet a feed title names: the title up to the first " - ", " – ", " — ", " | ", " > " or ": ". */
    static String outletName(String title) {
        String[] parts = OUTLET_SEPARATOR.split(title, 2);
        String first = parts[0].strip();
        return first.codePoints().filter(Character::isLetter).count() >= 2 ? first : title;
    }

    private static Optional<String> plain(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = text.contains("<") || text.contains("&") ? Jsoup.parse(text).text() : text;
        plain = plain.replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Rome's own secured XML parser settings, reached through its protected factory. */
    private static final class SecureFeedInput extends WireFeedInput {
        org.jdom2.input.SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }
}
