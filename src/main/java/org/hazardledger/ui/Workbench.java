package org.hazardledger.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.account.AccountsView;
import org.hazardledger.ui.account.FirstAdminDialog;
import org.hazardledger.ui.account.SignInView;
import org.hazardledger.ui.campaign.CampaignPage;
import org.hazardledger.ui.dashboard.DashboardView;
import org.hazardledger.ui.exchange.ExchangeView;
import org.hazardledger.ui.federation.FederationView;
import org.hazardledger.ui.federation.ReceivedNoticesView;
import org.hazardledger.ui.ledger.LedgerView;
import org.hazardledger.ui.organisation.OrganisationView;
import org.hazardledger.ui.print.FormsPage;
import org.hazardledger.ui.print.PrintPreviewDialog;
import org.hazardledger.ui.risk.RiskView;
import org.hazardledger.ui.reminders.ReminderViewModel;
import org.hazardledger.ui.reminders.RemindersPanel;
import org.hazardledger.ui.rounds.RoundsView;
import org.hazardledger.ui.settings.SettingsView;
import org.hazardledger.ui.setup.SetupDialog;
import org.hazardledger.ui.sheetimport.ImportTemplateDownload;
import org.hazardledger.ui.sheetimport.SheetImportDialog;
import org.hazardledger.ui.union.UnionView;

/**
 * The main window: menu, navigation, the current page and the status bar. On first start it asks
 * how to set the ledger up and for the administrator; then someone signs in before the ledger
 * page opens.
 */
public final class Workbench {

    private final WorkbenchServices services;
    private final Messages messages;
    private final WorkbenchViewModel vm;
    private final StackPane content = new StackPane();
    private final Map<Page, Node> pages = new EnumMap<>(Page.class);
    private LedgerView ledger;
    private RoundsView rounds;
    private final ReminderViewModel reminders;
    private BorderPane root;
    private Stage stage;
    /** The signed-in account may import sheets (asked after each sign-in). */
    private final javafx.beans.property.BooleanProperty mayImport = new javafx.beans.property.SimpleBooleanProperty();
    private final ImportTemplateDownload templates;

    public Workbench(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        this.vm = new WorkbenchViewModel(services);
        this.reminders = new ReminderViewModel(services);
        this.templates = new ImportTemplateDownload(services);
    }

    public void show(Stage stage) {
        this.stage = stage;
        CjkFonts.load();
        content.setId("workbench-content");
        content.getStyleClass().add("workbench-content");

        MenuBar menu = MainMenu.build(messages, new MainMenu.Commands(
                () -> withLedger(LedgerView::register), () -> withLedger(LedgerView::focusSearch),
                () -> withLedger(LedgerView::printNotice), () -> withLedger(LedgerView::refresh),
                vm::signOut, stage::close, this::about, this::quickRound, this::toggleReminders, this::importSheet,
                templates::download), vm.ledgerActiveProperty(), vm.pageProperty(),
                vm.readyProperty(), vm.adminProperty(), mayImport);

        root = new BorderPane(content);
        root.setId("workbench");
        root.getStyleClass().add("workbench");
        root.setTop(menu);
        root.setLeft(new NavigationBar(messages, vm.pageProperty(), vm.readyProperty(), vm.adminProperty()));
        root.setBottom(new StatusBarView(vm));

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().addAll(Styles.THEME, Styles.SHELL, Styles.FORM, LedgerView.CSS, SettingsView.CSS,
                AccountsView.CSS, UnionView.CSS, OrganisationView.CSS, RiskView.CSS, RoundsView.CSS,
                PrintPreviewDialog.CSS, DashboardView.CSS);
        stage.setTitle(vm.title());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);

