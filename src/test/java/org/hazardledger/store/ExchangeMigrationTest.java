package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before V10 opens with the exchange tables, and its records travel. */
class ExchangeMigrationTest {

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V10 wrote it. */
    static void undoVersionTen(Path dir) {
        CampaignMigrationTest.undoCampaignVersions(dir); // later versions first: Flyway refuses a history with a gap
        for (String table : List.of("record_conflict", "received_record", "federation_notice", "exchange_bundle",
                "exchange_key")) {
            LedgerSql.execute(dir, "DROP TABLE " + table);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '10'"))
                .isEqualTo(1);
    }

    @Test
    void aLedgerFromBeforeTheExchangeGetsItsTablesAndItsRecordsTravel() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.hazards.register(ledger.initialiseSmall().leakingValve(LedgerFixture.TODAY));
        }
        undoVersionTen(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            var records = reopened.exchange.records();
            assertThat(records.log()).isEmpty();
            assertThat(records.conflicts(false)).isEmpty();
            List<TravellingRecord> all = new ArrayList<>();
            records.collectRecords(new ChangeRange(1, records.lastChangeSeq(), true), all::add, Progress.NONE);
            assertThat(all).filteredOn(r -> r.type() == RecordType.HAZARD).singleElement()
                    .satisfies(r -> assertThat(r.id()).isEqualTo(saved.id()));
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
