package org.hazardledger.exchange;

import java.nio.file.Path;
import java.time.Clock;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.service.ExchangeRecordsService;
import org.hazardledger.service.FederationService;
import org.hazardledger.service.Progress;

/**
 * Writing and reading bundles (docs/bundle-format.md). Writes go to a temporary name in the chosen
 * folder, are synced and renamed, then read back and verified before the call returns. Reads verify
 * everything before one transaction applies it.
 */
public final class ExchangeService {

    private final Path dataDir;
    private final KeyRing keys;
    private final ExchangeRecordsService records;
    private final FederationService federation;
    private final Clock clock;

    public ExchangeService(Path dataDir, KeyRing keys, ExchangeRecordsService records, FederationService federation,
            Clock clock) {
        this.dataDir = dataDir;
        this.keys = keys;
        this.records = records;
        this.federation = federation;
        this.clock = clock;
    }

    /** Enterprise → federation: the ledger's records, all of them or those changed since the last acknowledged bundle. */
    public ExportResult exportRecords(Fingerprint recipient, Path folder, boolean full, char[] passphrase,
            Progress progress) {
        throw new UnsupportedOperationException("S05: ExchangeService.exportRecords");
    }

    /** Federation → enterprise: the notices for that enterprise changed since its last acknowledgement. */
    public ExportResult exportFeedback(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        throw new UnsupportedOperationException("S05: ExchangeService.exportFeedback");
    }

    /** Either way: which bundles from {@code recipient} this ledger has applied. */
    public ExportResult acknowledge(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        throw new UnsupportedOperationException("S05: ExchangeService.acknowledge");
    }

    /** Verifies and applies a bundle; a bundle already applied is reported and skipped. */
    public ImportResult importBundle(Path file, char[] passphrase, Progress progress) {
        throw new UnsupportedOperationException("S05: ExchangeService.importBundle");
    }

    /** Verifies a bundle and shows its manifest without applying anything. */
    public BundleInspection inspect(Path file, char[] passphrase) {
        throw new UnsupportedOperationException("S05: ExchangeService.inspect");
    }
}
