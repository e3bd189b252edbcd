package org.parallax.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The connections to a store's records, its schema brought up to date by Flyway (one set of
 * migrations for both backends), and transactions over them: one writer's connection, used by one
 * thread at a time (the store serialises its writers), and a pool of read connections
 * (HikariCP), so that readers (the server's clients) run in parallel with one another and with
 * the writer. Both backends allow it: H2 serves several connections of one process to its file,
 * PostgreSQL any number. Readers see committed rows only (read committed).
 */
final class Database implements AutoCloseable {

    /** H2's "database may be already in use" (another process holds the file lock). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** A constant of the PostgreSQL advisory lock a writer holds, so that two ingests do not interleave. */
    private static final long WRITER_LOCK = 0x50415241_4C4C4158L;

    /** Read connections at most: enough for the cores of a server machine, few enough for a PostgreSQL shared by a team. */
    private static final int READERS = Math.max(4, Math.min(16, 2 * Runtime.getRuntime().availableProcessors()));

    private final StoreLocation location;
    private final Connection connection;
    private HikariDataSource readers;
    /** Whether this session committed a write (an embedded store then compacts its file when closed). */
    private volatile boolean wrote;

    private Database(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    static Database open(StoreLocation location) {
        Properties properties = new Properties();
        location.user().ifPresent(user -> properties.setProperty("user", user));
        location.password().ifPresent(password -> properties.setProperty("password", password));
        Connection connection;
        try {
            if (location.kind() == StoreLocation.Kind.EMBEDDED) {
                Files.createDirectories(location.folder());
            }
            connection = DriverManager.getConnection(location.jdbcUrl(), properties);
        } catch (SQLException e) {
            if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use")) {
                throw new StoreException(StoreException.Kind.BUSY, "the store " + location
                        + " is busy: another Parallax process has it open; try again when it is done", e);
            }
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the store " + location + " cannot be opened: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the store folder " + location.folder()
                    + " cannot be created: " + e.getMessage(), e);
        }
        Database database = new Database(location, connection);
        try {
            database.migrate(properties);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            database.readers = readers(location, properties);
        } catch (RuntimeException | SQLException e) {
            database.close();
            if (e instanceof StoreException) {
                throw (StoreException) e;
            }
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the store " + location + " cannot be set up: "
                    + e.getMessage(), e);
        }
        return database;
    }

    /** The pool of read connections: made when first asked for, kept while idle, read-only, read committed. */
    private static HikariDataSource readers(StoreLocation location, Properties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("parallax-readers");
        config.setJdbcUrl(location.jdbcUrl());
        location.user().ifPresent(config::setUsername);
        location.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(READERS);
        config.setMinimumIdle(1);
        config.setAutoCommit(false);
        config.setReadOnly(true);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setConnectionTimeout(30_000);
        return new HikariDataSource(config);
    }

    private void migrate(Properties properties) {
        boolean embedded = location.kind() == StoreLocation.Kind.EMBEDDED;
        if (embedded) {
            discardInterruptedCreation();
        }
        try {
            Flyway.configure()
                    .dataSource(location.jdbcUrl(), properties.getProperty("user"), properties.getProperty("password"))
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("blob", embedded ? "BINARY VARYING(1000000000)" : "BYTEA"))
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("already in use") || message.contains(String.valueOf(H2_DATABASE_ALREADY_OPEN))) {
                throw new StoreException(StoreException.Kind.BUSY, "the store " + location
                        + " is busy: another Parallax process has it open; try again when it is done", e);
            }
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the store " + location
                    + " cannot be brought to the current schema: " + message, e);
        }
    }

    /**
     * H2 commits each DDL statement on its own, so a process killed while it created a new store's schema leaves some
     * tables and no record of a finished migration, and the next open would fail on a table that already exists. A
     * store whose schema history records no finished migration never opened, so nothing was stored in it: its objects
     * are dropped and the schema made again. (PostgreSQL needs none of this: its DDL is transactional.)
     */
    private void discardInterruptedCreation() {
        try (ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            boolean any = false;
            boolean history = false;
            while (tables.next()) {
                any = true;
                history |= tables.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history");
            }
            if (!any || history && finishedMigrations() > 0) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "the store " + location
                    + " cannot be checked for an interrupted creation: " + e.getMessage(), e);
        }
    }

    private int finishedMigrations() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            return count.next() ? count.getInt(1) : 0;
        }
    }

    Connection connection() {
        return connection;
    }

    boolean embedded() {
        return location.kind() == StoreLocation.Kind.EMBEDDED;
    }

    /**
     * Takes the writer's lock for this session, or says the store is busy. Embedded stores need
     * none (one process holds the file at a time); PostgreSQL ones take an advisory lock.
     */
    void lockForWriting() {
        if (embedded()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, WRITER_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (!result.getBoolean(1)) {
                    throw new StoreException(StoreException.Kind.BUSY, "the store " + location
                            + " is busy: another Parallax process is writing to it; try again when it is done");
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw failure("take the writer's lock", e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none. */
    <T> T transaction(String what, SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            wrote = true;
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            if (e instanceof StoreException) {
                throw (StoreException) e;
            }
            throw failure(what, e);
        }
    }

    /**
     * Reads with {@code work} over a connection of the read pool, then ends the (read-only)
     * transaction; any number of threads may read at once. What it reads is what was committed.
     */
    <T> T read(String what, SqlWork<T> work) {
        try (Connection reader = readers.getConnection()) {
            try {
                return work.run(reader);
            } finally {
                reader.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException) {
                throw (StoreException) e;
            }
            throw failure(what, e);
        }
    }

    StoreException failure(String what, Exception e) {
        return new StoreException(StoreException.Kind.INTERNAL, "the store " + location + " could not " + what + ": "
                + e.getMessage(), e);
    }

    /** How many bytes the store's files take on disk (embedded), or the database's size (PostgreSQL). */
    long bytesOnDisk() {
        if (embedded()) {
            return FolderSize.of(location.folder().resolve("records"));
        }
        return read("measure the database", c -> {
            try (PreparedStatement statement = c.prepareStatement("SELECT pg_database_size(current_database())");
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /**
     * Bytes each table takes (with its indexes), largest first: H2's {@code DISK_SPACE_USED} (the
     * live pages, not the file's dead space), PostgreSQL's {@code pg_total_relation_size}. For
     * finding where a store's disk goes.
     */
    Map<String, Long> tableBytes() {
        return read("measure its tables", c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type IN ('BASE TABLE', 'TABLE')");
                    ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            Map<String, Long> sizes = new HashMap<>();
            for (String table : tables) {
                try (PreparedStatement statement = c.prepareStatement(embedded() ? "SELECT DISK_SPACE_USED(?)"
                        : "SELECT pg_total_relation_size(quote_ident(?))")) {
                    statement.setString(1, table);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        sizes.put(table, result.getLong(1));
                    }
                }
            }
            Map<String, Long> sorted = new LinkedHashMap<>();
            sizes.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
            return sorted;
        });
    }

    @Override
    public void close() {
        if (readers != null) {
            readers.close();
        }
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (embedded() && wrote) {
                    compact();
                }
                connection.close();
            }
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /**
     * Closes the embedded database compacting its file fully ({@code SHUTDOWN COMPACT}). H2 appends every
     * commit to its file and, with background compaction off (see {@link StoreLocation#embedded}), leaves the
     * space of superseded pages in it; closing with its default (a compaction of at most 200 ms) reclaimed
     * little of it, so a store of 10,000 articles took 315 KB each on disk while its rows held a fraction.
     * The compaction rewrites the live pages only, so it takes time in proportion to the data, not the file.
     */
    private void compact() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
    }

    /** Work over a connection that may fail with SQL errors. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Sizes of folders on disk. */
    static final class FolderSize {
        private FolderSize() {
        }

        static long of(Path folder) {
            if (!Files.isDirectory(folder)) {
                return 0;
            }
            try (var files = Files.walk(folder)) {
                return files.filter(Files::isRegularFile).mapToLong(file -> {
                    try {
                        return Files.size(file);
                    } catch (IOException e) {
                        return 0; // a file removed while walking (Lucene merges) takes no space any more
                    }
                }).sum();
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.INTERNAL, "cannot measure " + folder + ": " + e.getMessage(), e);
            }
        }
    }
}
