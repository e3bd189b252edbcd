package org.parallax.ingest;

import java.util.Map;
import org.parallax.ingest.feed.FeedReader;
import org.parallax.ingest.html.HtmlArticleReader;
import org.parallax.ingest.html.HtmlFileReader;
import org.parallax.ingest.jsonl.JsonLinesReader;
import org.parallax.ingest.text.PlainTextReader;
import org.parallax.ingest.warc.WarcReader;
import org.parallax.model.InputFormat;

/** The readers for every format Parallax reads, sharing one HTML article reader. */
public final class FormatReaders {

    private FormatReaders() {
    }

    public static Map<InputFormat, FormatReader> standard() {
        HtmlArticleReader html = new HtmlArticleReader();
        return Map.of(
                InputFormat.TEXT, new PlainTextReader(),
                InputFormat.HTML, new HtmlFileReader(html),
                InputFormat.FEED, new FeedReader(html),
                InputFormat.WARC, new WarcReader(html),
                InputFormat.JSON_LINES, new JsonLinesReader(html));
    }
}
