package org.hazardledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.service.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling leaves nothing behind, and a rotated key still opens the bundles sent to the old one. */
class ExchangeLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void cancellingAnExportLeavesNoFileAndCancellingAnImportChangesNothing() throws IOException {
        try (ExchangePair pair = ExchangePair.small(dir)) {
            assertThatThrownBy(() -> pair.enterprise.exchange.bundles().exportRecords(pair.federationKey, pair.usb,
                    true, ExchangePair.PASSPHRASE, cancelAfter(3))).isInstanceOf(CancellationException.class);
            assertThat(files(pair.usb)).isEmpty();
            assertThat(pair.enterprise.exchange.records().log()).isEmpty();

            Path bundle = pair.sendRecords(true).file();
            ExchangePair.LedgerState before = ExchangePair.state(pair.federation);
            assertThatThrownBy(() -> pair.federation.exchange.bundles().importBundle(bundle, ExchangePair.PASSPHRASE,
                    cancelAfter(5))).isInstanceOf(CancellationException.class);

            assertThat(ExchangePair.state(pair.federation)).isEqualTo(before);
            assertThat(files(pair.federation.dataDir.resolve(ExchangeService.TEMP_FOLDER))).isEmpty();
            assertThat(pair.federationImports(bundle).alreadyImported()).isFalse();
        }
    }

    @Test
    void afterRotationTheOldKeyStillReadsBundlesSentToItAndTheNewOneIsUsedOnceConfirmed() {
        try (ExchangePair pair = ExchangePair.small(dir)) {
            Path toOldKey = pair.sendRecords(true).file();
            Fingerprint newKey = pair.federation.exchange.keys().rotate(ExchangePair.PASSPHRASE).fingerprint();
            assertThat(newKey).isNotEqualTo(pair.federationKey);

            assertThat(pair.federationImports(toOldKey).applied().inserted()).isPositive();

            pair.enterprise.exchange.keys().importPublic(pair.federation.exchange.keys().exportPublic());
            pair.enterprise.exchange.keys().trust(newKey, newKey.grouped());
            Path toNewKey = pair.enterprise.exchange.bundles().exportRecords(newKey, pair.usb, true,
                    ExchangePair.PASSPHRASE, Progress.NONE).file();
            assertThat(pair.federationImports(toNewKey).applied().conflicts()).isZero();
            assertThat(pair.enterprise.exchange.keys().list()).filteredOn(k -> k.fingerprint().equals(
                    pair.federationKey)).singleElement().satisfies(k -> assertThat(k.isRetired()).isTrue());
        }
    }

    private static Progress cancelAfter(int updates) {
        return new Progress() {
            private int seen;

            @Override
            public void update(long done, long total) {
                seen++;
            }

            @Override
            public boolean isCancelled() {
                return seen >= updates;
            }
        };
    }

    private static java.util.List<Path> files(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.toList();
        }
    }
}
