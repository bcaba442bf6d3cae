package org.hazardledger.ui.union;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The 工会监督 page: toolbar, filters and the list of union records; red rows need an answer now. */
public final class UnionView extends VBox {

    public static final String CSS = Styles.css("union/union.css");
    /** An urgent record not yet answered, or a proposal past its due day. */
    static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");
    static final String ALARM_COUNT = "union-alarm-count";

    private final UnionViewModel vm;
    private final Messages m;

    public UnionView(WorkbenchServices services) {
        this.vm = new UnionViewModel(services);
        this.m = services.messages();
        setId("union-view");
        getStyleClass().add("union-view");
        Label title = new Label(m.get("nav.union"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        TableView<UnionRecordRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, toolbar(), table, status());
    }

    /** Reads the list; call once the page is shown. */
    public void start() {
        vm.load();
    }

    public UnionViewModel viewModel() {
        return vm;
    }

    /** Opens the issue dialog starting with {@code hazardNumber} (the ledger's selection), if allowed. */
    public void issue(String hazardNumber) {
        if (vm.mayIssueProperty().get()) {
            UnionIssueDialog.open(getScene().getWindow(), vm.newIssueForm(hazardNumber), m, vm::issued);
        }
    }

    private void answer() {
        vm.newAnswerForm().ifPresent(form -> UnionAnswerDialog.open(getScene().getWindow(), form, m, vm::answered));
    }

    private HBox toolbar() {
        Button issue = new Button(m.get("union.issue"));
        issue.setId("union-issue");
        issue.getStyleClass().add(Styles.PRIMARY);
        issue.setAccessibleText(m.get("union.issue"));
        issue.setAccessibleHelp(m.get("union.issue.help"));
        issue.disableProperty().bind(vm.mayIssueProperty().not());
        issue.setOnAction(e -> issue(null));

        Button answer = new Button(m.get("union.answer"));
        answer.setId("union-answer");
        answer.setAccessibleText(m.get("union.answer"));
        answer.setAccessibleHelp(m.get("union.answer.help"));
        answer.disableProperty().bind(vm.canAnswerSelectedProperty().not());
        answer.setOnAction(e -> answer());

        Button refresh = new Button(m.get("union.refresh"));
        refresh.setId("union-refresh");
        refresh.setAccessibleText(m.get("union.refresh"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());

        CheckBox openOnly = new CheckBox(m.get("union.filter.openOnly"));
        openOnly.setId("union-filter-open");
        openOnly.setAccessibleText(m.get("union.filter.openOnly"));
        openOnly.selectedProperty().bindBidirectional(vm.openOnlyProperty());

        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.UnionRecordKind>> kind =
                new ComboBox<>(vm.kinds());
        kind.setId("union-filter-kind");
        kind.setAccessibleText(m.get("union.filter.kind"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("union-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, issue, answer, refresh, gap, openOnly, kind, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private TableView<UnionRecordRow> table() {
        TableView<UnionRecordRow> table = new TableView<>(vm.rows());
        table.setId("union-table");
        table.getStyleClass().add("union-table");
        table.setAccessibleText(m.get("nav.union"));
        table.setPlaceholder(new Label(m.get("union.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("union.column.number", 110, r -> r.record().number()));
        table.getColumns().add(column("union.column.kind", 90, vm::kindText));
        table.getColumns().add(column("union.column.hazards", 140, vm::hazardsText));
        table.getColumns().add(column("union.column.issuer", 180, vm::issuerText));
        table.getColumns().add(column("union.column.issuedOn", 90, r -> r.record().issuedOn().toString()));
        table.getColumns().add(column("union.column.deliveredOn", 90, r -> r.record().deliveredOn().toString()));
        table.getColumns().add(column("union.column.due", 130, vm::dueText));
        table.getColumns().add(column("union.column.status", 100, vm::statusText));
        table.getColumns().add(column("union.column.answeredOn", 90,
                r -> r.record().answeredOn() == null ? "" : r.record().answeredOn().toString()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(UnionRecordRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(ALARM, !empty && item != null && item.alarming());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                answer();
            }
        });
        return table;
    }

    private TableColumn<UnionRecordRow, String> column(String key, double width,
                                                      Function<UnionRecordRow, String> text) {
        TableColumn<UnionRecordRow, String> c = new TableColumn<>(m.get(key));
        c.setMinWidth(width * 0.8);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private HBox status() {
        Label alarms = new Label();
        alarms.setId("union-alarm-count");
        alarms.getStyleClass().add(ALARM_COUNT);
        alarms.textProperty().bind(Bindings.createStringBinding(() -> vm.alarmingCount() == 0 ? ""
                : m.get("union.alarmCount", vm.alarmingCount()), vm.rows()));
        alarms.visibleProperty().bind(alarms.textProperty().isNotEmpty());
        alarms.managedProperty().bind(alarms.visibleProperty());
        Label message = new Label();
        message.setId("union-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        HBox box = new HBox(16, alarms, message);
        box.getStyleClass().add("union-status");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
