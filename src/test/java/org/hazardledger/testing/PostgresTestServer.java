package org.hazardledger.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.store.LedgerDatabase;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests tagged {@code postgresql} run against (issue 10): the one
 * {@code .ci/run} started (HAZARDLEDGER_TEST_PG_URL, _USER, _PASSWORD), or else a throwaway cluster
 * this JVM starts with {@code .ci/postgres-start} when PostgreSQL is installed. Where neither is
 * possible the tests are skipped with a message saying why, except under CI, where they fail.
 * Each test gets a fresh database copied from a migrated template.
 */
public final class PostgresTestServer {

    private static final String TEMPLATE = "hl_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Admin admin;
    private static String unavailable;

    private PostgresTestServer() {
    }

    private record Admin(String url, String user, String password) {
        String urlOf(String database) {
            return url.substring(0, url.lastIndexOf('/') + 1) + database;
        }
    }

    /** A new, migrated, empty ledger database on the test server; skips or fails the test without one. */
    public static synchronized DatabaseServer freshDatabase() {
        Admin a = admin();
        String name = "hl_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(a, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new DatabaseServer(a.urlOf(name), a.user(), a.password());
    }

    /** An empty database with no schema at all (for what Flyway must create itself). */
    public static synchronized DatabaseServer emptyDatabase() {
        Admin a = admin();
        String name = "hl_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        execute(a, "CREATE DATABASE " + name);
        return new DatabaseServer(a.urlOf(name), a.user(), a.password());
    }

    private static Admin admin() {
        if (admin == null && unavailable == null) {
            try {
                admin = connect();
                makeTemplate(admin);
            } catch (RuntimeException | IOException | InterruptedException e) {
                unavailable = e.getMessage();
            }
        }
        if (admin == null) {
            String message = "PostgreSQL tests skipped: " + unavailable;
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI must run the PostgreSQL tests; " + message);
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        return admin;
    }

    private static Admin connect() throws IOException, InterruptedException {
        String url = System.getenv("HAZARDLEDGER_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Admin(url, System.getenv("HAZARDLEDGER_TEST_PG_USER"), System.getenv("HAZARDLEDGER_TEST_PG_PASSWORD"));
        }
        return startCluster();
    }

    /** Starts a throwaway cluster under target/ with the script CI uses; stopped when the JVM ends. */
    private static Admin startCluster() throws IOException, InterruptedException {
        Path script = Path.of(".ci/postgres-start").toAbsolutePath();
        if (!Files.exists(script)) {
            throw new IllegalStateException("no HAZARDLEDGER_TEST_PG_URL and no " + script);
        }
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "pg-cluster-");
        int port = freePort();
        Process p = new ProcessBuilder("bash", script.toString(), dir.toString(), Integer.toString(port))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> env = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("cannot start a PostgreSQL cluster (" + script + " exited "
                    + (p.isAlive() ? "late" : p.exitValue()) + "); install Debian's postgresql package");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopCluster(dir)));
        return new Admin(env.get("HAZARDLEDGER_TEST_PG_URL"), env.get("HAZARDLEDGER_TEST_PG_USER"),
                env.get("HAZARDLEDGER_TEST_PG_PASSWORD"));
    }

    private static void stopCluster(Path dir) {
        try {
            String root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).trim()) ? "runuser -u postgres -- " : "";
            new ProcessBuilder("bash", "-c", root + "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl -D '"
                    + dir.resolve("data") + "' -m immediate stop").start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test cluster in " + dir + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Migrates a template database once, so each test's copy starts at the current schema. */
    private static void makeTemplate(Admin a) throws IOException {
        execute(a, "DROP DATABASE IF EXISTS " + TEMPLATE);
        execute(a, "CREATE DATABASE " + TEMPLATE);
        Path scratch = Files.createTempDirectory("hl-template-");
        try (LedgerDatabase db = LedgerDatabase.open(scratch, new DatabaseServer(a.urlOf(TEMPLATE), a.user(), a.password()))) {
            // migrated: nothing else to do
        }
    }

    private static void execute(Admin a, String sql) {
        try (Connection c = DriverManager.getConnection(a.url(), a.user(), a.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
