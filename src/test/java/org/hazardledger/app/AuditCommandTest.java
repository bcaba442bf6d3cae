package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hazardledger.cli.CliContext;
import org.hazardledger.cli.HazardLedgerCommand;
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

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CliContext ctx = new CliContext(Launcher::openForCommand, (d, l) -> {
            throw new AssertionError("no window in this test");
        }, () -> dir.resolve("default"), new PrintWriter(out), new PrintWriter(err));
        return HazardLedgerCommand.run(ctx, args);
    }

    private String data() {
        return dir.resolve("ledger").toString();
    }

    @BeforeEach
    void ledgerWithHistory() {
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("ledger"))) {
            ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(3));
        }
    }

    @Test
    void anIntactTrailSaysHowManyEntriesInBothLanguages() {
        assertThat(run("audit", "verify", "--data", data())).as(err.toString()).isZero();
        assertThat(out.toString().strip())
                .isEqualTo("审计链完整：" + ENTRIES + " 条记录 / Audit trail intact: " + ENTRIES + " entries");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aChangedEntryIsRefusedWithItsNumberTimeRecordAndAction() {
        LedgerSql.execute(dir.resolve("ledger"), "UPDATE ledger_event SET payload = ? WHERE seq = 2", "{}");
        assertThat(run("audit", "verify", "--data", data())).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .contains("错误：审计链在第 2 条记录处断开：这条记录写入后被改动过。")
                .contains("Error: The audit trail is broken at entry 2: the entry was changed after it was written.")
                .contains("2026-06-15 09:30:00 +08:00").contains("org_unit").contains("ADD");
    }

    @Test
    void aDeletedEntryIsRefusedNamingTheGap() {
        LedgerSql.execute(dir.resolve("ledger"), "DELETE FROM ledger_event WHERE seq = 8");
        assertThat(run("audit", "verify", "--data", data())).isEqualTo(1);
        assertThat(err.toString())
                .contains("错误：审计链在第 9 条记录处断开：序号不连续，缺少第 8 条记录（已被删除）。")
                .contains("Error: The audit trail is broken at entry 9: the numbering jumps, entries were deleted (missing: 8).")
                .contains("hazard").contains("ASSIGN");
    }

    @Test
    void auditWithoutASubcommandIsAUsageError() {
        assertThat(run("audit")).isEqualTo(2);
        assertThat(run("audit", "verify", "--frobnicate")).isEqualTo(2);
    }
}
