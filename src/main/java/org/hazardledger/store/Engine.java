package org.hazardledger.store;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;

/**
 * The two databases a ledger can live in (decision 0020): the same migrations and jOOQ code, with
 * the few migrations that need another spelling in a folder per engine.
 */
public enum Engine {
    H2(SQLDialect.H2, "classpath:db/dialect/h2"),
    POSTGRESQL(SQLDialect.POSTGRES, "classpath:db/dialect/postgresql");

    static final String PORTABLE_MIGRATIONS = "classpath:db/migration";

    private final SQLDialect dialect;
    private final String dialectMigrations;

    Engine(SQLDialect dialect, String dialectMigrations) {
        this.dialect = dialect;
        this.dialectMigrations = dialectMigrations;
    }

    SQLDialect dialect() {
        return dialect;
    }

    String[] migrationLocations() {
        return new String[] {PORTABLE_MIGRATIONS, dialectMigrations};
    }

    /**
     * The generated code names tables as H2 keeps them (upper case, quoted); PostgreSQL folds
     * unquoted names to lower case, so there they are rendered in lower case, still quoted.
     */
    Settings settings() {
        Settings settings = new Settings().withExecuteLogging(false);
        return this == POSTGRESQL ? settings.withRenderNameCase(RenderNameCase.LOWER) : settings;
    }

    static Engine of(SQLDialect dialect) {
        return dialect.family() == SQLDialect.POSTGRES ? POSTGRESQL : H2;
    }
}
