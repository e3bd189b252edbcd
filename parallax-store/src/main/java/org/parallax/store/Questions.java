package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Claim;
import org.parallax.model.Event;
import org.parallax.model.Span;
import org.parallax.model.Story;

/**
 * The store's questions over its records: quotes by speaker and subject, speakers about an entity,
 * an entity's timeline, a claim's coverage. Entities are matched through their per-article members,
 * so the answers follow the current account and its corrections.
 */
final class Questions {

    private static final String OUTLET = "CASE WHEN a.outlet = '' THEN a.source ELSE a.outlet END";

    private Questions() {
    }

    static List<Answers.QuoteFound> quotes(Connection connection, String speaker, Optional<String> about) throws SQLException {
        return quotes(connection, speaker, about, 0, Integer.MAX_VALUE).quotes();
    }

    /** The quotes of {@link #quotes(Connection, String, Optional)} from {@code offset}, at most {@code limit}, and how many there are. */
    static Answers.QuotePage quotes(Connection connection, String speaker, Optional<String> about, int offset, int limit)
            throws SQLException {
        // Joins rather than EXISTS, starting from the entity's members (indexed): H2 plans these well, EXISTS it does not.
        // The mentions inside each quote are rows of their own (quote_mentions), so "about" is a lookup too.
        String sql = about.isEmpty()
                ? "SELECT q.article_id, " + OUTLET + ", q.speaker_text, q.quote_text, q.begin_offset, q.end_offset"
                        + " FROM entity_members em JOIN quotes q ON q.speaker_member = em.member JOIN articles a ON a.id = q.article_id"
                        + " WHERE em.entity_id = ? AND a.superseded_by IS NULL ORDER BY a.seq, q.position"
                : "SELECT DISTINCT q.article_id, " + OUTLET + ", q.speaker_text, q.quote_text, q.begin_offset, q.end_offset,"
                        + " a.seq, q.position FROM entity_members em JOIN quote_mentions qm ON qm.speaker_member = em.member"
                        + " JOIN entity_members e2 ON e2.member = qm.member"
                        + " JOIN quotes q ON q.article_id = qm.article_id AND q.position = qm.quote_position"
                        + " JOIN articles a ON a.id = q.article_id"
                        + " WHERE em.entity_id = ? AND e2.entity_id = ? AND a.superseded_by IS NULL ORDER BY a.seq, q.position";
        // One pass over the question's rows (planned from the entity's members), keeping only the page's quotes.
        List<Answers.QuoteFound> quotes = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, speaker);
            if (about.isPresent()) {
                statement.setString(2, about.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (total >= offset && quotes.size() < limit) {
                        quotes.add(new Answers.QuoteFound(result.getString(1), result.getString(2),
                                Optional.ofNullable(result.getString(3)), result.getString(4),
                                new Span(result.getInt(5), result.getInt(6))));
                    }
                    total++;
                }
            }
        }
        return new Answers.QuotePage(total, quotes);
    }

    /** The quotes about {@code entity} (their mentions of it, in current articles), grouped by speaker. */
    private static final String SPEAKERS_ABOUT = " FROM entity_members e2 JOIN quote_mentions qm ON qm.member = e2.member"
            + " JOIN entity_members em ON em.member = qm.speaker_member JOIN entities e ON e.id = em.entity_id"
            + " JOIN articles a ON a.id = qm.article_id"
            + " WHERE e2.entity_id = ? AND a.superseded_by IS NULL GROUP BY em.entity_id, e.name";

    static List<Answers.Speaker> speakersAbout(Connection connection, String entity) throws SQLException {
        return speakersAbout(connection, entity, 0, Integer.MAX_VALUE).items();
    }

    /**
     * The speakers of {@link #speakersAbout(Connection, String)} from {@code offset}, at most {@code limit}: one pass over
     * the database's groups (planned from the entity's members, as the whole list is), keeping only the page's.
     */
    static Answers.Page<Answers.Speaker> speakersAbout(Connection connection, String entity, int offset, int limit)
            throws SQLException {
        String sql = "SELECT em.entity_id, e.name, COUNT(DISTINCT qm.article_id || ':' || qm.quote_position) AS quotes"
                + SPEAKERS_ABOUT + " ORDER BY quotes DESC, e.name";
        List<Answers.Speaker> speakers = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, entity);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (total >= offset && speakers.size() < limit) {
                        speakers.add(new Answers.Speaker(result.getString(1), result.getString(2), result.getLong(3)));
                    }
                    total++;
                }
            }
        }
        return new Answers.Page<>(total, speakers);
    }

    static List<Event> timeline(Connection connection, String entity) throws SQLException {
        return timeline(connection, entity, 0, Integer.MAX_VALUE).items();
    }

    /**
     * The events {@code entity} takes part in from {@code offset}, at most {@code limit}, in timeline order: one pass over
     * the participants' rows (planned from their index, as the whole timeline is), decoding only the page's records.
     */
    static Answers.Page<Event> timeline(Connection connection, String entity, int offset, int limit) throws SQLException {
        List<Event> events = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT v.record FROM events v"
                + " JOIN event_participants p ON p.event_id = v.id WHERE p.entity_id = ? ORDER BY v.timeline_rank, v.position")) {
            statement.setString(1, entity);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    if (total >= offset && events.size() < limit) {
                        events.add(ModelJson.decompressed(result.getBytes(1), Event.class));
                    }
                    total++;
                }
            }
        }
        return new Answers.Page<>(total, events);
    }

    /**
     * The given articles as search hits without score or snippets, in the order given (those the store does not hold left
     * out): read by their ids' index from the articles' columns, never decoding their records.
     */
    static List<SearchHit> articleHeads(Connection connection, List<String> ids) throws SQLException {
        Map<String, SearchHit> found = new java.util.HashMap<>();
        StorySources.forEachChunk(ids, (placeholders, chunk) -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT a.id, a.source, a.title, " + OUTLET
                    + ", a.url, a.published FROM articles a WHERE a.id IN (" + placeholders + ")")) {
                StorySources.bind(statement, chunk);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        java.sql.Date published = result.getDate(6);
                        found.put(result.getString(1), new SearchHit(result.getString(1), result.getString(2),
                                Optional.ofNullable(result.getString(3)), result.getString(4), Optional.ofNullable(result.getString(5)),
                                Optional.ofNullable(published).map(java.sql.Date::toLocalDate), 0, List.of()));
                    }
                }
            }
        });
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    static Optional<Answers.ClaimCoverage> claimCoverage(Connection connection, String claimId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT s.record FROM claims c JOIN stories s ON s.id = c.story_id WHERE c.id = ?")) {
            statement.setString(1, claimId);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Story story = ModelJson.decompressed(result.getBytes(1), Story.class);
                for (Claim claim : story.claims()) {
                    if (claim.id().equals(claimId)) {
                        Map<String, org.parallax.model.Stance> outlets = new LinkedHashMap<>();
                        story.outlets().forEach(outlet -> outlets.put(outlet, story.stance(claim, outlet)));
                        return Optional.of(new Answers.ClaimCoverage(claim, story.id(), outlets));
                    }
                }
                return Optional.empty();
            }
        }
    }

    static List<String> findEntities(Connection connection, String idOrName) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM entities WHERE id = ?")) {
            statement.setString(1, idOrName);
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    return List.of(result.getString(1));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT n.entity_id, e.position FROM entity_names n"
                + " JOIN entities e ON e.id = n.entity_id WHERE LOWER(n.name) = ? ORDER BY e.position")) {
            statement.setString(1, idOrName.toLowerCase(Locale.ROOT).strip());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getString(1));
                }
            }
        }
        return ids;
    }
}
