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

/** The store on a real H2 file: migrate, load seeds, round-trip a hazard, reopen. */
class LedgerStoreTest {

    @TempDir
    Path dir;

    @Test
    void aHazardSurvivesClosingAndReopeningTheLedgerFile() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            var e = ledger.initialiseSmall();
            saved = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            assertThat(ledger.referenceData.hazardCategories()).extracting(CatalogEntry::nameZh)
                    .contains("设备超期使用", "技术工艺缺陷", "管理制度漏洞", "职业危害", "违章指挥", "违章作业", "违反劳动纪律");
        }
        assertThat(dir.resolve("ledger.mv.db")).exists();

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
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
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
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
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
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
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
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
    void aSecondProcessHoldingTheLedgerGivesAClearRefusal() throws Exception {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.initialiseSmall();
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(line).isEqualTo(LedgerHolder.READY);
            assertThatThrownBy(() -> LedgerDatabase.open(dir))
                    .isInstanceOf(LedgerLockedException.class)
                    .satisfies(t -> assertThat(((LedgerLockedException) t).messageKey())
                            .isEqualTo("error.ledger.locked"));
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void everyChangeIsOnTheHashChainedAuditTrail() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
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
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
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
