package org.hazardledger.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hazardledger.model.DomainException;
import org.hazardledger.report.PdfPrinting;
import org.hazardledger.report.PrinterLookup;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.CjkFonts;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.FxDialogService;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.Workbench;
import org.hazardledger.ui.WorkbenchServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the ledger named on the command line and shows the workbench. */
public final class WorkbenchApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

    private Ledger ledger;
    private Messages messages;
    private DomainException openFailure;
    private TaskExecutor tasks;

    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        Path dataDir = WorkbenchArguments.dataDir(named);
        messages = Messages.forLanguage(named.getOrDefault("lang", "zh"));
        Logging.toDataFolder(dataDir);
        try {
            ledger = Ledger.open(dataDir, WorkbenchArguments.server(named), Clock.systemDefaultZone(),
                    Launcher.currentActor());
        } catch (DomainException e) {
            LOG.warn("Cannot open the ledger in {}", dataDir, e);
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        CjkFonts.load(); // also for an error shown before the workbench loads it
        DialogService dialogs = new FxDialogService(stage);
        if (openFailure != null) {
            dialogs.showError(messages.get("app.title"), messages.describe(openFailure));
            Platform.exit();
            return;
        }
        tasks = new FxTaskExecutor();
        new Workbench(servicesFor(ledger, Clock.systemDefaultZone(), messages, tasks, dialogs)).show(stage);
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        if (ledger != null) {
            ledger.close();
        }
    }

    /** Wires the window's services to an open ledger (also used by the UI tests). */
    static WorkbenchServices servicesFor(Ledger ledger, Clock clock, Messages messages, TaskExecutor tasks,
                                         DialogService dialogs) {
        return new WorkbenchServices(ledger.dataDir(), clock, messages, ledger.hazards(), ledger.organisation(),
                ledger.referenceData(), ledger.setup(), ledger.reports(), ledger.audit(), ledger.union(), tasks,
                dialogs, ledger.accounts(), ledger.session(), ledger.majorHazards(), ledger.attachments(), ledger.risks(),
                ledger.rounds(), ledger.archives(), ledger.reminders(), new PdfPrinting(PrinterLookup.SYSTEM),
                ledger.exchange(), ledger.campaign(), ledger.sheets());
    }
}
