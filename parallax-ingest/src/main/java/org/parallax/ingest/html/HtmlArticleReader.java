package org.parallax.ingest.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parallax.ingest.ArticleDraft;
import org.parallax.ingest.BadInputException;
import org.parallax.model.InputFormat;

/**
 * One HTML page to one article draft: its main text (by {@link MainTextExtractor}) and its metadata
 * (by {@link HtmlMetadataExtractor}). Used for HTML files, WARC records, feed items and JSON Lines
 * records that carry HTML. Stateless, thread-safe and reusable.
 */
public final class HtmlArticleReader {

    private final MainTextExtractor textExtractor = new MainTextExtractor();
    private final HtmlMetadataExtractor metadataExtractor = new HtmlMetadataExtractor();

    /**
     * Reads a page.
     *
     * @param source  the draft's source, e.g. {@code news.warc.gz#record-3}
     * @param format  the kind of input the page came from
     * @param html    the page's markup, already decoded
     * @param pageUrl where the page was fetched from, if known; resolves relative links
     * @return the draft, with its publication date (if any) and where it came from ({@link DateEvidence#source})
     * @throws BadInputException when the page holds no article text
     */
    public ArticleDraft read(String source, InputFormat format, String html, Optional<String> pageUrl)
            throws BadInputException {
        Objects.requireNonNull(html, "html");
        return read(source, format, Jsoup.parse(html, pageUrl.orElse("")), pageUrl);
    }

    /**
     * Reads a page parsed already; the document is only read.
     *
     * @see #read(String, InputFormat, String, Optional)
     */
    public ArticleDraft read(String source, InputFormat format, Document page, Optional<String> pageUrl)
            throws BadInputException {
        return read(source, format, page, pageUrl, Optional.empty());
    }

    /**
     * Reads a page captured at a known time (a WARC record): a publication date after the capture is
     * not believed.
     *
     * @param captured when the page was captured, if known; the draft's capture time is set to it
     * @see #read(String, InputFormat, String, Optional)
     */
    public ArticleDraft read(String source, InputFormat format, String html, Optional<String> pageUrl,
            Optional<Instant> captured) throws BadInputException {
        Objects.requireNonNull(html, "html");
        return read(source, format, Jsoup.parse(html, pageUrl.orElse("")), pageUrl, captured);
    }

    private ArticleDraft read(String source, InputFormat format, Document page, Optional<String> pageUrl,
            Optional<Instant> captured) throws BadInputException {
        // a day's slack: the capture's UTC day may be the day before the publisher's own
        Optional<LocalDate> latest = captured.map(time -> time.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1));
        PageMetadata metadata = latest.isPresent()
                ? metadataExtractor.extract(page, pageUrl, latest.get())
                : metadataExtractor.extract(page, pageUrl);
        String text = mainText(page).orElseThrow(() -> new BadInputException("no article text found in the HTML page"));
        ArticleDraft draft = new ArticleDraft(source, format).text(text).authors(metadata.authors());
        metadata.title().ifPresent(draft::title);
        metadata.outlet().ifPresent(draft::outlet);
        metadata.url().or(() -> pageUrl).ifPresent(draft::url);
        metadata.publication().ifPresent(date -> draft.published(date.date(), date.evidence().source()));
        captured.ifPresent(draft::captured);
        return draft;
    }

    /**
     * The main text of a page or fragment, as {@link MainTextExtractor} finds it.
     *
     * @param page a parsed page, only read
     * @return the text, paragraphs separated by a blank line; empty when it holds no article text
     */
    public Optional<String> mainText(Document page) {
        return textExtractor.extract(page).filter(text -> !text.isBlank());
    }
}
