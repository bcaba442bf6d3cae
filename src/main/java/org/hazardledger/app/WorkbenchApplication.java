package org.hazardledger.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hazardledger.model.DatabaseServer;
import org.hazardledger.model.DomainException;
import org.hazardledger.report.PdfPrinting;
import org.hazardledger.report.PrinterLookup;
import org.hazardledger.service.DatabaseConnections;
import org.hazardledger.service.DeskDatabase;
import org.hazardledger.service.DeskSettings;
import org.hazardledger.service.Messages;
import org.hazardledger.service.StoreChoice;
import org.hazardledger.ui.CjkFonts;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.FxDialogService;
import org.hazardledger.ui.FxTaskExecutor;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.Workbench;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.settings.ServerPasswordDialog;
import org.hazardledger.ui.settings.ServerPasswordViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the ledger named on the command line, or the one this desk's
 * setting names (asking for a server's password), and shows the workbench.
 */
public final class WorkbenchApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

    private Ledger ledger;
    private Messages messages;
    private DomainException openFailure;
    /** The desk's setting could not be used (the embedded ledger opens instead): said before the window. */
    private DomainException deskProblem;
    /** The desk keeps its ledger on this server and no --db was given: the password is asked first. */
    private StoreChoice askForPassword;
    private Path dataDir;
    private TaskExecutor tasks;

    /**
     * Runs before the window: with {@code --db} (or the embedded ledger) the ledger opens here, off
     * the FX thread; when the desk's setting names a server, {@link #start} asks for its password first.
     */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        dataDir = WorkbenchArguments.dataDir(named);
        messages = Messages.forLanguage(named.getOrDefault("lang", "zh"));
        Logging.toDataFolder(dataDir);
        DatabaseServer server = WorkbenchArguments.server(named);
        if (server == null) {
            DeskSettings.Reading desk = new DeskSettings(dataDir).read();
            deskProblem = desk.problem().orElse(null);
            if (desk.store().onServer()) {
                askForPassword = desk.store();
                return;
            }
        }
        try {
            ledger = open(server);
        } catch (DomainException e) {
            LOG.warn("Cannot open the ledger in {}", dataDir, e);
            openFailure = e;
        }
    }

    private Ledger open(DatabaseServer server) {
        return Ledger.open(dataDir, server, Clock.systemDefaultZone(), Launcher.currentActor());
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
        if (deskProblem != null) {
            dialogs.showError(messages.get("app.title"), messages.describe(deskProblem));
        }
        if (askForPassword != null) {
            // opening runs on the TaskExecutor while the dialog shows what it is doing
            ServerPasswordDialog.open(new ServerPasswordViewModel<>(askForPassword, messages, tasks, this::open,
                    () -> open(null)), messages, opened -> {
                        ledger = opened;
                        showWorkbench(stage, dialogs);
                    }, Platform::exit);
            return;
        }
        showWorkbench(stage, dialogs);
    }

    private void showWorkbench(Stage stage, DialogService dialogs) {
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
                ledger.exchange(), ledger.campaign(), ledger.sheets(), new DeskDatabase(ledger.location(),
                        ledger.onServer(), new DeskSettings(ledger.dataDir()), DatabaseConnections.toServers()));
    }
}
