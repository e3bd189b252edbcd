package org.parallax.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.parallax.crossarticle.AccountIds;
import org.parallax.crossarticle.stories.EmbeddingCache;
import org.parallax.model.AnalyzedArticle;
import org.parallax.model.Article;
import org.parallax.crossarticle.AccountChange;
import org.parallax.crossarticle.AccountView;
import org.parallax.model.CrossArticle;
import org.parallax.model.Entity;
import org.parallax.model.Event;
import org.parallax.model.InputProblem;
import org.parallax.model.ProblemCategory;
import org.parallax.model.Story;
import org.parallax.pipeline.ArticleDestination;
import org.parallax.pipeline.ArticleSource;

/**
 * The store over either backend: records through JDBC ({@link Database}), search through Lucene
 * ({@link SearchIndex}), kept in step by {@link IndexSync}. Writes (and bringing the index up to
 * date) are synchronised on the store: one writer at a time uses the writer's connection and the
 * index writer. Reads take no lock: each uses a connection of the read pool and a shared Lucene
 * searcher, so concurrent readers run in parallel and never wait for a writer; they see what was
 * committed.
 */
final class ParallaxStore implements Store {

    /** How many records are read from the database at a time when all of them are walked. */
    private static final int PAGE = 500;
    /** How many new embeddings wait in memory before they are written (about 1.6 KB each). */
    private static final int EMBEDDINGS_PER_WRITE = 2_000;

    private final StoreLocation location;
    private final Database database;
    private final SearchIndex index;

    private ParallaxStore(StoreLocation location, Database database, SearchIndex index) {
        this.location = location;
        this.database = database;
        this.index = index;
    }

