package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit verify} as a user runs it: exit 0 on an intact trail, 1 naming the broken entry, both languages. */
class AuditCommandTest {

    /** 4 units, 3 people, one hazard registered and assigned. */
    private static final int ENTRIES = 9;

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir);
    }

    @BeforeEach
    void ledgerWithHistory() {
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("ledger"))) {
            ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
    }

    @Test
    void anIntactTrailSaysHowManyEntriesInBothLanguages() {
        assertThat(cli.run("audit", "verify", "--data", cli.data())).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString().strip())
                .isEqualTo("审计链完整：" + ENTRIES + " 条记录 / Audit trail intact: " + ENTRIES + " entries");
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void aChangedEntryIsRefusedWithItsNumberTimeRecordAndAction() {
        LedgerSql.execute(dir.resolve("ledger"), "UPDATE ledger_event SET payload = ? WHERE seq = 2", "{}");
        assertThat(cli.run("audit", "verify", "--data", cli.data())).isEqualTo(1);
        assertThat(cli.out.toString()).isEmpty();
        assertThat(cli.err.toString())
                .contains("错误：审计链在第 2 条记录处断开：这条记录写入后被改动过。")
                .contains("Error: The audit trail is broken at entry 2: the entry was changed after it was written.")
                .contains("2026-06-15 09:30:00 +08:00").contains("org_unit").contains("ADD");
    }

    @Test
    void aDeletedEntryIsRefusedNamingTheGap() {
        LedgerSql.execute(dir.resolve("ledger"), "DELETE FROM ledger_event WHERE seq = 8");
        assertThat(cli.run("audit", "verify", "--data", cli.data())).isEqualTo(1);
        assertThat(cli.err.toString())
                .contains("错误：审计链在第 9 条记录处断开：序号不连续，缺少第 8 条记录（已被删除）。")
                .contains("Error: The audit trail is broken at entry 9: the numbering jumps, entries were deleted (missing: 8).")
                .contains("hazard").contains("ASSIGN");
    }

    @Test
    void auditWithoutASubcommandIsAUsageError() {
        assertThat(cli.run("audit")).isEqualTo(2);
        assertThat(cli.run("audit", "verify", "--frobnicate")).isEqualTo(2);
    }
}
