package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger file from before the major-hazard file existed gains it on opening, its hazards untouched. */
class MajorHazardMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aLedgerAtVersionThreeGainsTheMajorHazardFileWhenReopened() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(2));
        }
        LifecycleMigrationTest.undoVersionFour(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.hazards.byNumber(saved.number().toString())).contains(saved);
            assertThat(reopened.majorHazards.file(saved.id())).isEmpty();
            assertThat(reopened.majorHazards.safeguardsInForce(List.of(saved.id()))).isEmpty();
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
