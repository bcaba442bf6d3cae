package org.hazardledger.ui.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.exchange.ExchangeDesk;
import org.hazardledger.exchange.ExportResult;
import org.hazardledger.exchange.ImportResult;
import org.hazardledger.model.BundleLogEntry;
import org.hazardledger.model.ExchangeKeyEntry;
import org.hazardledger.model.Fingerprint;
import org.hazardledger.model.Installation;
import org.hazardledger.model.RecordConflict;
import org.hazardledger.service.Progress;

/**
 * The calls the 数据交换 page makes, so its ViewModels can be tested with a fake. {@link #over}
 * passes each one straight to the ledger's {@link ExchangeDesk}. Every call runs on a background thread.
 */
public interface ExchangeActions {

    Installation installation();

    Optional<ExchangeKeyEntry> currentKey();

    /** Every key: own first. */
    List<ExchangeKeyEntry> keys();

    ExchangeKeyEntry createKey(char[] passphrase);

    ExchangeKeyEntry rotateKey(char[] passphrase);

    /** The own public key, ASCII-armored. */
    String exportPublicKey();

    ExchangeKeyEntry importPublicKey(String armored);

    ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed);

    ExportResult exportRecords(Fingerprint recipient, Path folder, boolean full, char[] passphrase, Progress progress);

    ExportResult exportFeedback(Fingerprint recipient, Path folder, char[] passphrase, Progress progress);

    ExportResult acknowledge(Fingerprint recipient, Path folder, char[] passphrase, Progress progress);

    ImportResult importBundle(Path file, char[] passphrase, Progress progress);

    /** Every bundle written and applied, newest first. */
    List<BundleLogEntry> log();

    List<RecordConflict> openConflicts();

    RecordConflict resolve(UUID conflictId, RecordConflict.Resolution resolution);

    /** The real calls, on the open ledger's exchange desk. */
    static ExchangeActions over(ExchangeDesk desk) {
        return new DeskActions(desk);
    }
}
