package org.parallax.ingest.html;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.parallax.ingest.ArticleSink;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FormatReader;
import org.parallax.ingest.Input;
import org.parallax.ingest.TextDecoder;
import org.parallax.model.InputFormat;

/**
 * Reads an HTML file ({@code .html}, {@code .htm}, or gzipped) as one article. The file is read whole
 * within the input's size limit, decoded with the charset its {@code <meta>} declares (else UTF-8 or
 * detection, see {@link TextDecoder}), and handed to {@link HtmlArticleReader}. A file knows no URL of
 * its own; the page's canonical link supplies one. Stateless and thread-safe.
 */
public final class HtmlFileReader implements FormatReader {

    private final HtmlArticleReader pages;

    /** A reader with its own {@link HtmlArticleReader}. */
    public HtmlFileReader() {
        this(new HtmlArticleReader());
    }

    /** A reader sharing an {@link HtmlArticleReader}. */
    public HtmlFileReader(HtmlArticleReader pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        byte[] bytes = input.readAll();
        String html = TextDecoder.decodePage(bytes, TextDecoder.declaredHtmlCharset(bytes));
        sink.article(pages.read(input.name(), InputFormat.HTML, html, Optional.empty()));
    }
}
