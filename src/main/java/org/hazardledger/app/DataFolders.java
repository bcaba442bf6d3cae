package org.hazardledger.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a user's ledger lives when no {@code --data} is given. */
final class DataFolders {

    private DataFolders() {
    }

    static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /** Windows %APPDATA%\HazardLedger, macOS ~/Library/Application Support/HazardLedger, else XDG. */
    static Path defaultDataDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "HazardLedger")
                    : Path.of(home, "AppData", "Roaming", "HazardLedger");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "HazardLedger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "hazard-ledger")
                : Path.of(home, ".local", "share", "hazard-ledger");
    }
}
