package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.InputFormat;

class FormatSnifferTest {

    private static InputFormat detect(Path dir, String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
        return FormatSniffer.detect(new Input(file, name, 1 << 20), true).orElseThrow();
    }

    @Test
    void anRss091FeedWithNetscapesDoctypeIsAFeed(@TempDir Path dir) throws Exception {
        assertThat(detect(dir, "old.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
                + "  \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel>"))
                .isEqualTo(InputFormat.FEED);
    }

    @Test
    void aFeedWithAnInternalSubsetStylesheetAndCommentIsAFeed(@TempDir Path dir) throws Exception {
        assertThat(detect(dir, "feed.xml", "<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"feed.xsl\"?>\n"
                + "<!-- generated -->\n<!DOCTYPE rss [<!ENTITY copy \"&#169;\">]>\n<rss version=\"2.0\">"))
                .isEqualTo(InputFormat.FEED);
    }

    @Test
    void anHtmlPageWithItsDoctypeStaysHtml(@TempDir Path dir) throws Exception {
        assertThat(detect(dir, "page.xml", "<!DOCTYPE html>\n<html><head><title>x</title></head>"))
                .isEqualTo(InputFormat.HTML);
    }
}
