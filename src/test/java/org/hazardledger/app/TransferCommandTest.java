package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hazard-ledger transfer} between two embedded ledgers (the move to a server is
 * {@link PostgresTransferCommandTest}): what it prints and what it refuses.
 */
class TransferCommandTest {

    @TempDir
    Path dir;

    @Test
    void copiesALedgerIntoANewFolderAndPrintsEachTableInBothLanguages() {
        String source = dir.resolve("source").toString();
        String copy = dir.resolve("copy").toString();
        assertThat(new CliHarness(dir).run("init", "--data", source, "--enterprise", "长江机械厂")).isZero();
        CliHarness cli = new CliHarness(dir);

        int code = cli.run("transfer", "--data", source, "--to-data", copy);

        assertThat(code).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString())
                .contains("正在将台账从", "Moving the ledger from", "表、记录数", "table, records")
                .contains("Ledger moved and verified")
                .containsPattern("\\n  enterprise +1  [0-9a-f]{16}  =")
                .containsPattern("\\n  major_criterion +[1-9][0-9]*  [0-9a-f]{16}  =");
        CliHarness opened = new CliHarness(dir);
        assertThat(opened.run("list", "--data", copy)).as(opened.err.toString()).isZero();
    }

    @Test
    void refusesACopyIntoALedgerInUse() {
        String source = dir.resolve("source").toString();
        String other = dir.resolve("other").toString();
        assertThat(new CliHarness(dir).run("init", "--data", source, "--enterprise", "长江机械厂")).isZero();
        assertThat(new CliHarness(dir).run("init", "--data", other, "--enterprise", "黄河化工厂")).isZero();
        CliHarness cli = new CliHarness(dir);

        assertThat(cli.run("transfer", "--data", source, "--to-data", other)).isEqualTo(1);
        assertThat(cli.err.toString()).contains("已有台账", "already holds a ledger", "enterprise");
        CliHarness list = new CliHarness(dir);
        assertThat(list.run("list", "--data", other)).isZero();
    }

    @Test
    void refusesWithoutATarget() {
        CliHarness cli = new CliHarness(dir);

        assertThat(cli.run("transfer", "--data", cli.data())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--to-data DIR", "--to-db URL");
    }
}
