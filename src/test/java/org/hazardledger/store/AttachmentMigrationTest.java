package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before V8 opens with attachments. */
class AttachmentMigrationTest {

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V8 wrote it. */
    static void undoVersionEight(Path dir) {
        RiskRegisterMigrationTest.undoVersionNine(dir); // later versions first
        LedgerSql.execute(dir, "DROP TABLE attachment");
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '8'"))
                .isEqualTo(1);
    }

    @Test
    void aLedgerFromBeforeAttachmentsTakesPhotosWhenReopened() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.hazards.register(ledger.initialiseSmall().leakingValve(LedgerFixture.TODAY));
        }
        undoVersionEight(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            reopened.attachments.attach(AttachmentOwnerKind.HAZARD, saved.id(), AttachmentKind.DOCUMENT,
                    new ByteArrayInputStream(new byte[]{1, 2, 3}), "方案.pdf");
            assertThat(reopened.attachments.list(AttachmentOwnerKind.HAZARD, saved.id())).hasSize(1);
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
