package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardledger.store.jooq.Tables.ATTACHMENT;
import static org.hazardledger.store.jooq.Tables.HAZARD;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.TableCheck;
import org.hazardledger.model.TransferReport;
import org.hazardledger.testing.LedgerFixture;
import org.jooq.Sequence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving a ledger into another database, on two embedded ledgers (the PostgreSQL round trip is
 * {@code PostgresLedgerTransferTest}): what is refused, and that a refused or failed copy leaves
 * the target as it was.
 */
class LedgerTransferTest {

    @TempDir
    Path dir;
    private LedgerFixture source;
    private LedgerFixture target;
    private Hazard valve;
    private LedgerFixture.SmallEnterprise small;

    @BeforeEach
    void smallLedgerWithAPhoto() {
        source = new LedgerFixture(dir.resolve("source"));
        small = source.initialiseSmall();
        valve = source.registerAssigned(small, LedgerFixture.TODAY.minusDays(3));
        source.attachments.attach(AttachmentOwnerKind.HAZARD, valve.id(), AttachmentKind.BEFORE,
                new ByteArrayInputStream("阀门渗漏照片".getBytes(StandardCharsets.UTF_8)), "阀门.png");
        target = new LedgerFixture(dir.resolve("target"));
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private LedgerTransfer transfer() {
        return new LedgerTransfer(source.store, target.store);
    }

    @Test
    void aCopyHoldsEveryRecordItsFilesAndContinuesTheSequences() throws Exception {
        TransferReport report = transfer().run((table, rows) -> { });

        assertThat(report.matches()).isTrue();
        assertThat(report.tables()).extracting(TableCheck::table).contains("enterprise", "hazard", "attachment", "org_unit");
        assertThat(report.tables()).filteredOn(t -> t.table().equals("hazard")).singleElement()
                .satisfies(t -> assertThat(t.targetRows()).isEqualTo(1));
        assertThat(report.attachmentReferences()).isEqualTo(1);
        assertThat(report.filesCopied()).isEqualTo(1);
        assertThat(LedgerTransfer.compare(source.store, target.store)).allMatch(TableCheck::matches);
        String sha = target.database.dsl().select(ATTACHMENT.SHA256).from(ATTACHMENT).fetchSingle().value1();
        assertThat(new AttachmentFiles(target.dataDir).hashOnDisk(sha)).isEqualTo(sha);
        assertThat(target.audit.verify().firstBreak()).isNull();
        assertThat(target.audit.verify().entriesChecked()).isEqualTo(source.audit.verify().entriesChecked()).isPositive();
        assertThat(target.hazards.byNumber(valve.number().toString())).hasValueSatisfying(
                h -> assertThat(h.registration().description()).isEqualTo(valve.registration().description()));
        Map<Sequence<?>, Long> expected = LedgerTransfer.nextValues(source.database.dsl());
        assertThat(LedgerTransfer.nextValues(target.database.dsl())).isEqualTo(expected);
        long lastRow = target.database.dsl().select(org.jooq.impl.DSL.max(HAZARD.ROW_NO)).from(HAZARD).fetchSingle().value1();
        assertThat(expected.get(org.hazardledger.store.jooq.Sequences.HAZARD_ROW_SEQ)).isGreaterThan(lastRow);
        assertThat(expected.values()).allMatch(next -> next > 1);
    }

    @Test
    void aUnitMovedUnderALaterUnitArrivesWithItsParent() {
        var second = source.organisation.addUnit(null, org.hazardledger.model.Tier.PLANT, "P2", "二厂");
        var workshop = source.organisation.unitEntries().stream()
                .filter(u -> u.unit().id().equals(small.workshop().id())).findFirst().orElseThrow();
        source.organisation.moveUnit(small.workshop().id(), workshop.revision(), second.id());

        transfer().run((table, rows) -> { });

        assertThat(target.organisation.units()).isEqualTo(source.organisation.units())
                .anySatisfy(u -> assertThat(u.parentId()).isEqualTo(second.id()));
    }

    @Test
    void aTargetHoldingALedgerIsRefusedAndLeftAsItWas() {
        target.initialiseSmall();
        List<TableCheck> before = LedgerTransfer.compare(target.store, target.store);

        assertThatThrownBy(() -> transfer().run((table, rows) -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.transfer.targetNotEmpty");
                    assertThat(e.args()).contains("enterprise");
                });
        assertThat(LedgerTransfer.compare(target.store, target.store)).isEqualTo(before);
    }

    @Test
    void aRowChangedInTheCopyFailsTheVerificationNamingTheTableAndLeavesTheTargetEmpty() {
        LedgerTransfer tampering = transfer().beforeVerify(tx ->
                tx.update(HAZARD).set(HAZARD.PLACE, "别处").execute());

        assertThatThrownBy(() -> tampering.run((table, rows) -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.transfer.mismatch");
                    assertThat(e.args().get(0)).isEqualTo("hazard");
                });
        assertThat(target.organisation.enterprise()).isEmpty();
        assertThat(target.audit.verify().entriesChecked()).isZero();
        // and nothing stands in the way of a second, honest attempt
        assertThat(transfer().run((table, rows) -> { }).matches()).isTrue();
    }

    @Test
    void aMissingAttachmentFileFailsTheTransfer() throws Exception {
        String sha = source.database.dsl().select(ATTACHMENT.SHA256).from(ATTACHMENT).fetchSingle().value1();
        Files.delete(new AttachmentFiles(source.dataDir).path(sha));

        assertThatThrownBy(() -> transfer().run((table, rows) -> { }))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.transfer.attachmentMissing");
                    assertThat(e.args()).contains(sha);
                });
        assertThat(target.organisation.enterprise()).isEmpty();
    }

    @Test
    void twoDifferentLedgersCompareUnequalInTheTablesThatDiffer() {
        transfer().run((table, rows) -> { });
        source.hazards.register(small.leakingValve(LedgerFixture.TODAY));

        assertThat(LedgerTransfer.compare(source.store, target.store)).filteredOn(t -> !t.matches())
                .extracting(TableCheck::table).contains("hazard", "ledger_event");
    }
}
