package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init --federation NAME}: a union federation's ledger. */
class InitFederationCommandTest {

    @TempDir
    Path dir;

    private CliHarness cli;

    @BeforeEach
    void harness() {
        cli = new CliHarness(dir);
    }

    @Test
    void setsUpAFederationLedger() {
        assertThat(cli.run("init", "--data", cli.data(), "--federation", "江城市总工会")).as(cli.err.toString()).isZero();
        assertThat(cli.out.toString()).contains("已建立总工会台账：江城市总工会").contains("Federation ledger created");
        try (LedgerFixture ledger = new LedgerFixture(Path.of(cli.data()))) {
            assertThat(ledger.setup.role()).isEqualTo(InstallationRole.FEDERATION);
            assertThat(ledger.exchange.records().installation().name()).isEqualTo("江城市总工会");
        }
        assertThat(cli.run("init", "--data", cli.data(), "--federation", "江城市总工会")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("错误：该台账已经建立过企业");
    }

    @Test
    void federationExcludesTheDemoAndNeedsAName() {
        assertThat(cli.run("init", "--data", cli.data(), "--demo", "--federation", "江城市总工会")).isEqualTo(2);
        assertThat(cli.run("init", "--data", cli.data(), "--federation")).isEqualTo(2);
        assertThat(cli.run("init", "--data", cli.data(), "--federation", " ")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Error:");
    }
}
