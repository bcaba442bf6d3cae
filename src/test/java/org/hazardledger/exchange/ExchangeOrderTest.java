package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerCopy;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles may arrive in any order and twice: the federation ends in the same state. Two different
 * edits of one revision (a ledger restored from a backup and edited again) are kept side by side.
 */
class ExchangeOrderTest {

    @TempDir
    Path dir;

    @Test
    void bundlesImportedInAnyOrderGiveTheSameLedger() {
        try (ExchangePair pair = ExchangePair.small(dir);
             LedgerFixture twin = new LedgerFixture(LedgerCopy.copy(pair.federation.dataDir, dir.resolve("twin")))) {
            LedgerFixture enterprise = pair.enterprise;
            Path b1 = pair.sendRecords(true).file();
            Hazard h = onlyHazard(enterprise);
            enterprise.hazards.perform(h.id(), h.revision(),
                    new HazardCommand.ReportRectified(LedgerFixture.TODAY, "已更换垫片"));
            Path b2 = pair.sendRecords(false).file();
            enterprise.hazards.register(ExchangePair.smallDraft(enterprise));
            Path b3 = pair.sendRecords(false).file();

            for (Path b : List.of(b1, b2, b3)) {
                pair.federationImports(b);
            }
            for (Path b : List.of(b3, b1, b2, b3)) {
                twin.exchange.bundles().importBundle(b, ExchangePair.PASSPHRASE, Progress.NONE);
            }

            assertThat(ExchangePair.received(twin))
                    .isEqualTo(ExchangePair.received(pair.federation))
                    .hasSizeGreaterThan(8);
            assertThat(twin.exchange.records().conflicts(false)).isEmpty();
            assertThat(pair.federation.exchange.records().conflicts(false)).isEmpty();
        }
    }

    @Test
    void twoDifferentEditsOfTheSameRevisionBecomeAConflictWithBothValuesKept() {
        try (ExchangePair pair = ExchangePair.small(dir)) {
            pair.federationImports(pair.sendRecords(true).file());
            try (LedgerFixture restored = new LedgerFixture(
                    LedgerCopy.copy(pair.enterprise.dataDir, dir.resolve("restored")))) {
                Hazard h = onlyHazard(pair.enterprise);
                pair.enterprise.hazards.perform(h.id(), h.revision(),
                        new HazardCommand.ReportRectified(LedgerFixture.TODAY, "已更换垫片"));
                restored.hazards.perform(h.id(), h.revision(),
                        new HazardCommand.ReportRectified(LedgerFixture.TODAY.minusDays(1), "已紧固螺栓"));

                ImportResult fromOffice = pair.federationImports(pair.sendRecords(false).file());
                String key = "hazard/" + h.id();
                String storedBefore = pair.federationHolds().get(key);
                ImportResult fromRestored = pair.federationImports(restored.exchange.bundles().exportRecords(
                        pair.federationKey, pair.usb, false, ExchangePair.PASSPHRASE, Progress.NONE).file());

                assertThat(fromOffice.applied().conflicts()).isZero();
                assertThat(fromRestored.applied().conflicts()).isEqualTo(1);
                List<RecordConflict> open = pair.federation.exchange.records().conflicts(true);
                assertThat(open).singleElement().satisfies(c -> {
                    assertThat(c.recordId()).isEqualTo(h.id());
                    assertThat(c.keptPayload()).contains(LedgerFixture.TODAY.toString());
                    assertThat(c.incomingPayload()).contains(LedgerFixture.TODAY.minusDays(1).toString());
                });
                // the stored value stays until someone chooses
                assertThat(pair.federationHolds().get(key)).isEqualTo(storedBefore).contains("已更换垫片");

                pair.federation.exchange.records().resolve(open.get(0).id(), RecordConflict.Resolution.TAKEN);

                assertThat(pair.federationHolds().get(key))
                        .isEqualTo(open.get(0).incomingPayload());
                assertThat(pair.federation.exchange.records().conflicts(true)).isEmpty();
                assertThat(pair.federation.audit.verify().isIntact()).isTrue();
            }
        }
    }

    private static Hazard onlyHazard(LedgerFixture ledger) {
        String number = ledger.hazards.page(HazardQuery.ALL, null, 1).rows().get(0).number();
        return ledger.hazards.byNumber(number).orElseThrow();
    }
}
