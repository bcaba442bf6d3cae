package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.hazardledger.model.AuditBreak;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.AuditReport;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail on a real H2 file, tampered with through plain SQL as someone with a database
 * tool could: verification names the first entry that no longer holds, and why.
 */
class AuditTrailTest {

    /** What a small enterprise and two hazards write: 4 units, 3 people, then REGISTER and ASSIGN twice. */
    private static final int ENTRIES = 11;

    @TempDir
    Path dir;

    /** Entries 1 and 2 as written: the plant and the workshop being added. */
    private record FirstTwo(EventLog.Event first, EventLog.Event second) {
    }

    /** Builds the ledger, remembers its first two entries and closes the file. */
    private FirstTwo writeLedger() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            var e = ledger.initialiseSmall();
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(5));
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(1));
            assertThat(ledger.audit.verify()).isEqualTo(AuditReport.intact(ENTRIES));
            return ledger.store.transact(s -> new FirstTwo(s.events().forEntity(e.plant().id()).get(0),
                    s.events().forEntity(e.workshop().id()).get(0)));
        }
    }

    private AuditReport verifyReopened() {
        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            return reopened.audit.verify();
        }
    }

    @Test
    void anUntouchedLedgerVerifiesCleanAfterReopening() {
        writeLedger();
        AuditReport report = verifyReopened();
        assertThat(report.isIntact()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(ENTRIES);
        assertThat(report.breakFound()).isEmpty();
    }

    @Test
    void noEventIsWrittenWithoutAUser() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.initialiseSmall();
            Integer before = ledger.store.transact(s -> s.events().count());
            for (String nobody : new String[] {null, "", "   "}) {
                assertThatThrownBy(() -> ledger.store.transact(s -> s.events().append(nobody, "hazard",
                        java.util.UUID.randomUUID(), "REGISTER", "{}")))
                        .isInstanceOf(IllegalArgumentException.class);
            }
            Integer after = ledger.store.transact(s -> s.events().count());
            assertThat(after).isEqualTo(before);
            assertThat(ledger.audit.verify().isIntact()).isTrue();
        }
    }

    @Test
    void anEmptyTrailIsIntactWithNoEntries() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            assertThat(ledger.audit.verify()).isEqualTo(AuditReport.intact(0));
        }
    }

    @Test
    void anOldEntryChangedInTheDatabaseIsNamedExactly() {
        EventLog.Event second = writeLedger().second();
        assertThat(second.seq()).isEqualTo(2);
        assertThat(LedgerSql.execute(dir, "UPDATE ledger_event SET payload = ? WHERE seq = 2",
                "{\"code\":\"P1-W1\",\"name\":\"另一个车间\"}")).isEqualTo(1);

        AuditReport report = verifyReopened();
        assertThat(report.isIntact()).isFalse();
        assertThat(report.entriesChecked()).as("entries proven before the break").isEqualTo(1);
        AuditBreak broken = report.firstBreak();
        assertThat(broken.seq()).isEqualTo(2);
        assertThat(broken.reason()).isEqualTo(AuditBreak.Reason.CHANGED);
        assertThat(broken.entityType()).isEqualTo("org_unit");
        assertThat(broken.entityId()).isEqualTo(second.entityId());
        assertThat(broken.action()).isEqualTo("ADD");
        assertThat(broken.occurredAt()).isEqualTo(second.occurredAt());
        assertThat(broken.messageKey()).isEqualTo("audit.broken.changed");
        assertThat(broken.messageArgs()).startsWith("2", "2026-06-15 09:30:00 +08:00", "org_unit",
                second.entityId().toString(), "ADD");
    }

    @Test
    void aDeletedEntryIsReportedAtTheEntryAfterTheGap() {
        writeLedger();
        assertThat(LedgerSql.execute(dir, "DELETE FROM ledger_event WHERE seq IN (3, 4)")).isEqualTo(2);

        AuditBreak broken = verifyReopened().firstBreak();
        assertThat(broken.seq()).isEqualTo(5);
        assertThat(broken.expectedSeq()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo(AuditBreak.Reason.ENTRY_MISSING);
        assertThat(broken.entityType()).isEqualTo("person");
        assertThat(broken.messageArgs()[5]).isEqualTo("3–4");
    }

    @Test
    void theFirstEntryDeletedIsAGapToo() {
        writeLedger();
        LedgerSql.execute(dir, "DELETE FROM ledger_event WHERE seq = 1");
        AuditReport report = verifyReopened();
        assertThat(report.entriesChecked()).isZero();
        assertThat(report.firstBreak().seq()).isEqualTo(2);
        assertThat(report.firstBreak().reason()).isEqualTo(AuditBreak.Reason.ENTRY_MISSING);
        assertThat(report.firstBreak().messageArgs()[5]).isEqualTo("1");
    }

    @Test
    void anEntryChangedAndRehashedBreaksTheLinkToTheNextOne() {
        FirstTwo written = writeLedger();
        EventLog.Event first = written.first();
        EventLog.Event second = written.second();
        assertThat(first.seq()).isEqualTo(1);
        // A careful forger recomputes the changed entry's own hash, but the next entry still holds the old one.
        EventLog.Event forged = new EventLog.Event(second.seq(), second.id(), second.occurredAt(), second.actor(),
                second.entityType(), second.entityId(), second.action(), "{\"name\":\"另一个车间\"}");
        String firstHash = EventLog.hash(EventLog.GENESIS, first);
        LedgerSql.execute(dir, "UPDATE ledger_event SET payload = ?, hash = ? WHERE seq = 2", forged.payload(),
                EventLog.hash(firstHash, forged));

        AuditBreak broken = verifyReopened().firstBreak();
        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.reason()).isEqualTo(AuditBreak.Reason.PREVIOUS_CHANGED);
    }

    @Test
    void anEntrySlippedInBeforeTheFirstIsOutOfSequence() {
        writeLedger();
        LedgerSql.execute(dir, "INSERT INTO ledger_event (seq, id, occurred_at, actor, entity_type, entity_id, action,"
                + " payload, prev_hash, hash) SELECT 0, RANDOM_UUID(), occurred_at, actor, entity_type, entity_id,"
                + " action, payload, prev_hash, hash FROM ledger_event WHERE seq = 1");
        AuditBreak broken = verifyReopened().firstBreak();
        assertThat(broken.seq()).isZero();
        assertThat(broken.reason()).isEqualTo(AuditBreak.Reason.OUT_OF_SEQUENCE);
    }

    @Test
    void theWalkGoesBatchByBatchAndFindsABreakInALaterBatch() {
        writeLedger();
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            List<Long> heard = new ArrayList<>();
            AuditReport whole = ledger.store.transact(s -> s.events().verify(heard::add, 3));
            assertThat(whole).isEqualTo(AuditReport.intact(ENTRIES));
            assertThat(heard).containsExactly(3L, 6L, 9L, 11L);
        }
        LedgerSql.execute(dir, "UPDATE ledger_event SET actor = ? WHERE seq = 10", "someone else");
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            AuditReport report = ledger.store.transact(s -> s.events().verify(n -> { }, 3));
            assertThat(report.firstBreak().seq()).isEqualTo(10);
            assertThat(report.firstBreak().reason()).isEqualTo(AuditBreak.Reason.CHANGED);
            assertThat(report.entriesChecked()).isEqualTo(9);
        }
    }

    @Test
    void theServiceReportsProgressAndStopsWhenCancelled() {
        writeLedger();
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            List<String> updates = new ArrayList<>();
            assertThat(ledger.audit.verify(new Progress() {
                @Override
                public void update(long done, long total) {
                    updates.add(done + "/" + total);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            }).isIntact()).isTrue();
            assertThat(updates).containsExactly("0/11", "11/11");

            assertThatThrownBy(() -> ledger.audit.verify(new Progress() {
                @Override
                public void update(long done, long total) {
                    // nobody watches
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            })).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void aHazardHistoryListsWhoDidWhatInOrder() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            var e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
            ledger.hazards.perform(h.id(), h.revision(),
                    new HazardCommand.ReportRectified(LedgerFixture.TODAY, "已更换垫片"));
            List<AuditEntry> history = ledger.audit.history(h.id());
            assertThat(history).extracting(AuditEntry::action).containsExactly("REGISTER", "ASSIGN", "REPORT_RECTIFIED");
            assertThat(history).extracting(AuditEntry::seq).isSorted();
            assertThat(history).allSatisfy(entry -> {
                assertThat(entry.actor()).isEqualTo(LedgerFixture.CLERK.name());
                assertThat(entry.entityType()).isEqualTo("hazard");
                assertThat(entry.entityId()).isEqualTo(h.id());
            });
            assertThat(history.get(1).payloadJson()).contains("更换法兰垫片");
            assertThat(history.get(2).payloadJson()).isEqualTo("{\"evidence\":\"已更换垫片\",\"from\":\"RECTIFYING\","
                    + "\"on\":\"2026-06-15\",\"to\":\"AWAITING_ACCEPTANCE\"}");
            assertThat(ledger.audit.history(java.util.UUID.randomUUID())).isEmpty();
        }
    }
}
