package org.hazardledger.store;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before V6 opens with union records and, once loaded, the holiday schedule. */
class UnionMigrationTest {

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V6 wrote it. */
    static void undoVersionSix(Path dir) {
        RoundMigrationTest.undoVersionSeven(dir);
        for (String table : List.of("union_record_hazard", "union_record", "union_record_counter", "calendar_day")) {
            LedgerSql.execute(dir, "DROP TABLE " + table);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '6'"))
                .isEqualTo(1);
    }

    @Test
    void aLedgerFromBeforeUnionRecordsGetsThemAndItsHolidaysWhenReopened() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.hazards.register(ledger.initialiseSmall().leakingValve(LedgerFixture.TODAY));
        }
        undoVersionSix(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.referenceData.workingCalendar().isWorkingDay(of(2026, 10, 1))).isTrue();
            reopened.referenceData.loadMissingHolidays();
            assertThat(reopened.referenceData.workingCalendar().isWorkingDay(of(2026, 10, 1))).isFalse();

            reopened.signIn("企业工会 (union)", AccountRole.UNION_MEMBER, null);
            reopened.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL, List.of(saved.number().toString()),
                    LedgerFixture.TODAY, LedgerFixture.TODAY, "渗漏", "更换垫片"));
            assertThat(reopened.union.forHazard(saved.id())).hasSize(1);
            assertThat(reopened.union.list(UnionQuery.ALL).get(0).record().number()).isEqualTo("GH-2026-0001");
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
