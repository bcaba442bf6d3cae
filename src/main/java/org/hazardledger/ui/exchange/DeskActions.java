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

/** {@link ExchangeActions} as a thin pass-through to {@link ExchangeDesk}. */
final class DeskActions implements ExchangeActions {

    private final ExchangeDesk desk;

    DeskActions(ExchangeDesk desk) {
        this.desk = desk;
    }

    @Override
    public Installation installation() {
        return desk.records().installation();
    }

    @Override
    public Optional<ExchangeKeyEntry> currentKey() {
        return desk.keys().current();
    }

    @Override
    public List<ExchangeKeyEntry> keys() {
        return desk.keys().list();
    }

    @Override
    public ExchangeKeyEntry createKey(char[] passphrase) {
        return desk.keys().init(passphrase);
    }

    @Override
    public ExchangeKeyEntry rotateKey(char[] passphrase) {
        return desk.keys().rotate(passphrase);
    }

    @Override
    public String exportPublicKey() {
        return desk.keys().exportPublic();
    }

    @Override
    public ExchangeKeyEntry importPublicKey(String armored) {
        return desk.keys().importPublic(armored);
    }

    @Override
    public ExchangeKeyEntry trust(Fingerprint fingerprint, String confirmed) {
        return desk.keys().trust(fingerprint, confirmed);
    }

    @Override
    public ExportResult exportRecords(Fingerprint recipient, Path folder, boolean full, char[] passphrase,
            Progress progress) {
        return desk.bundles().exportRecords(recipient, folder, full, passphrase, progress);
    }

    @Override
    public ExportResult exportFeedback(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        return desk.bundles().exportFeedback(recipient, folder, passphrase, progress);
    }

    @Override
    public ExportResult acknowledge(Fingerprint recipient, Path folder, char[] passphrase, Progress progress) {
        return desk.bundles().acknowledge(recipient, folder, passphrase, progress);
    }

    @Override
    public ImportResult importBundle(Path file, char[] passphrase, Progress progress) {
        return desk.bundles().importBundle(file, passphrase, progress);
    }

    @Override
    public List<BundleLogEntry> log() {
        return desk.records().log();
    }

    @Override
    public List<RecordConflict> openConflicts() {
        return desk.records().conflicts(true);
    }

    @Override
    public RecordConflict resolve(UUID conflictId, RecordConflict.Resolution resolution) {
        return desk.records().resolve(conflictId, resolution);
    }
}
