package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before the full lifecycle (V3) opens, and its closed hazards keep their sign-off. */
class LifecycleMigrationTest {

    private static final List<String> V3_COLUMNS = List.of("rectification_plan", "plan_approved_on",
            "plan_approved_by", "escalation_reason", "evidence", "accepted_by", "acceptance_rejection",
            "signed_off_on", "signed_off_by", "signed_off_tier", "sign_off_note", "closed_by", "recheck_result",
            "disposition_reason", "merged_into", "reopen_count");

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V3 wrote it. */
    static void undoVersionThree(Path dir) {
        undoVersionFour(dir); // later versions first: Flyway refuses a history with a gap
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_status_tier");
        for (String column : V3_COLUMNS) {
            LedgerSql.execute(dir, "ALTER TABLE hazard DROP COLUMN " + column);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '3'"))
                .isEqualTo(1);
    }

    /** Takes away what V4 added (the major-hazard file) and its record in Flyway's history. */
    static void undoVersionFour(Path dir) {
        OrganisationMigrationTest.undoVersionFive(dir);
        LedgerSql.execute(dir, "DROP TABLE major_hazard_file");
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'"))
                .isEqualTo(1);
    }

    @Test
    void aHazardClosedBeforeTheUnionSignOffExistedOpensAsSignedOff() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(2));
        }
        undoVersionThree(dir);
        // The foundation closed in one step: accepted and closed the same day, no sign-off column.
        LedgerSql.execute(dir, "UPDATE hazard SET status = 'CLOSED', rectified_on = DATE '2026-06-14', "
                + "accepted_on = DATE '2026-06-15', closed_on = DATE '2026-06-15', acceptance_result = '合格'");

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            Hazard h = reopened.hazards.byNumber(saved.number().toString()).orElseThrow();
            assertThat(h.status()).isEqualTo(HazardStatus.CLOSED);
            assertThat(h.handling().signedOffOn()).isEqualTo(LedgerFixture.TODAY);
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
