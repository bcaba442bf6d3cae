package org.hazardledger.ui.ledger;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FxDebouncer;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.RegisterHazardDialog;
import org.hazardledger.ui.sheetexport.SheetExportBar;
import org.hazardledger.ui.sheetimport.SheetImportDialog;

/**
 * The 台账 page: toolbar, filters, the table, the detail pane and the count. It wires the parts to
 * {@link LedgerViewModel} and offers the commands the menu's shortcuts call.
 */
public final class LedgerView extends BorderPane {

    public static final String CSS = Styles.css("ledger/ledger.css");

    private final WorkbenchServices services;
    private final LedgerViewModel vm;
    private final LedgerFilterBar filterBar;
    private final NotificationPane notification;
    private final javafx.beans.property.BooleanProperty importAllowed =
            new javafx.beans.property.SimpleBooleanProperty(false);

    public LedgerView(WorkbenchServices services) {
        this.services = services;
        Messages m = services.messages();
        this.vm = new LedgerViewModel(services, new FxDebouncer());
        setId("ledger-view");
        getStyleClass().add("ledger-view");

        filterBar = new LedgerFilterBar(vm.filter(), m);
        VBox top = new VBox(toolbar(m, filterBar.searchBox()), filterBar);
        setTop(top);

        LedgerTable table = new LedgerTable(vm);
        HazardDetailPane detail = new HazardDetailPane(vm.detail(), m, this::preview);
        SplitPane split = new SplitPane(table, detail);
        split.setId("ledger-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(detail, false);

        notification = new NotificationPane(split);
        notification.setId("ledger-notification");
        // From the bottom: the new hazard is selected at the top and must stay in sight.
        notification.setShowFromTop(false);
        notification.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        PauseTransition hideLater = new PauseTransition(Duration.seconds(5));
        hideLater.setOnFinished(e -> notification.hide());
        vm.noticeProperty().addListener((o, was, text) -> {
            if (text != null) {
                notification.show(text);
                hideLater.playFromStart();
            }
        });
        setCenter(notification);
        setBottom(new LedgerFooter(vm, m));
    }

    /** Reads the first page (in the background), and whether the signed-in account may import sheets. */
    public void start() {
        vm.start();
        services.tasks().execute(org.hazardledger.ui.BackgroundTask.of(() -> services.sheets().canImport(),
                importAllowed::set, failure -> importAllowed.set(false)));
    }

    /** 导入 Excel 台账… (Ctrl+I): the import wizard; the ledger reloads after an import. */
    public void importSheet() {
        if (importAllowed.get()) {
            SheetImportDialog.open(getScene().getWindow(), services, vm::refresh);
        }
    }

    /** 导出 Excel: the ledger as filtered now. */
    public void exportExcel() {
        vm.exportExcel();
    }

    /** Ctrl+N: the register-hazard dialog; the ledger reloads and selects the hazard once saved. */
    public void register() {
        RegisterHazardDialog.open(getScene().getWindow(), services, vm::hazardRegistered);
    }

    /** Ctrl+F. */
    public void focusSearch() {
        filterBar.focusSearch();
    }

    /** Ctrl+P: the preview of the selected hazard's rectification notice. */
    public void printNotice() {
        vm.detail().printJob(org.hazardledger.report.FormKind.NOTICE).ifPresent(this::preview);
    }

    private void preview(org.hazardledger.ui.print.PrintJob job) {
        org.hazardledger.ui.print.PrintPreviewDialog.open(getScene().getWindow(), services, job);
    }

    /** F5. */
    public void refresh() {
        vm.refresh();
    }

    public LedgerViewModel viewModel() {
        return vm;
    }

    private HBox toolbar(Messages m, Node search) {
        Label title = new Label(m.get("nav.ledger"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Button register = button("ledger-register", m.get("ledger.register"), m.get("ledger.register.help"));
        register.getStyleClass().add(Styles.PRIMARY);
        register.setOnAction(e -> register());
        Button refresh = button("ledger-refresh", m.get("ledger.refresh"), m.get("ledger.refresh.help"));
        refresh.setOnAction(e -> refresh());
        Button importSheet = button("ledger-import-sheet", m.get("sheetImport.ledgerButton"),
                m.get("sheetImport.ledgerButton.help"));
        importSheet.visibleProperty().bind(importAllowed);
        importSheet.managedProperty().bind(importSheet.visibleProperty());
        importSheet.setOnAction(e -> importSheet());
        SheetExportBar export = new SheetExportBar(vm.excel(), "ledger-export-excel", this::exportExcel);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, search, spacer, export, importSheet, refresh, register);
        HBox.setMargin(search, new Insets(0, 0, 0, 24));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private static Button button(String id, String text, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setAccessibleHelp(help);
        return b;
    }
}