        vm.startupProperty().addListener((o, was, now) -> startupChanged(now));
        vm.pageProperty().addListener((o, was, now) -> showPage());
        startupChanged(vm.startupProperty().get());
        wireReminders();
        stage.show();
        vm.start();
    }

    private void startupChanged(WorkbenchViewModel.Startup state) {
        switch (state) {
            case OPENING -> content.getChildren().setAll(opening());
            case NEEDS_SETUP -> SetupDialog.open(stage, services, vm::setupFinished, stage::close);
            case NEEDS_ADMIN -> FirstAdminDialog.open(stage, services, vm::signedIn, stage::close);
            case SIGN_IN -> {
                mayImport.set(false);
                reminders.clear();
                showSignIn();
            }
            case READY -> {
                showPage();
                reminders.load();
                services.tasks().execute(BackgroundTask.of(() -> services.sheets().canImport(), mayImport::set,
                        failure -> mayImport.set(false)));
            }
            case FAILED -> content.getChildren().setAll(new Label(messages.get("workbench.openFailed")));
        }
    }

    private void showPage() {
        if (vm.startupProperty().get() != WorkbenchViewModel.Startup.READY) {
            return;
        }
        Page p = vm.pageProperty().get();
        Node node = pages.computeIfAbsent(p, this::createPage);
        if (node instanceof UnionView union) {
            // re-read on every visit: answers, new records and who is signed in change elsewhere
            union.start();
        }
        if (node instanceof RiskView risks) {
            // re-read on every visit: hazards get linked from the ledger
            risks.start();
        }
        if (node instanceof RoundsView r) {
            r.start();
        }
        if (node instanceof ExchangeView exchange) {
            // re-read on every visit: the command line may have made keys or read bundles meanwhile
            exchange.start();
        }
        if (node instanceof FederationView f) {
            // re-read on every visit: bundles are applied on the exchange page
            f.start();
        }
        if (node instanceof ReceivedNoticesView n) {
            n.start();
        }
        if (node instanceof CampaignPage campaign) {
            campaign.start();
        }
        if (node instanceof DashboardView dashboard) {
            // re-read on every visit: the ledger changes elsewhere
            dashboard.start();
        }
        content.getChildren().setAll(node);
    }

    /** The login screen; the previous user's pages are dropped, so the next one starts afresh. */
    private void showSignIn() {
        pages.clear();
        ledger = null;
        rounds = null;
        SignInView signIn = new SignInView(services, vm::signedIn);
        content.getChildren().setAll(signIn);
        signIn.start();
    }

    private Node createPage(Page p) {
        return switch (p) {
            case LEDGER -> {
                ledger = new LedgerView(services);
                ledger.start();
                yield ledger;
            }
            case UNION -> new UnionView(services);
            case RISKS -> new RiskView(services);
            case ORGANISATION -> {
                OrganisationView organisation = new OrganisationView(services);
                organisation.start();
                yield organisation;
            }
            case SETTINGS -> new SettingsView(services);
            case ACCOUNTS -> {
                AccountsView accounts = new AccountsView(services);
                accounts.start();
                yield accounts;
            }
            case ROUNDS -> {
                rounds = new RoundsView(services);
                yield rounds;
            }
            case FORMS -> {
                FormsPage forms = new FormsPage(services);
                forms.start();
                yield forms;
            }
            case EXCHANGE -> new ExchangeView(services);
            case STATISTICS -> new DashboardView(services);
            case CAMPAIGN -> new CampaignPage(services);
            // a federation's ledger shows its enterprises; an enterprise's the notices it received
            case FEDERATION -> vm.isFederation() ? new FederationView(services) : new ReceivedNoticesView(services);
        };
    }

    private void withLedger(java.util.function.Consumer<LedgerView> command) {
        if (ledger != null && vm.ledgerActiveProperty().get()) {
            command.accept(ledger);
        }
    }

    /**
     * The reminders panel docks at the right while shown; it is read after sign-in and again when
     * the date changes (checked every minute); a notification sums up each new day's reminders.
     */
    private void wireReminders() {
        RemindersPanel panel = new RemindersPanel(reminders);
        reminders.shownProperty().addListener((o, was, now) -> root.setRight(now ? panel : null));
        Timeline clock = new Timeline(new KeyFrame(Duration.minutes(1), e -> reminders.checkDay()));
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
        stage.setOnHidden(e -> clock.stop());
        reminders.notificationProperty().addListener((o, was, text) -> {
            // the pop-up needs a real screen; headless tests see the panel only
            if (text != null && !Boolean.getBoolean("testfx.headless") && stage.isShowing()) {
                Notifications.create().owner(stage).title(messages.get("reminders.title")).text(text)
                        .hideAfter(Duration.seconds(12)).showInformation();
            }
        });
    }

    /** 提醒 (Ctrl+Shift+R): opens or closes the panel, reading it afresh when opened. */
    private void toggleReminders() {
        if (vm.startupProperty().get() != WorkbenchViewModel.Startup.READY) {
            return;
        }
        boolean open = !reminders.shownProperty().get();
        reminders.shownProperty().set(open);
        if (open) {
            reminders.load();
        }
    }

    /** 导入 Excel 台账… (Ctrl+I): the import wizard over the window; the ledger page reloads after an import. */
    private void importSheet() {
        if (vm.startupProperty().get() != WorkbenchViewModel.Startup.READY || !mayImport.get()) {
            return;
        }
        SheetImportDialog.open(stage, services, () -> {
            if (ledger != null) {
                ledger.refresh();
            }
        });
    }

    /** 巡查快速录入 (Ctrl+R): opens the rounds page and its quick entry. */
    private void quickRound() {
        if (vm.startupProperty().get() != WorkbenchViewModel.Startup.READY) {
            return;
        }
        vm.pageProperty().set(Page.ROUNDS);
        if (rounds != null) {
            rounds.whenReady(rounds::quickEntry);
        }
    }

    private void about() {
        String version = Workbench.class.getPackage().getImplementationVersion();
        services.dialogs().showInformation(messages.get("menu.about"),
                messages.get("about.text", version == null ? "dev" : version, services.dataDir().toAbsolutePath()));
    }

    private Node opening() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("workbench-opening");
        Label text = new Label(messages.get("workbench.opening"));
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
