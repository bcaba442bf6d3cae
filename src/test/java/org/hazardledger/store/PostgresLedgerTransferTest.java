package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardledger.store.jooq.Tables.ATTACHMENT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.TableCheck;
import org.hazardledger.model.TransferReport;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PostgresTestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of issue 10's migration: the demo ledger (with its photos) moved from H2 to
 * PostgreSQL and on into a new H2 folder keeps every record and every attachment reference.
 */
@Tag("postgresql")
class PostgresLedgerTransferTest {

    @TempDir
    Path dir;

    @Test
    void theDemoLedgerMakesTheRoundTripH2ToPostgresqlAndBackUnchanged() throws Exception {
        LedgerFixture demo = DemoLedger.shared();
        try (LedgerFixture server = new LedgerFixture(dir.resolve("server-desk"), PostgresTestServer.freshDatabase());
             LedgerFixture back = new LedgerFixture(dir.resolve("back"))) {

            TransferReport there = new LedgerTransfer(demo.store, server.store).run((table, rows) -> { });
            TransferReport home = new LedgerTransfer(server.store, back.store).run((table, rows) -> { });

            assertThat(there.matches()).isTrue();
            assertThat(home.matches()).isTrue();
            assertThat(there.tables()).filteredOn(t -> t.table().equals("hazard")).singleElement()
                    .satisfies(t -> assertThat(t.sourceRows()).isGreaterThan(LedgerTransfer.PAGE));
            assertThat(there.attachmentReferences()).isPositive().isEqualTo(home.attachmentReferences());
            assertThat(there.filesCopied()).isPositive();
            // the same rows and checksums in all three, table by table
            assertThat(home.tables()).isEqualTo(there.tables());
            List<TableCheck> demoAgainstBack = LedgerTransfer.compare(demo.store, back.store);
            assertThat(demoAgainstBack).allMatch(TableCheck::matches).hasSize(there.tables().size());
            assertThat(demoAgainstBack).extracting(TableCheck::sourceChecksum)
                    .containsExactlyElementsOf(there.tables().stream().map(TableCheck::targetChecksum).toList());
            for (LedgerFixture copy : List.of(server, back)) {
                AttachmentFiles files = new AttachmentFiles(copy.dataDir);
                for (String sha : copy.database.dsl().select(ATTACHMENT.SHA256).from(ATTACHMENT).fetch(ATTACHMENT.SHA256)) {
                    assertThat(files.hashOnDisk(sha)).isEqualTo(sha);
                }
            }
            long entries = demo.audit.verify().entriesChecked();
            for (LedgerFixture ledger : List.of(demo, server, back)) {
                assertThat(ledger.audit.verify().firstBreak()).isNull();
                assertThat(ledger.audit.verify().entriesChecked()).isEqualTo(entries);
            }
            back.session.signIn(LedgerFixture.CLERK);
            server.session.signIn(LedgerFixture.CLERK);
            List<HazardRow> hazards = everyHazard(demo);
            assertThat(hazards).hasSizeGreaterThan(LedgerTransfer.PAGE);
            assertThat(everyHazard(server)).isEqualTo(hazards);
            assertThat(everyHazard(back)).isEqualTo(hazards);
            assertThat(LedgerTransfer.nextValues(back.database.dsl()))
                    .isEqualTo(LedgerTransfer.nextValues(server.database.dsl()))
                    .isEqualTo(LedgerTransfer.nextValues(demo.database.dsl()));
        }
    }

    @Test
    void aServerLedgerInUseIsNotOverwritten() {
        try (LedgerFixture source = new LedgerFixture(dir.resolve("source"));
             LedgerFixture server = new LedgerFixture(dir.resolve("server-desk"), PostgresTestServer.freshDatabase())) {
            source.registerAssigned(source.initialiseSmall(), LedgerFixture.TODAY);
            server.initialiseSmall();
            List<TableCheck> before = LedgerTransfer.compare(server.store, server.store);

            assertThatThrownBy(() -> new LedgerTransfer(source.store, server.store).run((table, rows) -> { }))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.transfer.targetNotEmpty");
                        assertThat(e.args()).contains("enterprise");
                    });
            assertThat(LedgerTransfer.compare(server.store, server.store)).isEqualTo(before);
        }
    }

    @Test
    void aRowChangedOnTheServerDuringTheCopyUndoesIt() {
        try (LedgerFixture source = new LedgerFixture(dir.resolve("source"));
             LedgerFixture server = new LedgerFixture(dir.resolve("server-desk"), PostgresTestServer.freshDatabase())) {
            source.registerAssigned(source.initialiseSmall(), LedgerFixture.TODAY);
            LedgerTransfer tampering = new LedgerTransfer(source.store, server.store).beforeVerify(tx ->
                    tx.update(org.hazardledger.store.jooq.Tables.PERSON)
                            .set(org.hazardledger.store.jooq.Tables.PERSON.NAME, "冒名").execute());

            assertThatThrownBy(() -> tampering.run((table, rows) -> { }))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.transfer.mismatch");
                        assertThat(e.args().get(0)).isEqualTo("person");
                    });
            assertThat(server.organisation.enterprise()).isEmpty();
            assertThat(server.audit.verify().entriesChecked()).isZero();
        }
    }

    private static List<HazardRow> everyHazard(LedgerFixture ledger) {
        List<HazardRow> rows = new ArrayList<>();
        LedgerPage page = ledger.hazards.page(HazardQuery.ALL, null, 500);
        rows.addAll(page.rows());
        while (page.nextCursor().isPresent()) {
            page = ledger.hazards.page(HazardQuery.ALL, page.nextCursor().get(), 500);
            rows.addAll(page.rows());
        }
        return rows;
    }
}
