package org.hazardledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 ledger in a data folder: opened (and migrated to the current schema) once,
 * closed when the application ends.
 */
public final class LedgerDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerDatabase.class);
    static final String FILE_NAME = "ledger";

    private final Path dataDir;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private LedgerDatabase(Path dataDir, JdbcConnectionPool pool) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Opens (creating if needed) the ledger in {@code dataDir} and migrates it. */
    public static LedgerDatabase open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new LedgerOpenException(dataDir, e);
        }
        // FILE_LOCK=FILE (H2's default) makes a second process fail fast instead of corrupting the file.
        // H2 caches 8 parsed statements by default; one registration uses ~20 distinct ones. No reuse of
        // a previous result: it only pays when the same query runs twice unchanged, and makes benchmarks lie.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME)
                + ";FILE_LOCK=FILE;QUERY_CACHE_SIZE=64;OPTIMIZE_REUSE_RESULTS=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close();
            migrate(pool);
            SearchIndex.ensureBuilt(DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false)));
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            if (isLocked(e)) {
                throw new LedgerLockedException(dataDir, e);
            }
            throw new LedgerOpenException(dataDir, e);
        }
        LOG.info("Opened ledger in {}", dataDir.toAbsolutePath());
        return new LedgerDatabase(dataDir, pool);
    }

    /** True when a ledger has been created in this folder before. */
    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_NAME + ".mv.db"));
    }

    private static void migrate(JdbcConnectionPool pool) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed ledger in {}", dataDir.toAbsolutePath());
    }
}
