package org.parallax.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.model.Mention;
import org.parallax.model.Quote;

/**
 * The articles table and the rows that hang off each article (signature bands, quotes, mentions,
 * its outlet, its near-duplicate links), written together in the caller's transaction so a reader
 * sees an article whole or not at all.
 *
 * <p>Identity: an article is the same as a stored one when its text (whitespace aside) is the same
 * and it has the same outlet or the same address; such an article is not stored again. Its store
 * id is derived from its text, outlet and address, so it is the same in every store and every run.
 */
final class ArticleRecords {

    /** Share of shingles above which two articles are near duplicates. */
    static final double NEAR_DUPLICATE_SIMILARITY = 0.7;
    /** How many first texts sharing a band with a new article are compared with it at most, those sharing the most bands first. */
    static final int BAND_CANDIDATES = 50;

    /** An article the store does not hold yet, under its store id, with its identity. */
    record Admission(Article article, String contentHash, String identityKey) {
    }

    /** What {@link #insert} found the article to copy or update. */
    record Link(String originalId, NearDuplicateKind kind, double similarity) {
    }

    private ArticleRecords() {
    }

    /** The article under its store id, or empty when the store holds it already. */
    static Optional<Admission> admit(Connection connection, Article article) throws SQLException {
        String contentHash = sha256(article.text().strip().replaceAll("\\s+", " "));
        String outlet = article.outlet().orElse("");
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM articles WHERE content_hash = ? AND (outlet = ? OR url = ?)")) {
            statement.setString(1, contentHash);
            statement.setString(2, outlet);
            statement.setString(3, article.url().orElse(null));
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    return Optional.empty();
                }
            }
        }
        String identityKey = sha256(contentHash + "\n" + outlet + "\n" + article.url().orElse(""));
        String id = "a" + identityKey.substring(0, 12);
        Article renamed = new Article(id, article.source(), article.format(), article.url(), article.title(),
                article.subtitle(), article.outlet(), article.authors(), article.published(), article.publishedFrom(),
                article.captured(), article.text(), article.embeddedPosts(), article.removed());
        return Optional.of(new Admission(renamed, contentHash, identityKey));
    }

    /** The newest current copies of a first text (1) from one outlet (2), newest first. */
    static final String CURRENT_COPIES = "SELECT a.id, a.signature FROM near_duplicates d JOIN articles a ON a.id = d.article_id"
            + " WHERE d.original_id = ? AND d.article_outlet = ? AND d.article_current AND a.superseded_by IS NULL"
            + " ORDER BY d.original_id, d.article_outlet, d.article_current, d.article_seq DESC LIMIT " + BAND_CANDIDATES;

    /** Stores one analysed article and what hangs off it; returns its links to earlier articles. */
    static List<Link> insert(Connection connection, Admission admission, AnalyzedArticle analyzed) throws SQLException {
        Article article = analyzed.article();
        TextSignature signature = TextSignature.of(article.text());
        List<Link> links = nearDuplicates(connection, article, signature);
        byte[] record = ModelJson.compressed(analyzed);
        long seq;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO articles (id, identity_key,"
                + " content_hash, url, title, outlet, published, format, source, signature, record, stored_bytes,"
                + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            statement.setString(1, article.id());
            statement.setString(2, admission.identityKey());
            statement.setString(3, admission.contentHash());
            statement.setString(4, article.url().orElse(null));
            statement.setString(5, article.title().orElse(null));
            statement.setString(6, article.outlet().orElse(""));
            if (article.published().isPresent()) {
                statement.setDate(7, Date.valueOf(article.published().get()));
            } else {
                statement.setNull(7, Types.DATE);
            }
            statement.setString(8, article.format().name());
            statement.setString(9, article.source());
            statement.setBytes(10, signature.bytes());
            statement.setBytes(11, record);
            statement.setInt(12, record.length);
            statement.setTimestamp(13, Timestamp.from(Instant.now()));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                seq = keys.getLong(1);
            }
        }
        // A copy of a stored text is found through that text's bands from now on: its own bands would make each new
        // copy of a wire story compare with, and link to, every earlier copy (quadratic in the copies; issue 10).
        if (links.stream().noneMatch(link -> link.similarity() >= NEAR_DUPLICATE_SIMILARITY)) {
            insertBands(connection, article.id(), signature);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO first_texts (id, outlet, signature) VALUES (?, ?, ?)")) {
                statement.setString(1, article.id());
                statement.setString(2, article.outlet().orElse(""));
                statement.setBytes(3, signature.bytes());
                statement.executeUpdate();
            }
        }
        insertQuotes(connection, analyzed);
        insertMentions(connection, analyzed);
        insertQuoteMentions(connection, analyzed);
        insertOutlet(connection, article);
        for (Link link : links) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO near_duplicates (article_id, original_id, kind, similarity, article_outlet, article_seq)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                statement.setString(1, article.id());
                statement.setString(2, link.originalId());
                statement.setString(3, link.kind().name());
                statement.setDouble(4, link.similarity());
                statement.setString(5, article.outlet().orElse(""));
                statement.setLong(6, seq);
                statement.executeUpdate();
            }
            if (link.kind() == NearDuplicateKind.UPDATED && article.url().isPresent()) {
                try (PreparedStatement supersede = connection.prepareStatement(
                        "UPDATE articles SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL");
                        PreparedStatement noLongerCurrent = connection.prepareStatement(
                        "UPDATE near_duplicates SET article_current = FALSE WHERE article_id = ?")) {
                    supersede.setString(1, article.id());
                    supersede.setString(2, link.originalId());
                    if (supersede.executeUpdate() > 0) {
                        noLongerCurrent.setString(1, link.originalId());
                        noLongerCurrent.executeUpdate();
                        AccountCounts.superseded(connection, link.originalId());
                    }
                }
            }
        }
        return links;
    }

    /**
     * Earlier articles this one copies or updates: one at the same address with other text is an
     * update; one sharing a signature band and most of its shingles is syndicated copy (another
     * outlet) or an update (the same outlet). Only texts that copy no earlier one keep their bands, so
     * a new copy of a wire story is linked to the story's first text, not to each copy before it, and to
     * the current copies of that text from its own outlet, which it updates.
     */
    private static List<Link> nearDuplicates(Connection connection, Article article, TextSignature signature)
            throws SQLException {
        Map<String, Link> links = new LinkedHashMap<>();
        if (article.url().isPresent()) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, signature FROM articles WHERE url = ? AND superseded_by IS NULL")) {
                statement.setString(1, article.url().get());
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        double similarity = signature.similarity(TextSignature.fromBytes(result.getBytes(2)));
                        links.put(result.getString(1), new Link(result.getString(1), NearDuplicateKind.UPDATED, similarity));
                    }
                }
            }
        }
        long[] bands = signature.bands();
        StringBuilder placeholders = new StringBuilder();
        for (int i = 0; i < bands.length; i++) {
            placeholders.append(i == 0 ? "?" : ", ?");
        }
        // The first texts sharing the most bands are the likeliest copies (a pair shares a band with probability
        // about similarity^4): only the best BAND_CANDIDATES are compared, so that a text resembling thousands of
        // stored ones below the threshold (variations of one text) costs a bounded number of comparisons.
        Set<String> candidates = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT article_id, COUNT(*) AS shared FROM article_bands"
                + " WHERE band IN (" + placeholders + ") GROUP BY article_id ORDER BY shared DESC, article_id LIMIT " + BAND_CANDIDATES)) {
            for (int i = 0; i < bands.length; i++) {
                statement.setLong(i + 1, bands[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    candidates.add(result.getString(1));
                }
            }
        }
        candidates.removeAll(links.keySet());
        try (PreparedStatement statement = connection.prepareStatement("SELECT outlet, signature FROM first_texts WHERE id = ?")) {
            for (String id : candidates) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        continue;
                    }
                    double similarity = signature.similarity(TextSignature.fromBytes(result.getBytes(2)));
                    if (similarity >= NEAR_DUPLICATE_SIMILARITY) {
                        NearDuplicateKind kind = result.getString(1).equals(article.outlet().orElse(""))
                                ? NearDuplicateKind.UPDATED : NearDuplicateKind.SYNDICATED;
                        links.put(id, new Link(id, kind, similarity));
                    }
                }
            }
        }
        // The current copies of those first texts from this article's outlet: this article is their update. The newest
        // current links are read in the order of index near_duplicates_current_copies (the ORDER BY spells out its columns,
        // the first three fixed by the WHERE, so that H2 reads by it), up to the limit: not every copy the outlet ran.
        List<String> firstTexts = new ArrayList<>(links.keySet());
        try (PreparedStatement statement = connection.prepareStatement(CURRENT_COPIES)) {
            for (String firstText : firstTexts) {
                statement.setString(1, firstText);
                statement.setString(2, article.outlet().orElse(""));
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        String id = result.getString(1);
                        double similarity = signature.similarity(TextSignature.fromBytes(result.getBytes(2)));
                        if (similarity >= NEAR_DUPLICATE_SIMILARITY && !links.containsKey(id)) {
                            links.put(id, new Link(id, NearDuplicateKind.UPDATED, similarity));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(links.values());
    }

    /**
     * Keeps the article's bands, each in a bucket that holds fewer than {@link #BAND_CANDIDATES} articles: a bucket
     * shared by that many texts (variations of one text, boilerplate) already offers a new copy that many first
     * texts to compare with, and a full bucket keeps what one lookup reads bounded however large the store grows.
     */
    private static void insertBands(Connection connection, String id, TextSignature signature) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT 1 FROM article_bands WHERE band = ? LIMIT " + BAND_CANDIDATES + ") bucket");
                PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO article_bands (band, article_id) VALUES (?, ?)")) {
            long previous = Long.MIN_VALUE;
            for (long band : java.util.Arrays.stream(signature.bands()).sorted().toArray()) {
                if (band == previous) {
                    continue;
                }
                previous = band;
                count.setLong(1, band);
                try (ResultSet result = count.executeQuery()) {
                    if (result.next() && result.getInt(1) >= BAND_CANDIDATES) {
                        continue;
                    }
                }
                statement.setLong(1, band);
                statement.setString(2, id);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * One row per quote: {@code quote_text} holds what was said (an interrupted quotation's pieces joined by
     * {@value Quote#PIECE_SEPARATOR}), {@code begin_offset}/{@code end_offset} its overall extent; the pieces
     * themselves are in the article's record.
     */
    private static void insertQuotes(Connection connection, AnalyzedArticle analyzed) throws SQLException {
        String text = analyzed.article().text();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO quotes (article_id, position, kind,"
                + " speaker_member, speaker_text, quote_text, begin_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Quote quote : analyzed.annotations().quotes()) {
                statement.setString(1, analyzed.article().id());
                statement.setInt(2, position++);
                statement.setString(3, quote.kind().name());
                statement.setString(4, quote.speaker().flatMap(speaker -> speaker.entity()).orElse(null));
                statement.setString(5, quote.speaker().map(speaker -> speaker.span().coveredText(text)).orElse(null));
                statement.setString(6, quote.piecesText(text)); // an interrupted quotation's words, not the "he said" between
                statement.setInt(7, quote.span().begin());
                statement.setInt(8, quote.span().end());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Each quote's speaker with the per-article entities mentioned inside it, one row per entity. */
    private static void insertQuoteMentions(Connection connection, AnalyzedArticle analyzed) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO quote_mentions (article_id,"
                + " quote_position, speaker_member, member) VALUES (?, ?, ?, ?)")) {
            List<Quote> quotes = analyzed.annotations().quotes();
            for (int position = 0; position < quotes.size(); position++) {
                Quote quote = quotes.get(position);
                Set<String> members = new LinkedHashSet<>();
                for (Mention mention : analyzed.annotations().mentions()) {
                    if (mention.entity().isPresent() && quote.piecesContain(mention.span())) {
                        members.add(mention.entity().get());
                    }
                }
                for (String member : members) {
                    statement.setString(1, analyzed.article().id());
                    statement.setInt(2, position);
                    statement.setString(3, quote.speaker().flatMap(speaker -> speaker.entity()).orElse(null));
                    statement.setString(4, member);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private static void insertMentions(Connection connection, AnalyzedArticle analyzed) throws SQLException {
        String text = analyzed.article().text();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO mentions (article_id, position,"
                + " member, type, mention_text, begin_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Mention mention : analyzed.annotations().mentions()) {
                statement.setString(1, analyzed.article().id());
                statement.setInt(2, position++);
                statement.setString(3, mention.entity().orElse(null));
                statement.setString(4, mention.type().name());
                statement.setString(5, mention.span().coveredText(text));
                statement.setInt(6, mention.span().begin());
                statement.setInt(7, mention.span().end());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertOutlet(Connection connection, Article article) throws SQLException {
        if (article.outlet().isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM outlets WHERE name = ?")) {
            select.setString(1, article.outlet().get());
            try (ResultSet result = select.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outlets (name, first_seen) VALUES (?, ?)")) {
            insert.setString(1, article.outlet().get());
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    /** The stored article with this id. */
    static Optional<AnalyzedArticle> find(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT record FROM articles WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(ModelJson.decompressed(result.getBytes(1), AnalyzedArticle.class))
                        : Optional.empty();
            }
        }
    }

    /** The articles with these ids that are stored (current or superseded), in any order. */
    static List<AnalyzedArticle> findAll(Connection connection, Collection<String> ids) throws SQLException {
        List<AnalyzedArticle> found = new ArrayList<>(ids.size());
        try (PreparedStatement statement = connection.prepareStatement("SELECT record FROM articles WHERE id = ?")) {
            for (String id : new LinkedHashSet<>(ids)) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        found.add(ModelJson.decompressed(result.getBytes(1), AnalyzedArticle.class));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Calls {@code each} with every current article (not superseded by an update) whose sequence
     * number is above {@code afterSeq}, in the order stored, reading them in pages so memory stays flat.
     */
    static void forEach(Connection connection, long afterSeq, boolean includeSuperseded, Consumer<StoredArticle> each)
            throws SQLException {
        long last = afterSeq;
        while (true) {
            // A page is read whole before the callback runs, so a callback may use the connection itself.
            List<StoredArticle> page = page(connection, last, includeSuperseded);
            if (page.isEmpty()) {
                return;
            }
            last = page.get(page.size() - 1).seq();
            page.forEach(each);
        }
    }

    /** The next page (up to 200) of articles after sequence number {@code afterSeq}, in the order stored. */
    static List<StoredArticle> page(Connection connection, long afterSeq, boolean includeSuperseded) throws SQLException {
        List<StoredArticle> page = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT seq, record, superseded_by FROM articles"
                + " WHERE seq > ?" + (includeSuperseded ? "" : " AND superseded_by IS NULL") + " ORDER BY seq LIMIT 200")) {
            statement.setLong(1, afterSeq);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    page.add(new StoredArticle(result.getLong(1), ModelJson.decompressed(result.getBytes(2), AnalyzedArticle.class),
                            Optional.ofNullable(result.getString(3))));
                }
            }
        }
        return page;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
