package org.parallax.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web UI's page and files under addresses that change with their content, so that a browser keeps them
 * between visits instead of asking the server again for each of its scripts on every page (issue 11: those
 * requests, one level of imports after another, were most of a page's time). The page ({@code web/index.html},
 * served at {@code /}) names each file as {@code %ASSETS%/js/app.js}; {@code %ASSETS%} becomes
 * {@code /assets/VERSION}, VERSION a digest of every file it names, and a module's relative imports
 * ({@code ./dom.js}) stay under that prefix. The page is served with {@code Cache-Control: no-cache} (a browser
 * asks each time whether it changed), the files with {@code immutable}: a new version of any file is a new
 * VERSION, hence new addresses. Only the files the page names are served there, so every module must be named
 * in it (its {@code modulepreload} links, which also let the browser fetch them all at once).
 */
final class WebAssets {

    /** Where the files are served: {@code /assets/VERSION/css/app.css}. */
    static final String PREFIX = "/assets/";

    private static final String PLACEHOLDER = "%ASSETS%";
    private static final Pattern NAMED = Pattern.compile("\"" + Pattern.quote(PLACEHOLDER) + "/([A-Za-z0-9_./-]+)\"");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final String version;
    private final byte[] page;
    private final Map<String, byte[]> files;

    private WebAssets(String version, byte[] page, Map<String, byte[]> files) {
        this.version = version;
        this.page = page;
        this.files = Map.copyOf(files);
    }

    /** The page and the files it names, read from the class path's {@code web/}; fails if one it names is missing. */
    static WebAssets load() {
        String template = new String(resource("index.html"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        Matcher named = NAMED.matcher(template);
        while (named.find()) {
            String path = named.group(1);
            if (path.contains("..") || files.containsKey(path)) {
                continue;
            }
            byte[] content = resource(path);
            files.put(path, content);
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
        }
        String version = HexFormat.of().formatHex(digest.digest(), 0, 6);
        return new WebAssets(version, template.replace(PLACEHOLDER, PREFIX + version).getBytes(StandardCharsets.UTF_8), files);
    }

    /** Whether {@code path} is one of this class's routes (the web UI's, not the API's). */
    static boolean serves(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith(PREFIX);
    }

    /** The digest in the files' addresses. */
    String version() {
        return version;
    }

    /** The files' paths under {@code web/}, as the page names them. */
    java.util.Set<String> files() {
        return files.keySet();
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::page);
        routes.get("/index.html", this::page);
        routes.get(PREFIX + "{version}/<path>", this::file);
    }

    private void page(Context context) {
        context.header("Cache-Control", "no-cache");
        context.contentType("text/html; charset=utf-8").result(page);
    }

    /** A file of this version; another version's (a page from before the server changed) is not found. */
    private void file(Context context) {
        byte[] content = files.get(context.pathParam("path"));
        if (content == null || !context.pathParam("version").equals(version)) {
            throw new ApiException(ErrorCategory.NOT_FOUND, 404, "nothing at " + context.path()
                    + " (the web UI's files of this server are under " + PREFIX + version + "/: reload the page)");
        }
        context.header("Cache-Control", IMMUTABLE);
        context.contentType(contentType(context.pathParam("path"))).result(content);
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (path.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private static byte[] resource(String path) {
        try (InputStream in = WebAssets.class.getResourceAsStream("/web/" + path)) {
            if (in == null) {
                throw new IllegalStateException("web/index.html names web/" + path + ", which is missing from parallax-server");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource web/" + path, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
