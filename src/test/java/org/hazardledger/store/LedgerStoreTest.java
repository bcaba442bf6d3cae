package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded H2 file does: refuse a second process. The rest is in {@link StoreContract}. */
class LedgerStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessHoldingTheLedgerGivesAClearRefusal() throws Exception {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            ledger.initialiseSmall();
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertThat(line).isEqualTo(LedgerHolder.READY);
            assertThatThrownBy(() -> LedgerDatabase.open(dir))
                    .isInstanceOf(LedgerLockedException.class)
                    .satisfies(t -> assertThat(((LedgerLockedException) t).messageKey())
                            .isEqualTo("error.ledger.locked"));
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }
}