    static ParallaxStore open(StoreLocation location) {
        Database database = Database.open(location);
        SearchIndex index;
        try {
            index = SearchIndex.open(location.indexFolder());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ParallaxStore store = new ParallaxStore(location, database, index);
        try {
            database.transaction("bring the search index up to date", connection -> {
                AccountRecords.completeCoverage(connection);
                AccountRecords.completeIndexes(connection);
                IndexSync.catchUp(connection, index);
                return null;
            });
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public synchronized ArticleDestination destination(String who) {
        if (!index.writable()) {
            throw new StoreException(StoreException.Kind.BUSY, "the store " + location
                    + " is busy: another Parallax process on this machine is writing its search index");
        }
        database.lockForWriting();
        return new Destination();
    }

    /** The pipeline's way into the store. */
    private final class Destination implements ArticleDestination {
        /** Identities admitted in this run but not stored yet: a corpus may hold one article twice. */
        private final Set<String> pending = new HashSet<>();
        private final Map<String, ArticleRecords.Admission> admitted = new HashMap<>();
        /** Embeddings the cross-article layer computed that are not written yet (see {@link #embeddingCache()}). */
        private final Map<String, float[]> pendingEmbeddings = new HashMap<>();
        /** The last correction of the audit log when this destination last served a view of the account (0: none). */
        private long correctionSeen;

        @Override
        public Optional<Article> admit(Article article) {
            Optional<ArticleRecords.Admission> admission = database.read("look up an article",
                    connection -> ArticleRecords.admit(connection, article));
            if (admission.isEmpty()) {
                return Optional.empty();
            }
            ArticleRecords.Admission found = admission.get();
            String outlet = article.outlet().orElse("");
            boolean first = pending.add(found.contentHash() + "\n" + outlet);
            if (article.url().isPresent()) {
                first = pending.add(found.contentHash() + "\n" + article.url().get()) && first;
            }
            if (!first || admitted.containsKey(found.article().id())) {
                return Optional.empty();
            }
            admitted.put(found.article().id(), found);
            return Optional.of(found.article());
        }

        @Override
        public void keep(List<AnalyzedArticle> articles, List<InputProblem> problems) {
            writeEmbeddings();
            synchronized (ParallaxStore.this) {
                database.transaction("store a batch of articles", connection -> {
                    for (AnalyzedArticle analyzed : articles) {
                        ArticleRecords.Admission admission = admitted.remove(analyzed.article().id());
                        if (admission == null) {
                            throw new IllegalStateException("article " + analyzed.article().id() + " was not admitted");
                        }
                        ArticleRecords.insert(connection, admission, analyzed);
                    }
                    insertProblems(connection, problems);
                    return null;
                });
                database.transaction("index a batch of articles", connection -> {
                    IndexSync.catchUp(connection, index);
                    return null;
                });
            }
        }

        @Override
        public List<AnalyzedArticle> corpus() {
            List<AnalyzedArticle> corpus = new ArrayList<>();
            forEachArticle(stored -> corpus.add(stored.analyzed()));
            return corpus;
        }

        @Override
        public void keep(CrossArticle crossArticle) {
            writeEmbeddings();
            replaceAccount(crossArticle);
        }

        /** The stored account, unless it is empty or covers an article an update has since superseded. */
        @Override
        public Optional<CrossArticle> account() {
            return database.read("read the cross-article account", connection -> {
                if (AccountCounts.superseded(connection) > 0) {
                    return Optional.<CrossArticle>empty();
                }
                CrossArticle account = AccountRecords.read(connection);
                return account.stories().isEmpty() ? Optional.<CrossArticle>empty() : Optional.of(account);
            });
        }

        /**
         * The stored account as the incremental step reads it, part by part through its indexes
         * ({@link StoredAccount}), when it may be extended so: it is not empty and covers no superseded
         * article. Corrections are made again on the part the step changes ({@link #keep(AccountChange)}); the last
         * correction of the audit log is remembered, so that one made while the step runs sends its change through
         * the whole account instead.
         */
        @Override
        public Optional<AccountView> accountView() {
            // Counts kept with the account (schema 9) and the first row of its stories, not counts over the store.
            boolean partial = database.read("look at the cross-article account", connection -> {
                correctionSeen = lastCorrection(connection);
                return any(connection, "stories") && AccountCounts.superseded(connection) == 0;
            });
            return partial ? Optional.of(new StoredAccount(database)) : Optional.empty();
        }

        /** Whether the table holds a row. */
        private static boolean any(Connection connection, String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                return result.next();
            }
        }

        @Override
        public void keep(AccountChange change) {
            writeEmbeddings();
            changeAccount(change, correctionSeen);
        }

        @Override
        public List<AnalyzedArticle> articles(Collection<String> ids) {
            return database.read("read articles", connection -> ArticleRecords.findAll(connection, ids));
        }

        /**
         * The embeddings kept in the table {@code text_embeddings}. New ones wait in memory and are written
         * {@link #EMBEDDINGS_PER_WRITE} at a time, and the rest when this destination next keeps anything
         * (the account, or problems), in few transactions rather than one per call of the embedder (every
         * commit of H2 appends to its file). A crash before then loses only embeddings, computed again later.
         */
        @Override
        public EmbeddingCache embeddingCache() {
            return new EmbeddingCache() {
                @Override
                public Map<String, float[]> find(Collection<String> keys) {
                    Map<String, float[]> found = new HashMap<>();
                    List<String> rest = new ArrayList<>();
                    for (String key : keys) {
                        float[] waiting = pendingEmbeddings.get(key);
                        if (waiting != null) {
                            found.put(key, waiting);
                        } else {
                            rest.add(key);
                        }
                    }
                    found.putAll(database.read("read kept embeddings", connection -> EmbeddingRecords.find(connection, rest)));
                    return found;
                }

                @Override
                public void keep(Map<String, float[]> embeddings) {
                    embeddings.forEach(pendingEmbeddings::putIfAbsent);
                    if (pendingEmbeddings.size() >= EMBEDDINGS_PER_WRITE) {
                        writeEmbeddings();
                    }
                }
            };
        }

        /** Writes the embeddings waiting in memory, in one transaction. */
        private void writeEmbeddings() {
            if (pendingEmbeddings.isEmpty()) {
                return;
            }
            synchronized (ParallaxStore.this) {
                database.transaction("keep embeddings", connection -> {
                    EmbeddingRecords.keep(connection, pendingEmbeddings);
                    return null;
                });
            }
            pendingEmbeddings.clear();
        }
    }

    private static void insertProblems(Connection connection, List<InputProblem> problems) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO problems (input, position, category, message, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            for (InputProblem problem : problems) {
                statement.setString(1, problem.input());
                statement.setString(2, problem.position().orElse(null));
                statement.setString(3, problem.category().name());
                statement.setString(4, problem.message());
                statement.setTimestamp(5, Timestamp.from(Instant.now()));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Replaces the account with {@code computed}, the corrections of the audit log applied and the
     * ids of the account it replaces kept ({@link AccountIds}), and refreshes the index.
     */
    private synchronized void replaceAccount(CrossArticle computed) {
        database.transaction("replace the cross-article account", connection -> {
            List<Correction> log = auditLog(connection);
            CrossArticle corrected = log.isEmpty() ? computed : corrections(connection).apply(computed, log);
            CrossArticle previous = AccountRecords.read(connection);
            AccountRecords.update(connection, previous, AccountIds.stabilize(previous, corrected));
            return null;
        });
        database.transaction("refresh the search index", connection -> {
            IndexSync.catchUp(connection, index);
            return null;
        });
    }

    /**
     * Writes what an incremental step changed in the account ({@link AccountRecords#apply}) and refreshes the index.
     * The stored account holds the corrections of the audit log; the change's records are corrected again
     * ({@link #corrected}) so that what the new articles brought obeys them too. Where a correction was made since the
     * step read the account (the last of the log is not {@code correctionSeen}), the change is applied to the whole
     * account and that replaces it, the corrections reapplied ({@link #replaceAccount}).
     */
    private synchronized void changeAccount(AccountChange change, long correctionSeen) {
        boolean applied = database.transaction("change the cross-article account", connection -> {
            if (lastCorrection(connection) != correctionSeen) {
                return false;
            }
            List<Correction> log = auditLog(connection);
            AccountRecords.apply(connection, log.isEmpty() ? change : corrected(connection, change, log));
            return true;
        });
        if (!applied) {
            replaceAccount(change.applyTo(account()));
            return;
        }
        database.transaction("refresh the search index", connection -> {
            IndexSync.catchUp(connection, index);
            return null;
        });
    }

    /**
     * {@code account} with the audit log's corrections applied over it whole and its ids those of the stored account
     * where they match: what keeping {@code account} as computed over the whole corpus would store.
     */
    CrossArticle corrected(CrossArticle account) {
        return database.read("correct an account", connection -> {
            List<Correction> log = auditLog(connection);
            CrossArticle corrected = log.isEmpty() ? account : corrections(connection).apply(account, log);
            return AccountIds.stabilize(AccountRecords.read(connection), corrected);
        });
    }

    /** The id of the audit log's last correction; 0 when there is none. */
    private static long lastCorrection(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(id) FROM corrections")) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * {@code change} with the corrections of {@code log} applied to the records it read and wrote: the part of the
     * account the new articles touched, not the whole. A correction whose subjects the part does not hold changes
     * nothing in it (the stored account already holds it); one whose subjects the step brought together again (a
     * story it regrouped, an entity a new mention joined) is made again. The part's ids are then kept as the step's
     * were ({@link AccountIds#stabilize}), new ones numbered after the store's highest.
     */
    private static AccountChange corrected(Connection connection, AccountChange change, List<Correction> log)
            throws SQLException {
        CrossArticle after;
        try (PreparedStatement names = connection.prepareStatement("SELECT mention_text FROM mentions WHERE member = ?"
                + " UNION SELECT speaker_text FROM quotes WHERE speaker_member = ?");
                PreparedStatement outlet = connection.prepareStatement("SELECT outlet, source FROM articles WHERE id = ?")) {
            after = partCorrections(names, outlet).apply(change.after(), log);
        }
        if (after.equals(change.after())) {
            return change;
        }
        org.parallax.crossarticle.AccountNumbers highest = new org.parallax.crossarticle.AccountNumbers(
                StoredAccount.highest(connection, "entities"), StoredAccount.highest(connection, "events"),
                StoredAccount.highest(connection, "stories"), StoredAccount.highest(connection, "claims"));
        return new AccountChange(change.before(), AccountIds.stabilize(change.before(), after, highest));
    }

    /**
     * Corrections for a part of the account: the names of a member and the outlet of an article looked up by key
     * (mentions and quotes by member, articles by id) as they are asked for, rather than read for the whole store.
     */
    private static Corrections partCorrections(PreparedStatement names, PreparedStatement outlet) {
        Map<String, Set<String>> memberNames = new HashMap<>();
        Map<String, String> outlets = new HashMap<>();
        return new Corrections(member -> memberNames.computeIfAbsent(member, key -> {
            try {
                names.setString(1, key);
                names.setString(2, key);
                Set<String> found = new HashSet<>();
                try (ResultSet result = names.executeQuery()) {
                    while (result.next()) {
                        found.add(result.getString(1).toLowerCase(Locale.ROOT).strip());
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new StoreException(StoreException.Kind.INTERNAL, "could not read the names of " + key + ": " + e.getMessage(), e);
            }
        }), article -> outlets.computeIfAbsent(article, key -> {
            try {
                outlet.setString(1, key);
                try (ResultSet result = outlet.executeQuery()) {
                    if (!result.next()) {
                        return key;
                    }
                    return result.getString(1).isEmpty() ? result.getString(2) : result.getString(1);
                }
            } catch (SQLException e) {
                throw new StoreException(StoreException.Kind.INTERNAL, "could not read the outlet of " + key + ": " + e.getMessage(), e);
            }
        }));
    }

    private Corrections corrections(Connection connection) throws SQLException {
        Map<String, Set<String>> names = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT member, mention_text FROM mentions WHERE member IS NOT NULL"
                        + " UNION SELECT speaker_member, speaker_text FROM quotes WHERE speaker_member IS NOT NULL")) {
            while (result.next()) {
                names.computeIfAbsent(result.getString(1), key -> new HashSet<>())
                        .add(result.getString(2).toLowerCase(Locale.ROOT).strip());
            }
        }
        Map<String, String> outlets = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, outlet, source FROM articles")) {
            while (result.next()) {
                outlets.put(result.getString(1), result.getString(2).isEmpty() ? result.getString(3) : result.getString(2));
            }
        }
        return new Corrections(member -> names.getOrDefault(member, Set.of()), article -> outlets.getOrDefault(article, article));
    }

    @Override
    public StoreCounts counts() {
        return database.read("count its records", connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT"
                            + " (SELECT COUNT(*) FROM articles),"
                            + " (SELECT COUNT(*) FROM articles WHERE superseded_by IS NULL),"
                            + " (SELECT COUNT(*) FROM near_duplicates),"
                            + " (SELECT COUNT(*) FROM entities),"
                            + " (SELECT COUNT(*) FROM quotes),"
                            + " (SELECT COUNT(*) FROM events),"
                            + " (SELECT COUNT(*) FROM stories),"
                            + " (SELECT COUNT(*) FROM claims),"
                            + " (SELECT COUNT(*) FROM outlets),"
                            + " (SELECT COUNT(*) FROM problems),"
                            + " (SELECT COUNT(*) FROM corrections)")) {
                result.next();
                return new StoreCounts(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4),
                        result.getLong(5), result.getLong(6), result.getLong(7), result.getLong(8), result.getLong(9),
                        result.getLong(10), result.getLong(11));
            }
        });
    }

    @Override
    public SearchResults search(SearchQuery query) {
        index.refresh();
        Map<String, String> names = new HashMap<>();
        return index.search(query, id -> names.computeIfAbsent(id, key -> entityName(key).orElse(key)));
    }

    /**
     * An entity's name from its column, for the search's entity and speaker facets (up to twenty a search): reading and
     * decoding each one's whole record instead (an entity named in thousands of articles has thousands of aliases and
     * roles in it) was most of the time of a search over its articles.
     */
    private Optional<String> entityName(String id) {
        return database.read("read an entity's name", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM entities WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(result.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void forEachMatch(SearchQuery query, Consumer<StoredArticle> each) {
        index.refresh();
        List<String> ids = new ArrayList<>();
        index.forEachMatch(query, ids::add);
        for (String id : ids) {
            database.read("read an article", connection -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT seq, record, superseded_by FROM articles WHERE id = ?")) {
                    statement.setString(1, id);
                    try (ResultSet result = statement.executeQuery()) {
                        if (result.next()) {
                            each.accept(new StoredArticle(result.getLong(1),
                                    ModelJson.decompressed(result.getBytes(2), AnalyzedArticle.class),
                                    Optional.ofNullable(result.getString(3))));
                        }
                    }
                }
                return null;
            });
        }
    }

    @Override
    public void forEachArticle(Consumer<StoredArticle> each) {
        database.read("read its articles", connection -> {
            ArticleRecords.forEach(connection, 0, false, each);
            return null;
        });
    }

    /** Reads a page of articles at a time under the store's lock and hands them over outside it, so a slow reader blocks no one. */
    @Override
    public ArticleSource articles() {
        return each -> {
            long last = 0;
            while (true) {
                long after = last;
                List<StoredArticle> page = database.read("read its articles",
                        connection -> ArticleRecords.page(connection, after, false));
                if (page.isEmpty()) {
                    return;
                }
                last = page.get(page.size() - 1).seq();
                page.forEach(stored -> each.accept(stored.analyzed().article()));
            }
        };
    }

    @Override
    public Optional<AnalyzedArticle> article(String id) {
        return database.read("read an article", connection -> ArticleRecords.find(connection, id));
    }

    @Override
    public CrossArticle account() {
        return database.read("read the cross-article account", AccountRecords::read);
    }

    @Override
    public List<Answers.StorySummary> stories() {
        return database.read("read its stories", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SUMMARY + " ORDER BY position")) {
                return summaries(connection, statement);
            }
        });
    }

