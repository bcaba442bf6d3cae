package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.PostgresTestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hazard-ledger transfer}: a copy of the demo ledger moved to a PostgreSQL server by the command line. */
@Tag("postgresql")
class PostgresTransferCommandTest {

    @TempDir
    Path dir;

    @Test
    void movesTheDemoLedgerToAServerAndPrintsTheVerification() throws Exception {
        Path source = DemoLedger.copyTo(dir.resolve("source"));
        DatabaseServer server = PostgresTestServer.freshDatabase();
        Path password = Files.writeString(dir.resolve("pg-password"), server.password() + "\n", StandardCharsets.UTF_8);
        Path desk = dir.resolve("desk");
        List<String> onServer = List.of("--data", desk.toString(), "--db", server.url(), "--db-user", server.user(),
                "--db-password-file", password.toString());
        CliHarness cli = new CliHarness(dir);

        int code = cli.run("transfer", "--data", source.toString(), "--to-data", desk.toString(),
                "--to-db", server.url(), "--to-db-user", server.user(), "--to-db-password-file", password.toString());

        assertThat(code).as(cli.err.toString()).isZero();
        String out = cli.out.toString();
        assertThat(out).contains("台账已迁移并校验", "Ledger moved and verified", "每张表的记录数和校验和两边一致");
        assertThat(out.lines().filter(l -> l.trim().startsWith("hazard ")))
                .singleElement().satisfies(l -> assertThat(l).endsWith("="));
        assertThat(out.lines().filter(l -> l.trim().startsWith("attachment ")))
                .singleElement().satisfies(l -> assertThat(l).endsWith("="));
        assertThat(out).doesNotContain("≠");

        CliHarness audit = new CliHarness(dir);
        assertThat(audit.run(concat(List.of("audit", "verify"), onServer))).as(audit.err.toString()).isZero();
        assertThat(audit.out.toString()).contains("Audit trail intact");

        CliHarness before = new CliHarness(dir);
        CliHarness after = new CliHarness(dir);
        assertThat(before.run("list", "--data", source.toString())).isZero();
        assertThat(after.run(concat(List.of("list"), onServer))).as(after.err.toString()).isZero();
        assertThat(after.out.toString()).isEqualTo(before.out.toString()).isNotBlank();

        CliHarness again = new CliHarness(dir);
        assertThat(again.run("transfer", "--data", source.toString(), "--to-data", desk.toString(),
                "--to-db", server.url(), "--to-db-user", server.user(), "--to-db-password-file", password.toString()))
                .isEqualTo(1);
        assertThat(again.err.toString()).contains("已有台账", "already holds a ledger");
    }

    private static String[] concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toArray(String[]::new);
    }
}
