package org.hazardledger.ui;

import java.nio.file.Path;
import org.hazardledger.report.PdfPrinting;
import org.hazardledger.service.DatabaseConnections;
import org.hazardledger.service.DeskDatabase;
import org.hazardledger.service.DeskSettings;
import org.hazardledger.service.Messages;
import org.hazardledger.service.ReminderService;
import org.hazardledger.store.Engine;
import org.hazardledger.testing.LedgerFixture;

/** A real ledger with the window's services over it, a same-thread executor and recorded dialogs. */
public final class UiFixture implements AutoCloseable {

    public final LedgerFixture ledger;
    public final Messages messages;
    public final SameThreadTaskExecutor tasks = new SameThreadTaskExecutor();
    public final RecordingDialogService dialogs = new RecordingDialogService();
    /** The printers the window finds: none unless a test adds some. */
    public final TestPrinters printers = new TestPrinters();
    public final WorkbenchServices services;

    public UiFixture(Path dataDir) {
        this(dataDir, Messages.forLanguage("zh"));
    }

    public UiFixture(Path dataDir, Messages messages) {
        this.messages = messages;
        ledger = new LedgerFixture(dataDir);
        services = new WorkbenchServices(dataDir, ledger.clock, messages, ledger.hazards, ledger.organisation,
                ledger.referenceData, ledger.setup, ledger.reports, ledger.audit, ledger.union, tasks,
                dialogs, ledger.accounts, ledger.session, ledger.majorHazards, ledger.attachments, ledger.risks, ledger.rounds,
                ledger.archives,
                new ReminderService(ledger.store, ledger.session, ledger.rounds), new PdfPrinting(printers), ledger.exchange,
                ledger.campaign, ledger.sheets, new DeskDatabase(ledger.database.location(),
                        ledger.database.engine() == Engine.POSTGRESQL,
                        new DeskSettings(dataDir), DatabaseConnections.toServers()));
    }

    /**
     * Does {@code action} on the FX thread, as the window would, and returns once every background
     * Task it started has delivered its result: the test can then look at the ViewModel.
     */
    public void fx(OnFx.Block action) throws Exception {
        OnFx.run(action);
        tasks.awaitDelivered();
    }

    /** Builds something (a ViewModel) on the FX thread. */
    public <T> T onFx(java.util.concurrent.Callable<T> make) throws Exception {
        return OnFx.call(make);
    }

    @Override
    public void close() {
        ledger.close();
    }
}
