package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before V7 opens with inspection rounds and, once loaded, the shipped checklists. */
class RoundMigrationTest {

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V7 wrote it. */
    static void undoVersionSeven(Path dir) {
        for (String table : List.of("round_hazard", "round_item_result", "round_inspector", "inspection_round",
                "round_rule", "checklist_item", "checklist")) {
            LedgerSql.execute(dir, "DROP TABLE " + table);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '7'"))
                .isEqualTo(1);
    }

    @Test
    void aLedgerFromBeforeRoundsGetsTheTablesAndTheChecklistsWhenReopened() {
        LedgerFixture.SmallEnterprise e;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            e = ledger.initialiseSmall();
        }
        undoVersionSeven(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.rounds.checklists()).isEmpty();
            reopened.referenceData.loadMissingChecklists();
            assertThat(reopened.rounds.checklists()).extracting(Checklist::code).contains("POST-GEN", "TEAM-CHEM");
            // loading again changes nothing
            reopened.referenceData.loadMissingChecklists();
            assertThat(reopened.rounds.checklists()).allMatch(c -> c.version() == 1);

            Checklist c = reopened.rounds.checklistFor(e.team().id());
            reopened.rounds.record(RoundDraft.allOk(e.team().id(), LedgerFixture.TODAY, List.of(e.leader().id()), c));
            assertThat(reopened.rounds.compliance(e.team().id(), LedgerFixture.TODAY, LedgerFixture.TODAY))
                    .extracting(x -> x.state()).containsExactly(ComplianceState.DONE);
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
