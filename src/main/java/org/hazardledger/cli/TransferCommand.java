package org.hazardledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.TableCheck;
import org.hazardledger.model.TransferReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code transfer}: moves the ledger named by {@code --data}/{@code --db} into an empty one, the
 * embedded file in {@code --to-data} or a PostgreSQL server ({@code --to-db}), and prints each
 * table's records and checksum as verified on both sides. Any refusal or difference: exit 1, and the
 * target is left as it was. The target's password comes from a file, an environment variable or a
 * prompt, never from the command line.
 */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = "Move the ledger to another database (H2 ↔ PostgreSQL), verified table by table / 将台账迁移到另一个数据库并逐表校验")
final class TransferCommand implements Callable<Integer> {

    static final String TARGET_PASSWORD_VARIABLE = "HAZARDLEDGER_TARGET_DB_PASSWORD";
    /** Rows between two progress lines on the error stream. */
    private static final long PROGRESS_EVERY = 50_000;

    @ParentCommand
    HazardLedgerCommand parent;

    @Mixin
    DataOption data;

    @Option(names = "--to-data", paramLabel = "DIR",
            description = "The target's folder: its embedded ledger, or with --to-db its attachments"
                    + " (default with --to-db: the source's folder) / 目标数据目录")
    Path toData;

    @Option(names = "--to-db", paramLabel = "URL",
            description = "Move the ledger to a PostgreSQL server, jdbc:postgresql://host:port/database / 目标 PostgreSQL 数据库")
    String toServerUrl;

    @Option(names = "--to-db-user", paramLabel = "USER",
            description = "The target database user (default: your login name) / 目标数据库用户名")
    String toServerUser;

    @Option(names = "--to-db-password-file", paramLabel = "FILE",
            description = "Read the target database password from the first line of FILE (else $"
                    + TARGET_PASSWORD_VARIABLE + ", else a prompt) / 从文件读取目标数据库密码")
    Path toPasswordFile;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        if (toData == null && toServerUrl == null) {
            throw new DomainException("error.cli.transfer.target");
        }
        Path sourceDir = ctx.dataDir(data.dataDir);
        Path targetDir = toData != null ? toData : sourceDir;
        TransferReport report;
        try (OpenLedger source = ctx.open(data);
             OpenLedger target = ctx.opener().open(targetDir, targetServer())) {
            ctx.out().println(Bilingual.line("cli.transfer.header", source.location(), target.location()));
            ctx.out().flush();
            report = source.transfer().copyTo(target.transfer(), (table, rows) -> {
                if (rows % PROGRESS_EVERY == 0) {
                    ctx.err().println(Bilingual.line("cli.transfer.progress", table, rows));
                    ctx.err().flush();
                }
            });
        }
        ctx.out().println(Bilingual.line("cli.transfer.columns"));
        for (TableCheck t : report.tables()) {
            ctx.out().println(String.format("  %-26s %10d  %s  %s", t.table(), t.targetRows(),
                    t.targetChecksum().substring(0, 16), t.matches() ? "=" : "≠"));
        }
        ctx.out().println(Bilingual.line("cli.transfer.done", report.totalRows(), report.tables().size(),
                report.attachmentReferences(), report.filesCopied(), targetDir.toAbsolutePath().toString()));
        return HazardLedgerCommand.OK;
    }

    private DatabaseServer targetServer() {
        return DataOption.server(toServerUrl, toServerUser, toPasswordFile, TARGET_PASSWORD_VARIABLE,
                "error.cli.transfer.passwordRequired");
    }
}
