package org.parallax.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the report's pages lie: the index {@value #INDEX} beside the folder {@value #FOLDER}, which
 * holds {@code stories/<story>.html} and {@code articles/<article>.html}. A page's file name is its
 * id where the id is a safe file name, else the id with other characters replaced and a hash of the
 * id added, so that two ids never share a page and no id can name a path outside the folder.
 */
final class ReportPaths {

    static final String INDEX = "report.html";
    static final String FOLDER = "report";
    static final String STORIES = "stories";
    static final String ARTICLES = "articles";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");
    private static final Pattern UNSAFE_CHARACTERS = Pattern.compile("[^A-Za-z0-9._-]");

    private ReportPaths() {
    }

    /** The file name of an id's page, e.g. {@code s1.html}, {@code seed_000-1a2b3c4d.html}. */
    static String fileName(String id) {
        if (SAFE.matcher(id).matches() && !id.contains("..")) {
            return id + ".html";
        }
        String readable = UNSAFE_CHARACTERS.matcher(id).replaceAll("_").replace("..", "_");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        return readable + "-" + hash(id) + ".html";
    }

    /** A story's page, relative to the report's folder. */
    static String story(String id) {
        return STORIES + "/" + fileName(id);
    }

    /** An article's page, relative to the report's folder. */
    static String article(String id) {
        return ARTICLES + "/" + fileName(id);
    }

    /** From the index to a page in the folder. */
    static String fromIndex(String pageInFolder) {
        return FOLDER + "/" + pageInFolder;
    }

    /** From a story or article page (one folder down in the report's folder) to another page of the folder. */
    static String fromPage(String pageInFolder) {
        return "../" + pageInFolder;
    }

    /** From a story or article page back to the index. */
    static String indexFromPage() {
        return "../../" + INDEX;
    }

    /** A stable 32-bit FNV-1a hash of the id's UTF-8 bytes, in hex: short, and the same on every run. */
    private static String hash(String id) {
        int hash = 0x811c9dc5;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x01000193;
        }
        return String.format(Locale.ROOT, "%08x", hash);
    }
}
