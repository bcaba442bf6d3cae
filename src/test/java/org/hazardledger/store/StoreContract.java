package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract (issue 10): one suite of behaviour every engine must show, run against the
 * embedded H2 file ({@link H2StoreContractTest}) and a PostgreSQL server
 * ({@link PostgresStoreContractTest}). A subclass says where the ledger lives; reopening it opens
 * the same database again.
 */
public abstract class StoreContract {

    @TempDir
    Path dir;

    /** Opens (creating and migrating on first call) the ledger under test, at the fixture's "today". */
    protected abstract LedgerFixture open(Path attachmentsDir);

    /** Where the ledger lives, as {@link LedgerDatabase#engine()} must report it. */
    protected abstract Engine engine();

    @Test
    void theLedgerIsKeptWhereItWasAskedToBe() {
        try (LedgerFixture ledger = open(dir)) {
            assertThat(ledger.database.engine()).isEqualTo(engine());
        }
    }



    @Test
    void aHazardSurvivesClosingAndReopeningTheLedgerFile() {
        Hazard saved;
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            saved = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            assertThat(ledger.referenceData.hazardCategories()).extracting(CatalogEntry::nameZh)
                    .contains("设备超期使用", "技术工艺缺陷", "管理制度漏洞", "职业危害", "违章指挥", "违章作业", "违反劳动纪律");
        }

        try (LedgerFixture reopened = open(dir)) {
            Hazard back = reopened.hazards.byNumber(saved.number().toString()).orElseThrow();
            assertThat(back).isEqualTo(saved);
            assertThat(back.number().toString()).isEqualTo("YH-2026-06-0001");
            assertThat(back.status()).isEqualTo(HazardStatus.RECTIFYING);
            assertThat(back.rectification().funds()).isEqualByComparingTo("800");
            assertThat(reopened.referenceData.subGrades()).hasSize(3);
        }
    }

    @Test
    void numbersRunOnWithinTheMonthOfFinding() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(1)));
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
            Hazard may = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusMonths(1)));
            assertThat(may.number().toString()).isEqualTo("YH-2026-05-0001");
            assertThat(ledger.hazards.byNumber("YH-2026-06-0002")).isPresent();
        }
    }

    @Test
    void pagesWalkTheWholeLedgerNewestFirstWithoutRepeats() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            for (int i = 0; i < 25; i++) {
                ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(i % 7)));
            }
            LedgerPage first = ledger.hazards.page(HazardQuery.ALL, null, 10);
            LedgerPage second = ledger.hazards.page(HazardQuery.ALL, first.next(), 10);
            LedgerPage third = ledger.hazards.page(HazardQuery.ALL, second.next(), 10);
            assertThat(first.rows()).hasSize(10);
            assertThat(third.rows()).hasSize(5);
            assertThat(third.nextCursor()).isEmpty();
            var all = new java.util.ArrayList<>(first.rows());
            all.addAll(second.rows());
            all.addAll(third.rows());
            assertThat(all).extracting(r -> r.number()).doesNotHaveDuplicates().hasSize(25);
            assertThat(all).extracting(r -> r.foundOn()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void filtersByStatusOverdueUnitAndText() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(30)); // deadline 20 days ago: overdue
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));

            assertThat(ledger.hazards.count(HazardQuery.ALL)).isEqualTo(3);
            assertThat(ledger.hazards.count(HazardQuery.ALL.withStatuses(Set.of(HazardStatus.REGISTERED))))
                    .isEqualTo(1);
            HazardQuery overdue = new HazardQuery(Set.of(), null, null, null, true, null);
            assertThat(ledger.hazards.page(overdue, null, 10).rows()).singleElement()
                    .satisfies(r -> assertThat(r.overdue()).isTrue());
            HazardQuery underPlant = new HazardQuery(Set.of(), null, e.plant().id(), null, false, null);
            assertThat(ledger.hazards.count(underPlant)).isEqualTo(3);
            HazardQuery underOtherUnit = new HazardQuery(Set.of(), null, e.workshop().id(), null, false, "法兰");
            assertThat(ledger.hazards.count(underOtherUnit)).isEqualTo(3);
            assertThat(ledger.hazards.count(HazardQuery.ALL.withText("100%_无此"))).isZero();
        }
    }

    @Test
    void everyChangeIsOnTheHashChainedAuditTrail() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY);
            ledger.store.transact(s -> {
                assertThat(s.events().forEntity(h.id())).extracting(EventLog.Event::action)
                        .containsExactly("REGISTER", "ASSIGN");
                assertThat(s.events().verify().isIntact()).isTrue();
                return null;
            });
        }
    }

    @Test
    void aChangeBasedOnAnOldRevisionIsRefusedAndChangesNothing() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY);
            Hazard stale = new Hazard(h.id(), h.revision() - 1, h.number(), h.status(), h.registration(),
                    h.grading(), h.rectification(), h.outcome(), h.handling(), h.createdAt(), h.updatedAt());
            assertThatThrownBy(() -> ledger.store.transact(s -> s.hazards().update(stale)))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(ledger.hazards.byNumber(h.number().toString())).contains(h);
        }
    }
}