    /** The columns of a story's summary; its coverage is read beside it by {@link #summaries}. */
    private static final String SUMMARY = "SELECT id, record, article_count, independent_sources FROM stories";

    /** The summaries of the stories {@code statement} selects ({@link #SUMMARY}'s columns), with their coverage by outlet. */
    private static List<Answers.StorySummary> summaries(Connection connection, PreparedStatement statement) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.add(result.getString(1));
                stories.add(ModelJson.decompressed(result.getBytes(2), Story.class));
                counts.add(new int[] {result.getInt(3), result.getInt(4)});
            }
        }
        Map<String, List<Answers.OutletCoverage>> coverage = new HashMap<>();
        StorySources.forEachChunk(ids, (placeholders, chunk) -> {
            try (PreparedStatement read = connection.prepareStatement("SELECT story_id, outlet, articles, independent_sources"
                    + " FROM story_outlets WHERE story_id IN (" + placeholders + ") ORDER BY story_id, position")) {
                StorySources.bind(read, chunk);
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        coverage.computeIfAbsent(result.getString(1), key -> new ArrayList<>()).add(
                                new Answers.OutletCoverage(result.getString(2), result.getInt(3), result.getInt(4)));
                    }
                }
            }
        });
        List<Answers.StorySummary> summaries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            summaries.add(new Answers.StorySummary(stories.get(i), counts.get(i)[0], counts.get(i)[1],
                    coverage.getOrDefault(ids.get(i), List.of())));
        }
        return summaries;
    }

    @Override
    public Answers.StoryPage rankedStories(int offset, int limit) {
        requirePage("stories", offset, limit);
        return database.read("rank its stories", connection -> {
            long total;
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM stories")) {
                result.next();
                total = result.getLong(1);
            }
            try (PreparedStatement statement = connection.prepareStatement(SUMMARY + " ORDER BY COALESCE(outlet_count, 0) DESC,"
                    + " independent_sources DESC, article_count DESC, position LIMIT ? OFFSET ?")) {
                statement.setInt(1, limit);
                statement.setInt(2, offset);
                return new Answers.StoryPage(total, summaries(connection, statement));
            }
        });
    }

    @Override
    public List<String> blindspots(String id) {
        return database.read("read a story's blindspots", connection -> strings(connection, "SELECT o.name FROM outlets o"
                + " WHERE NOT EXISTS (SELECT 1 FROM story_outlets c WHERE c.story_id = ? AND c.outlet = o.name) ORDER BY o.name", id));
    }

    /** The first column of what {@code sql} selects with {@code parameter} bound, in order. */
    private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }

    @Override
    public Optional<Entity> entity(String id) {
        return database.read("read an entity", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT record FROM entities WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(ModelJson.decompressed(result.getBytes(1), Entity.class))
                            : Optional.<Entity>empty();
                }
            }
        });
    }

    @Override
    public Optional<Answers.StorySummary> story(String id) {
        return database.read("read a story", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SUMMARY + " WHERE id = ?")) {
                statement.setString(1, id);
                return summaries(connection, statement).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<Event> event(String id) {
        return database.read("read an event", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT record FROM events WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet result = statement.executeQuery()) {
                    return result.next() ? Optional.of(ModelJson.decompressed(result.getBytes(1), Event.class))
                            : Optional.<Event>empty();
                }
            }
        });
    }

    @Override
    public List<String> storiesOf(String articleId) {
        return database.read("read an article's stories", connection -> strings(connection, "SELECT sa.story_id FROM story_articles sa"
                + " JOIN stories s ON s.id = sa.story_id WHERE sa.article_id = ? ORDER BY s.position", articleId));
    }

    @Override
    public List<String> outlets() {
        return database.read("read its outlets", connection -> {
            List<String> outlets = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT name FROM outlets ORDER BY name")) {
                while (result.next()) {
                    outlets.add(result.getString(1));
                }
            }
            return outlets;
        });
    }

    @Override
    public Map<String, String> resolvedIds(String articleId) {
        return database.read("resolve an article's entities", connection -> {
            Map<String, String> resolved = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT member, entity_id FROM entity_members WHERE member LIKE ?")) {
                statement.setString(1, articleId.replace("%", "\\%").replace("_", "\\_") + "/%");
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        resolved.put(result.getString(1), result.getString(2));
                    }
                }
            }
            return resolved;
        });
    }

    @Override
    public void forEachEntity(Consumer<Entity> each) {
        forEachRecord("entities", Entity.class, each);
    }

    @Override
    public void forEachEvent(Consumer<Event> each) {
        forEachRecord("events", Event.class, each);
    }

    @Override
    public void forEachStory(Consumer<Answers.StorySummary> each) {
        for (int[] after = {Integer.MIN_VALUE}; ; ) {
            int from = after[0];
            List<Answers.StorySummary> page = database.read("read its stories", connection -> {
                try (PreparedStatement statement = connection.prepareStatement(SUMMARY
                        + " WHERE position > ? ORDER BY position LIMIT " + PAGE)) {
                    statement.setInt(1, from);
                    return summaries(connection, statement);
                }
            });
            if (page.isEmpty()) {
                return;
            }
            int last = database.read("read its stories", connection -> position(connection, "stories",
                    page.get(page.size() - 1).story().id()));
            after[0] = last;
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static int position(Connection connection, String table, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT position FROM " + table + " WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * Reads a table of records in account order ({@link AccountRecords#order}) a page at a time, each page after the
     * last one read, so memory stays flat however many there are.
     */
    private <T> void forEachRecord(String table, Class<T> type, Consumer<T> each) {
        boolean events = table.equals("events");
        long[] after = {Long.MIN_VALUE, Long.MIN_VALUE};
        while (true) {
            List<T> page = database.read("read its " + table, connection -> {
                List<T> read = new ArrayList<>();
                // Events are ordered by two columns, the other tables by their (unique) positions.
                String sql = events
                        ? "SELECT record, timeline_rank, position FROM events WHERE timeline_rank > ? OR (timeline_rank = ? AND position > ?)"
                        : "SELECT record, position, id FROM " + table + " WHERE position > ?";
                try (PreparedStatement statement = connection.prepareStatement(sql + " ORDER BY "
                        + AccountRecords.order(table) + " LIMIT " + PAGE)) {
                    statement.setLong(1, after[0]);
                    if (events) {
                        statement.setLong(2, after[0]);
                        statement.setLong(3, after[1]);
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            read.add(ModelJson.decompressed(result.getBytes(1), type));
                            after[0] = result.getLong(2);
                            after[1] = events ? result.getLong(3) : 0;
                        }
                    }
                }
                return read;
            });
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    @Override
    public void forEachEntityLink(Answers.LinkKind kind, Consumer<Answers.EntityLink> each) {
        String sql = switch (kind) {
            case QUOTES -> "SELECT em.entity_id, e2.entity_id, COUNT(*) FROM quote_mentions qm"
                    + " JOIN entity_members em ON em.member = qm.speaker_member"
                    + " JOIN entity_members e2 ON e2.member = qm.member"
                    + " WHERE em.entity_id <> e2.entity_id GROUP BY em.entity_id, e2.entity_id ORDER BY em.entity_id, e2.entity_id";
            case ACTS_WITH -> "SELECT p1.entity_id, p2.entity_id, COUNT(*) FROM event_participants p1"
                    + " JOIN event_participants p2 ON p1.event_id = p2.event_id AND p1.entity_id < p2.entity_id"
                    + " GROUP BY p1.entity_id, p2.entity_id ORDER BY p1.entity_id, p2.entity_id";
        };
        database.read("link its entities", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(PAGE);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        each.accept(new Answers.EntityLink(kind, result.getString(1), result.getString(2), result.getLong(3)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<String> findEntities(String idOrName) {
        return database.read("find entities", connection -> Questions.findEntities(connection, idOrName));
    }

    @Override
    public List<Answers.NearDuplicate> nearDuplicates(String articleId) {
        return database.read("read near duplicates", connection -> {
            List<Answers.NearDuplicate> links = new ArrayList<>();
            // Two lookups, one by each index, rather than one OR that the databases answer by scanning every link.
            try (PreparedStatement statement = connection.prepareStatement("SELECT article_id, original_id, kind, similarity"
                    + " FROM near_duplicates WHERE article_id = ? UNION ALL SELECT article_id, original_id, kind, similarity"
                    + " FROM near_duplicates WHERE original_id = ? AND article_id <> ? ORDER BY 1, 2")) {
                statement.setString(1, articleId);
                statement.setString(2, articleId);
                statement.setString(3, articleId);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        links.add(new Answers.NearDuplicate(result.getString(1), result.getString(2),
                                NearDuplicateKind.valueOf(result.getString(3)), result.getDouble(4)));
                    }
                }
            }
            return links;
        });
    }

    @Override
    public List<InputProblem> problems() {
        return database.read("read its problems", connection -> {
            List<InputProblem> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT input, position, category, message FROM problems ORDER BY id")) {
                while (result.next()) {
                    problems.add(new InputProblem(result.getString(1), Optional.ofNullable(result.getString(2)),
                            ProblemCategory.valueOf(result.getString(3)), result.getString(4)));
                }
            }
            return problems;
        });
    }

    @Override
    public List<Answers.QuoteFound> quotes(String speaker, Optional<String> about) {
        return database.read("find quotes", connection -> Questions.quotes(connection, speaker, about));
    }

    @Override
    public Answers.QuotePage quotes(String speaker, Optional<String> about, int offset, int limit) {
        requirePage("quotes", offset, limit);
        return database.read("find quotes", connection -> Questions.quotes(connection, speaker, about, offset, limit));
    }

    @Override
    public List<Answers.Speaker> speakersAbout(String entity) {
        return database.read("find speakers", connection -> Questions.speakersAbout(connection, entity));
    }

    @Override
    public Answers.Page<Answers.Speaker> speakersAbout(String entity, int offset, int limit) {
        requirePage("speakers", offset, limit);
        return database.read("find speakers", connection -> Questions.speakersAbout(connection, entity, offset, limit));
    }

    @Override
    public List<Event> timeline(String entity) {
        return database.read("read a timeline", connection -> Questions.timeline(connection, entity));
    }

    @Override
    public Answers.Page<Event> timeline(String entity, int offset, int limit) {
        requirePage("events", offset, limit);
        return database.read("read a timeline", connection -> Questions.timeline(connection, entity, offset, limit));
    }

    @Override
    public List<SearchHit> articleHeads(List<String> ids) {
        List<String> wanted = List.copyOf(ids);
        return database.read("read articles' headings", connection -> Questions.articleHeads(connection, wanted));
    }

    /** A page needs a non-negative offset and limit; a bad one is the caller's request's problem. */
    private static void requirePage(String what, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "a page of " + what + " needs a non-negative offset and limit: "
                    + offset + ", " + limit);
        }
    }

    @Override
    public Optional<Answers.ClaimCoverage> claimCoverage(String claimId) {
        return database.read("read a claim", connection -> Questions.claimCoverage(connection, claimId));
    }

    @Override
    public synchronized Correction mergeEntities(String kept, String merged, String who) {
        Entity first = requireEntity(kept);
        Entity second = requireEntity(merged);
        return merge(Correction.Kind.MERGE_ENTITIES, "entity", first.id(), first.name(), first.members().get(0),
                second.id(), second.name(), second.members().get(0), who);
    }

    @Override
    public synchronized Correction splitEntity(String entity, String name, String who) {
        Entity found = requireEntity(entity);
        if (name.isBlank()) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "name the alias to split off entity " + entity);
        }
        return correct(Correction.Kind.SPLIT_ENTITY, found.members().get(0), name.strip(),
                "split the mentions of entity " + found.id() + " (" + found.name() + ") as '" + name.strip() + "' into an entity of their own", who);
    }

    @Override
    public synchronized Correction mergeStories(String kept, String merged, String who) {
        Story first = requireStory(kept);
        Story second = requireStory(merged);
        return merge(Correction.Kind.MERGE_STORIES, "story", first.id(), first.title(), first.articles().get(0),
                second.id(), second.title(), second.articles().get(0), who);
    }

    /** A merge of two entities or stories, named by id and name, each recorded by its stable key. */
    private Correction merge(Correction.Kind kind, String what, String keptId, String keptName, String keptKey,
            String mergedId, String mergedName, String mergedKey, String who) {
        if (keptId.equals(mergedId)) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "cannot merge " + what + " " + keptId + " with itself");
        }
        return correct(kind, keptKey, mergedKey, "merged " + what + " " + mergedId + " (" + mergedName + ") into " + keptId
                + " (" + keptName + ")", who);
    }

    @Override
    public synchronized Correction splitStory(String story, List<String> articles, String who) {
        Story found = requireStory(story);
        Set<String> moved = new LinkedHashSet<>(articles);
        if (!found.articles().containsAll(moved)) {
            moved.removeAll(found.articles());
            throw new StoreException(StoreException.Kind.BAD_REQUEST, "story " + story + " does not hold articles " + moved);
        }
        if (moved.isEmpty() || moved.size() == found.articles().size()) {
            throw new StoreException(StoreException.Kind.BAD_REQUEST,
                    "name some, not all, of story " + story + "'s articles to split off");
        }
        String anchor = found.articles().stream().filter(article -> !moved.contains(article)).findFirst().orElseThrow();
        return correct(Correction.Kind.SPLIT_STORY, anchor, String.join(",", moved),
                "split articles " + moved + " off story " + found.id() + " (" + found.title() + ")", who);
    }

    private Entity requireEntity(String id) {
        return entity(id).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "the store holds no entity " + id));
    }

    private Story requireStory(String id) {
        return account().stories().stream().filter(story -> story.id().equals(id)).findFirst()
                .orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND, "the store holds no story " + id));
    }

    /**
     * Records a correction in the audit log and applies it to the stored account, in one
     * transaction; a correction that would change nothing is refused and not recorded.
     */
    private Correction correct(Correction.Kind kind, String subject, String argument, String description, String who) {
        Correction correction = database.transaction("record a correction", connection -> {
            Instant now = Instant.now();
            CrossArticle account = AccountRecords.read(connection);
            Correction draft = new Correction(0, kind, subject, argument, description, who, now);
            CrossArticle corrected = corrections(connection).apply(account, draft);
            if (corrected.equals(account)) {
                throw new StoreException(StoreException.Kind.BAD_REQUEST, "the correction would change nothing: " + description);
            }
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO corrections (kind, subject, argument,"
                    + " description, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                statement.setString(1, kind.name());
                statement.setString(2, subject);
                statement.setString(3, argument);
                statement.setString(4, description);
                statement.setString(5, who);
                statement.setTimestamp(6, Timestamp.from(now));
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    AccountRecords.update(connection, account, corrected);
                    return new Correction(keys.getLong(1), kind, subject, argument, description, who, now);
                }
            }
        });
        database.transaction("refresh the search index", connection -> {
            IndexSync.catchUp(connection, index);
            return null;
        });
        return correction;
    }

    @Override
    public List<Correction> auditLog() {
        return database.read("read the audit log", ParallaxStore::auditLog);
    }

    private static List<Correction> auditLog(Connection connection) throws SQLException {
        List<Correction> log = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT id, kind, subject, argument, description, made_by, made_at"
                        + " FROM corrections ORDER BY id")) {
            while (result.next()) {
                log.add(new Correction(result.getLong(1), Correction.Kind.valueOf(result.getString(2)), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), result.getTimestamp(7).toInstant()));
            }
        }
        return log;
    }

    @Override
    public synchronized ApiToken.Created createToken(String name) {
        return database.transaction("make a token", connection -> ServerRecords.createToken(connection, name));
    }

    @Override
    public List<ApiToken> tokens() {
        return database.read("list its tokens", ServerRecords::tokens);
    }

    @Override
    public synchronized boolean revokeToken(String name) {
        return database.transaction("revoke a token", connection -> ServerRecords.revokeToken(connection, name));
    }

    @Override
    public Optional<ApiToken> token(String secret) {
        return database.read("check a token", connection -> ServerRecords.token(connection, secret));
    }

    @Override
    public synchronized SavedSearch saveSearch(String name, SearchQuery query, String who) {
        return database.transaction("save a search", connection -> ServerRecords.saveSearch(connection, name, query, who));
    }

    @Override
    public List<SavedSearch> savedSearches() {
        return database.read("list its saved searches", connection -> ServerRecords.savedSearches(connection, Optional.empty()));
    }

    @Override
    public Optional<SavedSearch> savedSearch(long id) {
        return database.read("read a saved search", connection -> ServerRecords.savedSearches(connection, Optional.of(id)))
                .stream().findFirst();
    }

    @Override
    public synchronized boolean deleteSavedSearch(long id) {
        return database.transaction("delete a saved search", connection -> ServerRecords.deleteSavedSearch(connection, id));
    }

    /** Bytes each records table takes, largest first (see {@link Database#tableBytes}); for the store benchmark. */
    Map<String, Long> tableBytes() {
        return database.tableBytes();
    }

    /** Bytes the search index takes. */
    long indexBytes() {
        return Database.FolderSize.of(location.indexFolder());
    }

    @Override
    public long bytesOnDisk() {
        return database.bytesOnDisk() + Database.FolderSize.of(location.indexFolder());
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
        } finally {
            database.close();
        }
    }
}
