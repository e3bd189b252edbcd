package org.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The records the server keeps in a store: API tokens (the SHA-256 of each secret, never the secret:
 * a secret of 256 random bits needs no slow password hash, nothing can be guessed from its hash) and
 * saved searches (their query as the record's JSON).
 */
final class ServerRecords {

    /** The prefix of every secret, so that a leaked one is easy to recognise (and to grep for). */
    static final String SECRET_PREFIX = "plx_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = ModelJson.mapper();

    private ServerRecords() {
    }

    static ApiToken.Created createToken(Connection connection, String name) throws SQLException {
        if (name.isBlank() || name.length() > 200) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "a token's name must have 1 to 200 characters");
        }
        if (tokenNamed(connection, name)) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "there is a token named " + name
                    + " already; revoke it first, or choose another name");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO api_tokens (name, secret_hash, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, hash(secret));
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        }
        return new ApiToken.Created(new ApiToken(name, now), secret);
    }

    private static boolean tokenNamed(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM api_tokens WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet result = select.executeQuery()) {
                return result.next();
            }
        }
    }

    static List<ApiToken> tokens(Connection connection) throws SQLException {
        List<ApiToken> tokens = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT name, created_at FROM api_tokens ORDER BY name")) {
            while (result.next()) {
                tokens.add(new ApiToken(result.getString(1), result.getTimestamp(2).toInstant()));
            }
        }
        return tokens;
    }

    static boolean revokeToken(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM api_tokens WHERE name = ?")) {
            delete.setString(1, name);
            return delete.executeUpdate() > 0;
        }
    }

    static Optional<ApiToken> token(Connection connection, String secret) throws SQLException {
        if (!secret.startsWith(SECRET_PREFIX)) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, created_at FROM api_tokens WHERE secret_hash = ?")) {
            select.setString(1, hash(secret));
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(new ApiToken(result.getString(1), result.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static SavedSearch saveSearch(Connection connection, String name, SearchQuery query, String who) throws SQLException {
        if (name.isBlank() || name.length() > 1000) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "a saved search's name must have 1 to 1000 characters");
        }
        long storedBefore;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM articles")) {
            result.next();
            storedBefore = result.getLong(1);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO saved_searches (name, query, made_by, made_at,"
                + " stored_before) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, json(query));
            insert.setString(3, who);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setLong(5, storedBefore);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        return new SavedSearch(id, name, query, who, now, storedBefore);
    }

    static List<SavedSearch> savedSearches(Connection connection, Optional<Long> only) throws SQLException {
        List<SavedSearch> searches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name, query, made_by, made_at, stored_before"
                + " FROM saved_searches" + (only.isPresent() ? " WHERE id = ?" : "") + " ORDER BY id")) {
            if (only.isPresent()) {
                select.setLong(1, only.get());
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    searches.add(new SavedSearch(result.getLong(1), result.getString(2), query(result.getString(3)),
                            result.getString(4), result.getTimestamp(5).toInstant(), result.getLong(6)));
                }
            }
        }
        return searches;
    }

    static boolean deleteSavedSearch(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM saved_searches WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() > 0;
        }
    }

    private static String json(SearchQuery query) {
        try {
            return JSON.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.INTERNAL, "a search cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private static SearchQuery query(String json) {
        try {
            return JSON.readValue(json, SearchQuery.class);
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Kind.CORRUPT, "a saved search cannot be read back: " + e.getMessage(), e);
        }
    }
}
