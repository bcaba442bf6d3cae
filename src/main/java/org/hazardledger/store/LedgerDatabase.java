package org.hazardledger.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hazardledger.model.DatabaseServer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's database, opened (and migrated to the current schema) once and closed when the
 * application ends: the embedded H2 file in a data folder, or a PostgreSQL server shared by several
 * desks (decision 0020). Attachments stay in the data folder either way.
 */
public final class LedgerDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerDatabase.class);
    static final String FILE_NAME = "ledger";
    /** Connections a desk holds at most: the UI's background jobs and the reminders, never more. */
    private static final int POOL_SIZE = 8;
    /** The oldest PostgreSQL the migrations and the audit chain's lock are tested with. */
    static final int OLDEST_SERVER = 15;

    private final Path dataDir;
    private final Engine engine;
    private final String location;
    private final AutoCloseable closer;
    private final DSLContext dsl;

    private LedgerDatabase(Path dataDir, Engine engine, String location, DataSource pool, AutoCloseable closer) {
        this.dataDir = dataDir;
        this.engine = engine;
        this.location = location;
        this.closer = closer;
        this.dsl = DSL.using(pool, engine.dialect(), engine.settings());
    }

    /** Opens (creating if needed) the embedded ledger in {@code dataDir} and migrates it. */
    public static LedgerDatabase open(Path dataDir) {
        createFolder(dataDir);
        // FILE_LOCK=FILE (H2's default) makes a second process fail fast instead of corrupting the file.
        // H2 caches 8 parsed statements by default; one registration uses ~20 distinct ones. No reuse of
        // a previous result: it only pays when the same query runs twice unchanged, and makes benchmarks lie.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME)
                + ";FILE_LOCK=FILE;QUERY_CACHE_SIZE=64;OPTIMIZE_REUSE_RESULTS=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(POOL_SIZE);
        try {
            pool.getConnection().close();
            prepare(pool, Engine.H2);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            if (isLocked(e)) {
                throw new LedgerLockedException(dataDir, e);
            }
            throw new LedgerOpenException(dataDir, e);
        }
        LOG.info("Opened ledger in {}", dataDir.toAbsolutePath());
        return new LedgerDatabase(dataDir, Engine.H2, dataDir.toAbsolutePath().toString(), pool, pool::dispose);
    }

    /**
     * Opens the ledger on a PostgreSQL server and migrates it (Flyway serialises desks that start
     * at once with the server's own lock). {@code dataDir} keeps this desk's attachments and keys.
     */
    public static LedgerDatabase open(Path dataDir, DatabaseServer server) {
        createFolder(dataDir);
        HikariDataSource pool;
        try {
            requireSupported(server);
            pool = serverPool(server);
        } catch (SQLException | RuntimeException e) {
            throw LedgerServerException.of(server, e);
        }
        try {
            prepare(pool, Engine.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw LedgerServerException.of(server, e);
        }
        LOG.info("Opened ledger on {}", server.describe());
        return new LedgerDatabase(dataDir, Engine.POSTGRESQL, server.describe(), pool, pool::close);
    }

    /**
     * Connects once to {@code server} without opening a ledger there: the settings dialog's test.
     * Returns the server's version; throws {@link LedgerServerException} saying what is wrong.
     */
    public static String probe(DatabaseServer server) {
        try {
            return requireSupported(server);
        } catch (SQLException | RuntimeException e) {
            throw LedgerServerException.of(server, e);
        }
    }

    private static String requireSupported(DatabaseServer server) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.url(), credentials(server))) {
            var meta = c.getMetaData();
            String version = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (meta.getDatabaseMajorVersion() < OLDEST_SERVER) {
                throw new LedgerServerException("error.server.version", server.describe(), version);
            }
            return version;
        }
    }

    private static Properties credentials(DatabaseServer server) {
        Properties p = new Properties();
        p.setProperty("user", server.user());
        p.setProperty("password", server.password());
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "HazardLedger");
        // Long reads (verification, exports) stream in chunks inside a transaction instead of
        // arriving whole; a batch of inserts travels as multi-row statements.
        p.setProperty("defaultRowFetchSize", "1000");
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    private static HikariDataSource serverPool(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url());
        config.setDataSourceProperties(credentials(server));
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("hazard-ledger");
        config.setConnectionTimeout(15_000);
        return new HikariDataSource(config);
    }

    private static void prepare(DataSource pool, Engine engine) {
        Flyway.configure()
                .dataSource(pool)
                .locations(engine.migrationLocations())
                .load()
                .migrate();
        SearchIndex.ensureBuilt(DSL.using(pool, engine.dialect(), engine.settings()));
    }

    private static void createFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new LedgerOpenException(dataDir, e);
        }
    }

    /** True when a ledger has been created in this folder before. */
    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_NAME + ".mv.db"));
    }

    private static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    DSLContext dsl() {
        return dsl;
    }

    public Engine engine() {
        return engine;
    }

    /** Where the ledger lives, for the title bar and messages: a folder, or a server and user. */
    public String location() {
        return location;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            LOG.warn("Closing the ledger at {} failed", location, e);
        }
        LOG.info("Closed ledger at {}", location);
    }
}
