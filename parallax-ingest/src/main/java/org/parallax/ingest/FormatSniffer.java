package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.parallax.model.InputFormat;

/**
 * Decides an input's format from its name and its first bytes (decompressed when it is gzip).
 * The content wins over the name where the two disagree in a way the content settles (a
 * {@code .txt} that is an HTML page); a name settles what the content cannot (plain text).
 */
public final class FormatSniffer {

    private static final int HEAD_BYTES = 4096;
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
            + "(?:<!doctype\\s+html|<html|<head|<body|<meta|<title|<article|<div|<p[ >])");
    /** An XML declaration, then stylesheets, comments and a feed DOCTYPE (RSS 0.91's Netscape one) in any order, then the root. */
    private static final Pattern FEED = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?"
            + "(?:(?:<\\?xml-stylesheet[^>]*>|<!--.*?-->|<!doctype\\s+(?:rss|feed|rdf:RDF)\\b[^\\[>]*(?:\\[.*?\\])?\\s*>)\\s*)*"
            + "<(?:rss|feed|rdf:RDF)\\b");

    private FormatSniffer() {
    }

    /**
     * The input's format, or empty when neither name nor content says.
     *
     * @param explicit whether the user named this file (then unknown text is read as plain text)
     */
    public static Optional<InputFormat> detect(Input input, boolean explicit) throws IOException {
        String name = input.path().getFileName().toString().toLowerCase(Locale.ROOT);
        String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        String head = head(input);
        if (head.startsWith("WARC/")) {
            return Optional.of(InputFormat.WARC);
        }
        if (FEED.matcher(head).find()) {
            return Optional.of(InputFormat.FEED);
        }
        if (HTML.matcher(head).find()) {
            return Optional.of(InputFormat.HTML);
        }
        if (bare.endsWith(".warc") || bare.endsWith(".arc")) {
            return Optional.of(InputFormat.WARC);
        }
        if (bare.endsWith(".jsonl") || bare.endsWith(".ndjson") || (bare.endsWith(".json") && head.stripLeading().startsWith("{"))) {
            return Optional.of(InputFormat.JSON_LINES);
        }
        if (bare.endsWith(".rss") || bare.endsWith(".atom")) {
            return Optional.of(InputFormat.FEED);
        }
        if (bare.endsWith(".html") || bare.endsWith(".htm") || bare.endsWith(".xhtml") || bare.endsWith(".shtml")) {
            return Optional.of(InputFormat.HTML);
        }
        if (bare.endsWith(".txt") || bare.endsWith(".text") || explicit) {
            return Optional.of(InputFormat.TEXT);
        }
        return Optional.empty();
    }

    /** Whether the first bytes of some content (read as ISO-8859-1) look like an HTML page. */
    public static boolean looksLikeHtml(String head) {
        return HTML.matcher(head).find();
    }

    private static String head(Input input) throws IOException {
        byte[] bytes;
        try (InputStream in = input.gzipped() ? new GZIPInputStream(input.openRaw()) : input.openRaw()) {
            bytes = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            // A truncated or corrupt gzip head: let the name decide; the reader reports the damage.
            return "";
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, StandardCharsets.ISO_8859_1);
    }
}
