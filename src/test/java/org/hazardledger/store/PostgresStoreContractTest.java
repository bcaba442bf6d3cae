package org.hazardledger.store;

import java.nio.file.Path;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PostgresTestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The store contract on a PostgreSQL server: a fresh database per test (see {@link PostgresTestServer}). */
@Tag("postgresql")
class PostgresStoreContractTest extends StoreContract {

    private DatabaseServer server;

    @BeforeEach
    void freshDatabase() {
        server = PostgresTestServer.freshDatabase();
    }

    @Override
    protected LedgerFixture open(Path attachmentsDir) {
        return new LedgerFixture(attachmentsDir, server);
    }

    @Override
    protected Engine engine() {
        return Engine.POSTGRESQL;
    }
}
