package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountIds;
import org.parallax.model.Claim;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.EntityAlias;
import org.parallax.model.Event;
import org.parallax.model.Story;

/**
 * The cross-article account in the store: entities (with their names and per-article members),
 * events, stories (with their articles and independent sources) and claims. It is updated in one
 * transaction, writing only what changed, so readers see the old account or the new, never a mix.
 */
final class AccountRecords {

    private AccountRecords() {
    }

    /**
     * Replaces the stored account {@code previous} with {@code next}, writing only what differs:
     * records that changed or moved, and their rows; and marks the articles whose search documents
     * change with them (those with a member that now resolves to another entity, or now in other
     * stories) for the index to refresh ({@code index_refresh}), instead of a new generation that rewrites every
     * document. One transaction, like {@link #replace}.
     */
    static void update(Connection connection, CrossArticle previous, CrossArticle next) throws SQLException {
        Changes<Entity> entities = Changes.of(previous.entities(), next.entities(), Entity::id, AccountRecords::index);
        Changes<Story> stories = Changes.of(previous.stories(), next.stories(), Story::id,
                (story, index) -> AccountIndex.storyPosition(story.id(), index));
        Changes<Event> events = Changes.of(previous.events(), next.events(), Event::id, AccountRecords::index);
        Map<String, Integer> entitiesMoved = entities.moved(storedPositions(connection, "entities"));
        Map<String, Integer> storiesMoved = stories.moved(storedPositions(connection, "stories"));
        Map<String, Integer> eventsMoved = events.moved(storedPositions(connection, "events"));
        write(connection, entities, events, stories);
        move(connection, "entities", entitiesMoved);
        move(connection, "events", eventsMoved);
        move(connection, "stories", storiesMoved);
    }

    /**
     * Writes what joining articles to the stored account changed ({@link AccountChange}, the part of the account it
     * read and what that part became): the records removed, changed or new, and their rows. A changed entity keeps its
     * place and new ones follow the last; changed and new events follow the others of their date (as the
     * whole-account extend places them); stories are placed by their numbers. The rest of the account is not read.
     * Marks the articles whose search documents change, like {@link #update}; one transaction.
     */
    static void apply(Connection connection, AccountChange change) throws SQLException {
        Changes<Entity> entities = Changes.of(change.before().entities(), change.after().entities(), Entity::id,
                AccountRecords::index);
        Changes<Event> events = Changes.of(change.before().events(), change.after().events(), Event::id, AccountRecords::index);
        Changes<Story> stories = Changes.of(change.before().stories(), change.after().stories(), Story::id,
                (story, index) -> AccountIndex.storyPosition(story.id(), index));
        Map<String, Integer> kept = new HashMap<>();
        AccountIndex.forEachRow(connection, "SELECT id, position FROM entities WHERE id IN", "",
                entities.written().stream().map(Entity::id).toList(), row -> kept.put(row.getString(1), row.getInt(2)));
        int nextEntity = highestPosition(connection, "entities");
        for (Entity entity : entities.written()) {
            entities.positions().put(entity.id(), kept.containsKey(entity.id()) ? kept.get(entity.id()) : ++nextEntity);
        }
        int nextEvent = highestPosition(connection, "events");
        for (Event event : events.written()) {
            events.positions().put(event.id(), ++nextEvent);
        }
        write(connection, entities, events, stories);
    }

