package org.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a store lives: an embedded data folder (records in H2, search in Lucene, both inside it),
 * or a PostgreSQL database for a team, with this machine's Lucene index of it in a local folder.
 *
 * @param kind        embedded or PostgreSQL
 * @param folder      the data folder (embedded), or the folder of the local search index (PostgreSQL)
 * @param jdbcUrl     the database's JDBC address
 * @param user        the database user, if the address names one
 * @param password    the user's password, if the address gives one
 * @param display     the location as the user gave it, without the password, for messages
 */
public record StoreLocation(Kind kind, Path folder, String jdbcUrl, Optional<String> user, Optional<String> password,
        String display) {

    /** The two backends. */
    public enum Kind { EMBEDDED, POSTGRESQL }

    /** The data folder a store goes to when none is named. */
    public static final String DEFAULT_FOLDER = "parallax-data";

    public StoreLocation {
        Objects.requireNonNull(kind, "kind");
        folder = folder.toAbsolutePath().normalize();
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(display, "display");
    }

    /** An embedded store in {@code folder}. */
    public static StoreLocation embedded(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        // The file lock is checked each second; a second process is refused (FILE_LOCK=FILE) rather than
        // left waiting, and a store killed mid-write reopens from its last commit (MVStore is append-only).
        // WRITE_DELAY=0: a commit reaches the file before it returns (H2 otherwise keeps it in the process
        // for up to 500 ms, and a killed ingest loses batches it had reported stored).
        String url = "jdbc:h2:file:" + absolute.resolve("records").resolve("parallax")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;FILE_LOCK=FILE;LOCK_TIMEOUT=10000;AUTO_COMPACT_FILL_RATE=0;WRITE_DELAY=0";
        return new StoreLocation(Kind.EMBEDDED, absolute, url, Optional.empty(), Optional.empty(), folder.toString());
    }

    /**
     * The store a user names: {@code postgresql://[user[:password]@]host[:port]/database} (or a
     * {@code jdbc:postgresql:} address) for PostgreSQL, anything else for a data folder.
     * {@code indexFolder} is where this machine keeps its search index of a PostgreSQL store.
     */
    public static StoreLocation parse(String location, Path indexFolder) {
        Objects.requireNonNull(location, "location");
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgresql(URI.create(location.substring("jdbc:".length())), location, indexFolder);
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            try {
                return postgresql(new URI(location), location, indexFolder);
            } catch (URISyntaxException e) {
                throw new StoreException(StoreException.Kind.BAD_REQUEST, "not a PostgreSQL address: " + e.getMessage(), e);
            }
        }
        return embedded(Path.of(location));
    }

    private static StoreLocation postgresql(URI uri, String given, Path indexFolder) {
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST,
                    "a PostgreSQL store is named postgresql://[user[:password]@]host[:port]/database, not " + hidePassword(given));
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        String url = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new StoreLocation(Kind.POSTGRESQL, indexFolder, url, user, password, hidePassword(given));
    }

    /** Where this machine keeps the search index of a PostgreSQL store unless told otherwise: a user cache folder. */
    public static Path defaultIndexFolder(String location) {
        String cache = Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(value -> !value.isBlank())
                .orElse(System.getProperty("user.home") + "/.cache");
        String name = hidePassword(location).replaceAll("^[a-z:]*//", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return Path.of(cache, "parallax", "index", name);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String hidePassword(String location) {
        return location.replaceAll("(//[^:/@]+):[^@/]*@", "$1:***@");
    }

    /** Where the Lucene index lives. */
    Path indexFolder() {
        return kind == Kind.EMBEDDED ? folder.resolve("index") : folder;
    }

    @Override
    public String toString() {
        return display;
    }
}
