package org.hazardledger.store;

import java.nio.file.Path;
import org.hazardledger.testing.LedgerFixture;

/** The store contract on the embedded H2 file in the test's folder. */
class H2StoreContractTest extends StoreContract {

    @Override
    protected LedgerFixture open(Path attachmentsDir) {
        return new LedgerFixture(attachmentsDir);
    }

    @Override
    protected Engine engine() {
        return Engine.H2;
    }
}
