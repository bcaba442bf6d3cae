package org.hazardledger.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.DatabaseServer;

/**
 * What the launcher hands the JavaFX application: the data folder, the language and the server, if
 * any. These are parameters inside this process (never a command line another user could read).
 */
final class WorkbenchArguments {

    private WorkbenchArguments() {
    }

    static String[] of(Path dataDir, DatabaseServer server, String language) {
        List<String> args = new ArrayList<>(List.of("--data=" + dataDir.toAbsolutePath(), "--lang=" + language));
        if (server != null) {
            args.add("--db=" + server.url());
            args.add("--db-user=" + server.user());
            args.add("--db-password=" + server.password());
        }
        return args.toArray(String[]::new);
    }

    static Path dataDir(Map<String, String> named) {
        return Path.of(named.get("data"));
    }

    /** The server, or null for the embedded ledger. */
    static DatabaseServer server(Map<String, String> named) {
        String url = named.get("db");
        return url == null ? null : new DatabaseServer(url, named.getOrDefault("db-user", ""), named.get("db-password"));
    }
}
