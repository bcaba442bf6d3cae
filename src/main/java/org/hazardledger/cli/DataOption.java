package org.hazardledger.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import picocli.CommandLine.Option;

/**
 * Where the ledger is: {@code --data DIR} (the embedded ledger, or this desk's attachments and keys
 * when the ledger is on a server) and {@code --db URL --db-user USER} for a PostgreSQL server. The
 * server's password comes from a file, the environment variable {@code HAZARDLEDGER_DB_PASSWORD} or
 * a prompt; never from the command line, which other users of the machine can read.
 */
public final class DataOption {

    static final String PASSWORD_VARIABLE = "HAZARDLEDGER_DB_PASSWORD";

    @Option(names = "--data", paramLabel = "DIR",
            description = "Ledger folder (default: the per-user data folder) / 台账数据目录")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL",
            description = "Keep the ledger on a PostgreSQL server, jdbc:postgresql://host:port/database / 使用 PostgreSQL 数据库服务器")
    String serverUrl;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "The database user (default: your login name) / 数据库用户名")
    String serverUser;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "Read the database password from the first line of FILE (else $" + PASSWORD_VARIABLE
                    + ", else a prompt) / 从文件读取数据库密码")
    Path passwordFile;

    /** The server named by {@code --db}, with its password read now; null for the embedded ledger. */
    DatabaseServer server() {
        return server(serverUrl, serverUser, passwordFile, PASSWORD_VARIABLE, "error.cli.dbPasswordRequired");
    }

    /**
     * The server at {@code url} (null: none) as {@code user} (default: the login name), its password
     * read now by {@link #password}: the source's options here, the target's in {@code transfer}.
     */
    static DatabaseServer server(String url, String user, Path passwordFile, String variable, String requiredKey) {
        if (url == null) {
            return null;
        }
        String who = user != null ? user : System.getProperty("user.name", "");
        return new DatabaseServer(url, who, password(passwordFile, variable, requiredKey, who));
    }

    /**
     * A database password from the first line of {@code file}, else the environment variable
     * {@code variable}, else a prompt; {@code requiredKey} (with the variable's name) when none.
     */
    private static String password(Path file, String variable, String requiredKey, String user) {
        if (file != null) {
            try {
                return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new DomainException(e, "error.cli.dbPasswordFile", file.toString());
            }
        }
        String value = System.getenv(variable);
        if (value != null) {
            return value;
        }
        Console console = System.console();
        char[] typed = console == null ? null
                : console.readPassword("%s: ", Bilingual.line("cli.db.passwordPrompt", user));
        if (typed == null) {
            throw new DomainException(requiredKey, variable);
        }
        return new String(typed);
    }
}
