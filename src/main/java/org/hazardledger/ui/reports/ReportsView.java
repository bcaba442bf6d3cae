package org.hazardledger.ui.reports;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.SafetyReportRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.RegisterHazardDialog;

/** The page (or tab) of safety reports (举报) with sealed identities: only pseudonyms are shown. */
public final class ReportsView extends BorderPane {

    private final ReportsViewModel vm;
    private final Messages m;
    private final TableView<SafetyReportRow> table;

    public ReportsView(WorkbenchServices services) {
        this.vm = new ReportsViewModel(services);
        this.m = services.messages();
        setId("reports-view");
        table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label key = new Label();
        key.setId("reports-key-status");
        key.getStyleClass().add(Styles.MUTED);
        key.setWrapText(true);
        key.textProperty().bind(Bindings.createStringBinding(vm::keyText, vm.keyProperty()));
        Label message = new Label();
        message.setId("reports-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox box = new VBox(8, toolbar(), key, table, message);
        box.setPadding(new Insets(8));
        setCenter(box);
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.load();
    }

    public ReportsViewModel viewModel() {
        return vm;
    }

    private HBox toolbar() {
        Button register = button("reports-register", "reports.register", "reports.register.help");
        register.getStyleClass().add(Styles.PRIMARY);
        register.disableProperty().bind(vm.mayRegisterProperty().not());
        register.setOnAction(e -> RegisterReportDialog.open(getScene().getWindow(), vm.newRegisterForm(), m,
                vm::registered));

        Button convert = button("reports-convert", "reports.convert", "reports.convert.help");
        convert.disableProperty().bind(vm.canConvertProperty().not());
        convert.setOnAction(e -> vm.convertToHazard(form -> RegisterHazardDialog.open(getScene().getWindow(), form, m,
                vm::hazardRegistered)));

        Button link = button("reports-link", "reports.link", "reports.link.help");
        link.disableProperty().bind(vm.canConvertProperty().not().or(vm.busyProperty()));
        link.setOnAction(e -> askHazardNumber());

        Button unseal = button("reports-unseal", "reports.unseal", "reports.unseal.help");
        unseal.disableProperty().bind(vm.canUnsealProperty().not());
        unseal.setOnAction(e -> vm.newUnsealForm().ifPresent(form -> UnsealDialog.open(getScene().getWindow(),
                form, m)));

        Button key = button("reports-key", "reports.key.create", "reports.key.help");
        key.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.keyProperty().get().heldByMe()
                ? "reports.key.rotate" : "reports.key.create"), vm.keyProperty()));
        key.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.keyProperty().get().heldByMe()
                && !vm.keyProperty().get().mayCreate(), vm.keyProperty()));
        key.setOnAction(e -> vm.newKeyForm().ifPresent(form -> SealKeyDialog.open(getScene().getWindow(), form, m,
                () -> vm.keyChanged(form.rotate()))));

        Button export = button("reports-export", "reports.export", "reports.export.help");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table)));

        Button refresh = button("reports-refresh", "reports.refresh", "reports.refresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("reports-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, register, convert, link, unseal, gap, key, export, refresh, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Button button(String id, String textKey, String helpKey) {
        Button b = new Button(m.get(textKey));
        b.setId(id);
        b.setAccessibleText(m.get(textKey));
        b.setAccessibleHelp(m.get(helpKey));
        return b;
    }

    private void askHazardNumber() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(getScene().getWindow());
        ask.setTitle(m.get("reports.link.title"));
        ask.setHeaderText(m.get("reports.link.header"));
        ask.setContentText(m.get("reports.link.field"));
        ask.getDialogPane().setId("reports-link-dialog");
        ask.getEditor().setId("reports-link-number");
        ask.getEditor().setAccessibleText(m.get("reports.link.field"));
        ask.getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ask.showAndWait().ifPresent(vm::linkHazard);
    }

    private TableView<SafetyReportRow> table() {
        TableView<SafetyReportRow> t = new TableView<>(vm.rows());
        t.setId("reports-table");
        t.setAccessibleText(m.get("reports.table"));
        t.setPlaceholder(new Label(m.get("reports.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.getColumns().add(column("reports.column.number", 110, r -> r.report().number()));
        t.getColumns().add(column("reports.column.receivedOn", 100, r -> r.report().receivedOn().toString()));
        t.getColumns().add(column("reports.column.channel", 130, vm::channelText));
        t.getColumns().add(column("reports.column.unit", 140, vm::unitText));
        t.getColumns().add(column("reports.column.pseudonym", 120, r -> r.report().pseudonym()));
        t.getColumns().add(column("reports.column.sealed", 70, vm::sealedText));
        t.getColumns().add(column("reports.column.hazard", 130, vm::hazardText));
        t.getColumns().add(column("reports.column.summary", 260, r -> r.report().summary()));
        t.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != t.getSelectionModel().getSelectedItem()) {
                t.getSelectionModel().select(now);
            }
        });
        return t;
    }

    private TableColumn<SafetyReportRow, String> column(String key, double width,
                                                       Function<SafetyReportRow, String> text) {
        TableColumn<SafetyReportRow, String> c = new TableColumn<>(m.get(key));
        c.setMinWidth(width * 0.7);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
