package org.hazardledger.service;

import java.nio.file.Path;
import org.hazardledger.store.LedgerDatabase;
import org.hazardledger.testing.PostgresTestServer;
import org.junit.jupiter.api.Tag;

/** The conflicting saves on a PostgreSQL server: a fresh database per test. */
@Tag("postgresql")
class PostgresConflictingSaveTest extends ConflictingSaveTest {

    @Override
    protected LedgerDatabase database(Path dataDir) {
        return LedgerDatabase.open(dataDir, PostgresTestServer.freshDatabase());
    }
}
