package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFoldersTest {

    @Test
    void eachSystemKeepsTheLedgerWhereItsUsersExpect() {
        assertThat(DataFolders.defaultDataDir("Windows 10", Map.of("APPDATA", "C:\\Users\\li\\AppData\\Roaming"),
                "C:\\Users\\li")).isEqualTo(Path.of("C:\\Users\\li\\AppData\\Roaming", "HazardLedger"));
        assertThat(DataFolders.defaultDataDir("Mac OS X", Map.of(), "/Users/li"))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/HazardLedger"));
        assertThat(DataFolders.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data/li"), "/home/li"))
                .isEqualTo(Path.of("/data/li/hazard-ledger"));
        assertThat(DataFolders.defaultDataDir("Linux", Map.of(), "/home/li"))
                .isEqualTo(Path.of("/home/li/.local/share/hazard-ledger"));
    }
}
