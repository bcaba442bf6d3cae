package org.hazardledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.HazardQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy of the shared demo is a ledger of its own with the same hazards, changed without touching the demo. */
class DemoLedgerCopyTest {

    @TempDir
    Path dir;

    @Test
    void theCopyHoldsTheDemoAndOpensOnItsOwn() {
        int shared = DemoLedger.shared().hazards.count(HazardQuery.ALL);
        try (LedgerFixture copy = new LedgerFixture(DemoLedger.copyTo(dir.resolve("copy")))) {
            assertThat(copy.hazards.count(HazardQuery.ALL)).isEqualTo(shared).isGreaterThan(1000);
            assertThat(copy.audit.verify().isIntact()).isTrue();
        }
    }
}