    private static Map<String, Integer> storedPositions(Connection connection, String table) throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, position FROM " + table)) {
            while (result.next()) {
                positions.put(result.getString(1), result.getInt(2));
            }
        }
        return positions;
    }

    private static int index(Object record, int index) {
        return index;
    }

    private static int highestPosition(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(position) FROM " + table)) {
            result.next();
            int highest = result.getInt(1);
            return result.wasNull() ? -1 : highest;
        }
    }

    private static final List<String> DELETE_ENTITY = List.of("DELETE FROM entity_names WHERE entity_id = ?",
            "DELETE FROM entity_keys WHERE entity_id = ?",
            "DELETE FROM entity_block_forms WHERE entity_id = ?", "DELETE FROM entities WHERE id = ?");

    private static final String INSERT_BLOCK_FORM = "INSERT INTO entity_block_forms (entity_id, entity_key, form) VALUES (?, ?, ?)";

    /** Adds {@code entity}'s rows of {@code entity_block_forms} ({@link AccountIndex#blockForms}) to the batch. */
    private static void addBlockForms(PreparedStatement form, Entity entity) throws SQLException {
        for (AccountIndex.BlockForm each : AccountIndex.blockForms(entity)) {
            form.setString(1, entity.id());
            form.setLong(2, each.key());
            form.setBytes(3, each.form());
            form.addBatch();
        }
    }
    private static final List<String> DELETE_EVENT = List.of("DELETE FROM event_participants WHERE event_id = ?",
            "DELETE FROM event_articles WHERE event_id = ?", "DELETE FROM events WHERE id = ?");
    private static final List<String> DELETE_STORY = List.of("DELETE FROM claims WHERE story_id = ?",
            "DELETE FROM story_articles WHERE story_id = ?", "DELETE FROM story_outlets WHERE story_id = ?",
            "DELETE FROM story_entities WHERE story_id = ?", "DELETE FROM stories WHERE id = ?");

    /** Removes and writes the changed records, and marks the articles whose search documents change with them. */
    private static void write(Connection connection, Changes<Entity> entities, Changes<Event> events, Changes<Story> stories)
            throws SQLException {
        Set<String> refresh = new HashSet<>();
        Map<String, String> entityBefore = new HashMap<>();
        Map<String, String> entityAfter = new HashMap<>();
        entities.replaced().forEach(entity -> entity.members().forEach(member -> entityBefore.put(member, entity.id())));
        entities.written().forEach(entity -> entity.members().forEach(member -> entityAfter.put(member, entity.id())));
        changedKeys(entityBefore, entityAfter).forEach(member -> refresh.add(Corrections.articleOf(member)));
        Map<String, Set<String>> storiesBefore = new HashMap<>();
        Map<String, Set<String>> storiesAfter = new HashMap<>();
        stories.replaced().forEach(story -> story.articles().forEach(article ->
                storiesBefore.computeIfAbsent(article, key -> new HashSet<>()).add(story.id())));
        stories.written().forEach(story -> story.articles().forEach(article ->
                storiesAfter.computeIfAbsent(article, key -> new HashSet<>()).add(story.id())));
        refresh.addAll(changedKeys(storiesBefore, storiesAfter));
        Set<String> storyArticles = new HashSet<>(storiesBefore.keySet());
        storyArticles.addAll(storiesAfter.keySet());
        Set<String> coveredBefore = AccountCounts.covered(connection, storyArticles);

        delete(connection, DELETE_ENTITY, entities.removed());
        Map<String, Set<String>> keptMembers = deleteMembers(connection, entities);
        delete(connection, DELETE_EVENT, events.removed());
        delete(connection, DELETE_STORY, stories.removed());
        insertEntities(connection, entities.written(), entities.positions(), keptMembers);
        insertEvents(connection, events.written(), events.positions());
        insertStories(connection, stories.written(), stories.positions());
        AccountCounts.storiesChanged(connection, storyArticles, coveredBefore);
        try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM index_refresh WHERE article_id = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO index_refresh (article_id) VALUES (?)")) {
            for (String article : refresh) {
                known.setString(1, article);
                try (ResultSet result = known.executeQuery()) {
                    if (result.next()) {
                        continue;
                    }
                }
                insert.setString(1, article);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The keys whose values differ between two maps (or that only one holds). */
    private static <V> Set<String> changedKeys(Map<String, V> before, Map<String, V> after) {
        Set<String> changed = new HashSet<>();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.add(key);
            }
        });
        after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(changed::add);
        return changed;
    }

    /**
     * What differs between two lists of records with ids: the earlier versions of the records gone
     * or changed, the ids to remove (gone, or changed and so written again), the records to write
     * (new or changed) and where ({@code positions}), and where each record of the next list is to be
     * ({@code targets}: {@code position} of a record and its index in its list).
     */
    private record Changes<T>(List<T> replaced, List<String> removed, List<T> written, Map<String, Integer> positions,
            Map<String, Integer> targets) {

        static <T> Changes<T> of(List<T> previous, List<T> next, Function<T, String> id,
                BiFunction<T, Integer, Integer> position) {
            Map<String, T> earlier = new HashMap<>();
            for (T record : previous) {
                earlier.put(id.apply(record), record);
            }
            Set<String> kept = new HashSet<>();
            List<T> replaced = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<T> written = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            Map<String, Integer> targets = new HashMap<>();
            for (int i = 0; i < next.size(); i++) {
                T record = next.get(i);
                String key = id.apply(record);
                kept.add(key);
                targets.put(key, position.apply(record, i));
                T old = earlier.get(key);
                if (old == null || !old.equals(record)) {
                    if (old != null) {
                        removed.add(key);
                        replaced.add(old);
                    }
                    written.add(record);
                    positions.put(key, position.apply(record, i));
                }
            }
            for (T record : previous) {
                if (!kept.contains(id.apply(record))) {
                    replaced.add(record);
                    removed.add(id.apply(record));
                }
            }
            return new Changes<>(replaced, removed, written, positions, targets);
        }

        /** The records kept as they were whose {@code stored} position is not the one they are to have, and that one. */
        Map<String, Integer> moved(Map<String, Integer> stored) {
            Map<String, Integer> moved = new HashMap<>();
            targets.forEach((key, target) -> {
                if (!positions.containsKey(key) && !target.equals(stored.get(key))) {
                    moved.put(key, target);
                }
            });
            return moved;
        }
    }

    private static void delete(Connection connection, List<String> statements, List<String> ids) throws SQLException {
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (String id : ids) {
                    statement.setString(1, id);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }

    private static void move(Connection connection, String table, Map<String, Integer> positions) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
            for (Map.Entry<String, Integer> entry : positions.entrySet()) {
                statement.setInt(1, entry.getValue());
                statement.setString(2, entry.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Removes the {@code entity_members} rows of the entities removed or rewritten that their next versions no longer
     * hold, and returns, for each rewritten entity, the members whose rows it keeps: a rewritten entity's rows change by
     * what its members changed, not all of them (an entity every article names, a country, holds a member per article,
     * and rewriting all its rows made each ingest that named it cost what the store holds). Members that move between
     * entities are removed here before any is inserted ({@link #insertEntities}), as the table's key needs.
     */
    private static Map<String, Set<String>> deleteMembers(Connection connection, Changes<Entity> entities) throws SQLException {
        Map<String, Set<String>> next = new HashMap<>();
        entities.written().forEach(entity -> next.put(entity.id(), new HashSet<>(entity.members())));
        Map<String, Set<String>> kept = new HashMap<>();
        try (PreparedStatement all = connection.prepareStatement("DELETE FROM entity_members WHERE entity_id = ?");
                PreparedStatement one = connection.prepareStatement("DELETE FROM entity_members WHERE member = ? AND entity_id = ?")) {
            for (Entity earlier : entities.replaced()) {
                Set<String> members = next.get(earlier.id());
                if (members == null) {
                    all.setString(1, earlier.id());
                    all.addBatch();
                    continue;
                }
                Set<String> keeps = new HashSet<>();
                for (String member : new LinkedHashSet<>(earlier.members())) {
                    if (members.contains(member)) {
                        keeps.add(member);
                    } else {
                        one.setString(1, member);
                        one.setString(2, earlier.id());
                        one.addBatch();
                    }
                }
                kept.put(earlier.id(), keeps);
            }
            all.executeBatch();
            one.executeBatch();
        }
        return kept;
    }

    private static void insertEntities(Connection connection, List<Entity> entities, Map<String, Integer> positions)
            throws SQLException {
        insertEntities(connection, entities, positions, Map.of());
    }

    /** Inserts the entities' rows, but the {@code entity_members} rows {@code keptMembers} says each kept. */
    private static void insertEntities(Connection connection, List<Entity> entities, Map<String, Integer> positions,
            Map<String, Set<String>> keptMembers) throws SQLException {
        try (PreparedStatement entity = connection.prepareStatement(
                "INSERT INTO entities (id, position, name, type, record, id_number) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement name = connection.prepareStatement("INSERT INTO entity_names (entity_id, name) VALUES (?, ?)");
                PreparedStatement member = connection.prepareStatement(
                        "INSERT INTO entity_members (member, entity_id) VALUES (?, ?)");
                PreparedStatement key = connection.prepareStatement("INSERT INTO entity_keys (entity_id, entity_key) VALUES (?, ?)");
                PreparedStatement form = connection.prepareStatement(INSERT_BLOCK_FORM)) {
            for (Entity resolved : entities) {
                entity.setString(1, resolved.id());
                entity.setInt(2, positions.get(resolved.id()));
                entity.setString(3, resolved.name());
                entity.setString(4, resolved.type().name());
                entity.setBytes(5, ModelJson.compressed(resolved));
                setIdNumber(entity, 6, resolved.id(), "e");
                entity.addBatch();
                Set<String> names = new LinkedHashSet<>();
                names.add(resolved.name());
                resolved.aliases().stream().map(EntityAlias::name).forEach(names::add);
                for (String each : names) {
                    name.setString(1, resolved.id());
                    name.setString(2, each);
                    name.addBatch();
                }
                Set<String> kept = keptMembers.getOrDefault(resolved.id(), Set.of());
                for (String each : new LinkedHashSet<>(resolved.members())) {
                    if (kept.contains(each)) {
                        continue;
                    }
                    member.setString(1, each);
                    member.setString(2, resolved.id());
                    member.addBatch();
                }
                for (long each : AccountIndex.keys(resolved)) {
                    key.setString(1, resolved.id());
                    key.setLong(2, each);
                    key.addBatch();
                }
                addBlockForms(form, resolved);
            }
            entity.executeBatch();
            name.executeBatch();
            member.executeBatch();
            key.executeBatch();
            form.executeBatch();
        }
    }

    private static void insertEvents(Connection connection, List<Event> events, Map<String, Integer> positions)
            throws SQLException {
        try (PreparedStatement event = connection.prepareStatement(
                "INSERT INTO events (id, position, event_date, record, timeline_rank, id_number) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement participant = connection.prepareStatement(
                        "INSERT INTO event_participants (event_id, entity_id) VALUES (?, ?)");
                PreparedStatement article = connection.prepareStatement(
                        INSERT_EVENT_ARTICLE)) {
            for (Event each : events) {
                event.setString(1, each.id());
                event.setInt(2, positions.get(each.id()));
                event.setString(3, each.date().orElse(null));
                event.setBytes(4, ModelJson.compressed(each));
                event.setLong(5, AccountIndex.timelineRank(each.date()));
                setIdNumber(event, 6, each.id(), "v");
                event.addBatch();
                for (String entity : new LinkedHashSet<>(each.participants())) {
                    participant.setString(1, each.id());
                    participant.setString(2, entity);
                    participant.addBatch();
                }
                addEventArticles(article, each);
            }
            event.executeBatch();
            participant.executeBatch();
            article.executeBatch();
        }
    }

    private static void insertStories(Connection connection, List<Story> stories, Map<String, Integer> positions)
            throws SQLException {
        StorySources sources = StorySources.load(connection, stories.stream().flatMap(story -> story.articles().stream()).toList());
        try (PreparedStatement story = connection.prepareStatement("INSERT INTO stories (id, position, title,"
                + " article_count, independent_sources, outlet_count, record, id_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement article = connection.prepareStatement(
                        "INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)");
                PreparedStatement claim = connection.prepareStatement(
                        "INSERT INTO claims (id, story_id, statement, coverage, record, id_number) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement outlet = connection.prepareStatement(INSERT_COVERAGE);
                PreparedStatement cast = connection.prepareStatement(INSERT_CAST)) {
            for (Story each : stories) {
                addCast(cast, each);
                Set<String> articles = new LinkedHashSet<>(each.articles());
                List<Answers.OutletCoverage> coverage = sources.coverage(articles);
                story.setString(1, each.id());
                story.setInt(2, positions.get(each.id()));
                story.setString(3, each.title());
                story.setInt(4, articles.size());
                story.setInt(5, sources.independentSources(articles));
                story.setInt(6, coverage.size());
                story.setBytes(7, ModelJson.compressed(each));
                setIdNumber(story, 8, each.id(), "s");
                story.addBatch();
                for (String id : articles) {
                    article.setString(1, each.id());
                    article.setString(2, id);
                    article.addBatch();
                }
                for (Claim each2 : each.claims()) {
                    claim.setString(1, each2.id());
                    claim.setString(2, each.id());
                    claim.setString(3, each2.statement());
                    claim.setString(4, each2.coverage().name());
                    claim.setBytes(5, ModelJson.compressed(each2));
                    setIdNumber(claim, 6, each2.id(), "c");
                    claim.addBatch();
                }
                addCoverage(outlet, each.id(), coverage);
            }
            story.executeBatch();
            article.executeBatch();
            claim.executeBatch();
            outlet.executeBatch();
            cast.executeBatch();
        }
    }

    private static final String INSERT_CAST = "INSERT INTO story_entities (story_id, entity_id) VALUES (?, ?)";
    private static final String INSERT_EVENT_ARTICLE = "INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)";

    private static void addCast(PreparedStatement statement, Story story) throws SQLException {
        for (String entity : new LinkedHashSet<>(story.entities())) {
            statement.setString(1, story.id());
            statement.setString(2, entity);
            statement.addBatch();
        }
    }

    private static void addEventArticles(PreparedStatement statement, Event event) throws SQLException {
        Set<String> articles = new LinkedHashSet<>();
        event.evidence().forEach(evidence -> articles.add(evidence.article()));
        for (String article : articles) {
            statement.setString(1, event.id());
            statement.setString(2, article);
            statement.addBatch();
        }
    }

    private static final String INSERT_COVERAGE = "INSERT INTO story_outlets (story_id, position, outlet, articles,"
            + " independent_sources) VALUES (?, ?, ?, ?, ?)";

    private static void addCoverage(PreparedStatement statement, String story, List<Answers.OutletCoverage> coverage)
            throws SQLException {
        for (int i = 0; i < coverage.size(); i++) {
            statement.setString(1, story);
            statement.setInt(2, i);
            statement.setString(3, coverage.get(i).outlet());
            statement.setInt(4, coverage.get(i).articles());
            statement.setInt(5, coverage.get(i).independentSources());
            statement.addBatch();
        }
    }

    /**
     * Counts the coverage by outlet of the stories stored before schema 6 (whose {@code outlet_count} is NULL), once,
     * a story at a time; returns how many it counted.
     */
    static int completeCoverage(Connection connection) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM stories WHERE outlet_count IS NULL");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                missing.add(result.getString(1));
            }
        }
        try (PreparedStatement articles = connection.prepareStatement("SELECT article_id FROM story_articles WHERE story_id = ?");
                PreparedStatement outlet = connection.prepareStatement(INSERT_COVERAGE);
                PreparedStatement count = connection.prepareStatement("UPDATE stories SET outlet_count = ? WHERE id = ?")) {
            for (String story : missing) {
                Set<String> members = new LinkedHashSet<>();
                articles.setString(1, story);
                try (ResultSet result = articles.executeQuery()) {
                    while (result.next()) {
                        members.add(result.getString(1));
                    }
                }
                List<Answers.OutletCoverage> coverage = StorySources.load(connection, members).coverage(members);
                addCoverage(outlet, story, coverage);
                outlet.executeBatch();
                count.setInt(1, coverage.size());
                count.setString(2, story);
                count.executeUpdate();
            }
        }
        return missing.size();
    }

    /**
     * Fills the account's indexes of schema 7 (entities' name keys, stories' casts and positions by number,
     * events' articles and timeline ranks) for the records stored before it, once, a page of records at a time;
     * returns how many records it indexed.
     */
    static int completeIndexes(Connection connection) throws SQLException {
        return completeSchema7Indexes(connection) + completeBlockForms(connection) + completeIdNumbers(connection)
                + AccountCounts.complete(connection);
    }

    /** Sets parameter {@code index} to the number of {@code id} ({@code <prefix><n>}), or NULL for an id not of that form. */
    private static void setIdNumber(PreparedStatement statement, int index, String id, String prefix) throws SQLException {
        int number = AccountIds.maxNumber(List.of(id), prefix);
        if (number > 0) {
            statement.setInt(index, number);
        } else {
            statement.setNull(index, java.sql.Types.INTEGER);
        }
    }

    /** The tables of numbered account records, with their ids' prefixes. */
    static final Map<String, String> NUMBERED = Map.of("entities", "e", "events", "v", "stories", "s", "claims", "c");

    /** Fills {@code id_number} (schema 9) for the records stored before it, once, a page of ids at a time. */
    private static int completeIdNumbers(Connection connection) throws SQLException {
        if (!toFill(connection, "account_id_numbers")) {
            return 0;
        }
        int filled = 0;
        for (Map.Entry<String, String> table : NUMBERED.entrySet()) {
            String after = "";
            try (PreparedStatement page = connection.prepareStatement("SELECT id FROM " + table.getKey()
                    + " WHERE id > ? ORDER BY id LIMIT " + AccountIndex.IDS_PER_STATEMENT);
                    PreparedStatement number = connection.prepareStatement(
                            "UPDATE " + table.getKey() + " SET id_number = ? WHERE id = ?")) {
                int read;
                do {
                    page.setString(1, after);
                    read = 0;
                    try (ResultSet result = page.executeQuery()) {
                        while (result.next()) {
                            after = result.getString(1);
                            read++;
                            setIdNumber(number, 1, after, table.getValue());
                            number.setString(2, after);
                            number.addBatch();
                        }
                    }
                    number.executeBatch();
                    filled += read;
                } while (read == AccountIndex.IDS_PER_STATEMENT);
            }
        }
        filled(connection, "account_id_numbers");
        return filled;
    }

    /** Whether the store still has to fill the indexes that {@code store_state}'s row {@code name} stands for (its number is 0). */
    private static boolean toFill(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT number FROM store_state WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) == 0;
            }
        }
    }

    private static void filled(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE store_state SET number = 1 WHERE name = ?")) {
            statement.setString(1, name);
            statement.executeUpdate();
        }
    }

    /** Fills {@code entity_block_forms} (schema 8) for the entities stored before it, once. */
    private static int completeBlockForms(Connection connection) throws SQLException {
        if (!toFill(connection, "account_block_forms")) {
            return 0;
        }
        int indexed;
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM entity_block_forms");
        }
        try (PreparedStatement form = connection.prepareStatement(INSERT_BLOCK_FORM)) {
            indexed = forEachPage(connection, "entities", Entity.class, (entity, position) -> addBlockForms(form, entity), form);
        }
        filled(connection, "account_block_forms");
        return indexed;
    }

    private static int completeSchema7Indexes(Connection connection) throws SQLException {
        if (!toFill(connection, "account_index")) {
            return 0;
        }
        int indexed = 0;
        try (PreparedStatement key = connection.prepareStatement("INSERT INTO entity_keys (entity_id, entity_key) VALUES (?, ?)")) {
            indexed += forEachPage(connection, "entities", Entity.class, (entity, position) -> {
                for (long each : AccountIndex.keys(entity)) {
                    key.setString(1, entity.id());
                    key.setLong(2, each);
                    key.addBatch();
                }
            }, key);
        }
        try (PreparedStatement cast = connection.prepareStatement(INSERT_CAST);
                PreparedStatement place = connection.prepareStatement("UPDATE stories SET position = ? WHERE id = ?")) {
            indexed += forEachPage(connection, "stories", Story.class, (story, position) -> {
                addCast(cast, story);
                place.setInt(1, AccountIndex.storyPosition(story.id(), position));
                place.setString(2, story.id());
                place.addBatch();
            }, cast, place);
        }
        try (PreparedStatement article = connection.prepareStatement(INSERT_EVENT_ARTICLE);
                PreparedStatement rank = connection.prepareStatement("UPDATE events SET timeline_rank = ? WHERE id = ?")) {
            indexed += forEachPage(connection, "events", Event.class, (event, position) -> {
                addEventArticles(article, event);
                rank.setLong(1, AccountIndex.timelineRank(event.date()));
                rank.setString(2, event.id());
                rank.addBatch();
            }, article, rank);
        }
        filled(connection, "account_index");
        return indexed;
    }

    /** Receives one stored record with its position. */
    @FunctionalInterface
    private interface RecordVisitor<T> {
        void visit(T record, int position) throws SQLException;
    }

    /** Visits every record of a table, a page at a time in order of ids, running the batches after each page. */
    private static <T> int forEachPage(Connection connection, String table, Class<T> type, RecordVisitor<T> visitor,
            PreparedStatement... batches) throws SQLException {
        int visited = 0;
        String after = "";
        try (PreparedStatement page = connection.prepareStatement("SELECT id, position, record FROM " + table
                + " WHERE id > ? ORDER BY id LIMIT " + AccountIndex.IDS_PER_STATEMENT)) {
            while (true) {
                page.setString(1, after);
                int read = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        after = result.getString(1);
                        visitor.visit(ModelJson.decompressed(result.getBytes(3), type), result.getInt(2));
                        read++;
                    }
                }
                for (PreparedStatement batch : batches) {
                    batch.executeBatch();
                }
                visited += read;
                if (read < AccountIndex.IDS_PER_STATEMENT) {
                    return visited;
                }
            }
        }
    }

    /** The stored account, in account order (entities as resolved, events on the timeline, stories by number). */
    static CrossArticle read(Connection connection) throws SQLException {
        return new CrossArticle(records(connection, "entities", Entity.class), records(connection, "events", Event.class),
                records(connection, "stories", Story.class));
    }

    /** The columns that put a table of the account in account order, without ties. */
    static String order(String table) {
        return table.equals("events") ? "timeline_rank, position" : "position, id";
    }

    static <T> List<T> records(Connection connection, String table, Class<T> type) throws SQLException {
        List<T> records = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT record FROM " + table + " ORDER BY " + order(table));
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                records.add(ModelJson.decompressed(result.getBytes(1), type));
            }
        }
        return records;
    }
}
