package org.hazardledger.ui.training;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of training sessions and drills, with a person’s training history. */
public final class TrainingView extends BorderPane {

    private final TrainingViewModel vm;
    private final Messages m;

    public TrainingView(WorkbenchServices services) {
        this.vm = new TrainingViewModel(services);
        this.m = services.messages();
        setId("training-view");
        TabPane tabs = new TabPane(tab("training-tab-sessions", "training.tab.sessions", sessions()),
                tab("training-tab-drills", "training.tab.drills", drills()),
                tab("training-tab-history", "training.tab.history", history()));
        tabs.setId("training-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        Label message = new Label();
        message.setId("training-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("training-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox status = new HBox(10, busy, message);
        status.setAlignment(Pos.CENTER_LEFT);
        setBottom(status);
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.load();
    }

    public TrainingViewModel viewModel() {
        return vm;
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        return t;
    }

    private VBox sessions() {
        TableView<TrainingSession> table = new TableView<>(vm.sessions());
        table.setId("training-sessions-table");
        table.setAccessibleText(m.get("training.tab.sessions"));
        table.setPlaceholder(new Label(m.get("training.sessions.empty")));
        sessionColumns(table);
        Button add = button("training-session-new", "training.session.new");
        add.getStyleClass().add(Styles.PRIMARY);
        add.disableProperty().bind(vm.mayRecordProperty().not());
        add.setOnAction(e -> TrainingDialogs.session(getScene().getWindow(), vm.newSessionForm(), m,
                vm::sessionRecorded));
        Button export = exportButton("training-sessions-export", table, "training-sessions.csv");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, toolbar(add, export), table);
    }

    private void sessionColumns(TableView<TrainingSession> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("training.column.heldOn", 90, t -> t.heldOn().toString()));
        table.getColumns().add(column("training.column.kind", 110, vm::kindText));
        table.getColumns().add(column("training.column.topic", 220, TrainingSession::topic));
        table.getColumns().add(column("training.column.hours", 60, vm::hoursText));
        table.getColumns().add(column("training.column.trainer", 120, TrainingSession::trainer));
        table.getColumns().add(column("training.column.unit", 120, t -> t.unitName() == null ? "" : t.unitName()));
        table.getColumns().add(column("training.column.attendeeCount", 60, t -> Integer.toString(t.attendees().size())));
        table.getColumns().add(column("training.column.result", 90, vm::resultText));
        table.getColumns().add(column("training.column.attendees", 240, vm::attendeesText));
    }

    private VBox drills() {
        TableView<EmergencyDrill> table = new TableView<>(vm.drills());
        table.setId("training-drills-table");
        table.setAccessibleText(m.get("training.tab.drills"));
        table.setPlaceholder(new Label(m.get("training.drills.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("training.column.heldOn", 90, d -> d.heldOn().toString()));
        table.getColumns().add(column("training.column.scenario", 220, EmergencyDrill::scenario));
        table.getColumns().add(column("training.column.unit", 120, d -> d.unitName() == null ? "" : d.unitName()));
        table.getColumns().add(column("training.column.participantCount", 60,
                d -> Integer.toString(d.participants().size())));
        table.getColumns().add(column("training.column.evaluation", 240,
                d -> d.evaluation() == null ? "" : d.evaluation()));
        table.getColumns().add(column("training.column.findings", 120, vm::findingsText));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedDrillProperty().set(now));
        vm.selectedDrillProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });

        TableView<DrillFinding> findings = new TableView<>(vm.findings());
        findings.setId("training-findings-table");
        findings.setAccessibleText(m.get("training.findings"));
        findings.setPlaceholder(new Label(m.get("training.findings.empty")));
        findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        findings.getColumns().add(column("training.column.position", 40, f -> Integer.toString(f.position())));
        findings.getColumns().add(column("training.column.finding", 360, DrillFinding::text));
        findings.getColumns().add(column("training.column.hazard", 120, vm::findingHazardText));
        findings.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> vm.selectedFindingProperty().set(now));

        Button add = button("training-drill-new", "training.drill.new");
        add.getStyleClass().add(Styles.PRIMARY);
        add.disableProperty().bind(vm.mayRecordProperty().not());
        add.setOnAction(e -> TrainingDialogs.drill(getScene().getWindow(), vm.newDrillForm(), m, vm::drillRecorded));
        Button toHazard = button("training-finding-to-hazard", "training.finding.toHazard");
        toHazard.setAccessibleHelp(m.get("training.finding.toHazard.help"));
        toHazard.disableProperty().bind(vm.canConvertFindingProperty().not());
        toHazard.setOnAction(e -> vm.newFindingForm().ifPresent(form ->
                TrainingDialogs.finding(getScene().getWindow(), form, m, vm::findingRegistered)));
        Button export = exportButton("training-drills-export", table, "emergency-drills.csv");
        SplitPane split = new SplitPane(table, findings);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        return new VBox(8, toolbar(add, toHazard, export), split);
    }

    private VBox history() {
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.Person>> person = new ComboBox<>(vm.people());
        person.setId("training-history-person");
        person.setAccessibleText(m.get("training.history.person"));
        person.setPromptText(m.get("training.history.person"));
        person.valueProperty().bindBidirectional(vm.historyPersonProperty());
        DatePicker from = new DatePicker();
        from.setId("training-history-from");
        from.setAccessibleText(m.get("training.history.from"));
        from.setConverter(new IsoDateConverter());
        from.valueProperty().bindBidirectional(vm.historyFromProperty());
        DatePicker to = new DatePicker();
        to.setId("training-history-to");
        to.setAccessibleText(m.get("training.history.to"));
        to.setConverter(new IsoDateConverter());
        to.valueProperty().bindBidirectional(vm.historyToProperty());
        Button show = button("training-history-show", "training.history.show");
        show.setOnAction(e -> vm.loadHistory());
        Label summary = new Label();
        summary.setId("training-history-summary");
        summary.textProperty().bind(vm.historySummaryProperty());
        TableView<TrainingSession> table = new TableView<>(vm.historySessions());
        table.setId("training-history-table");
        table.setAccessibleText(m.get("training.tab.history"));
        table.setPlaceholder(new Label(m.get("training.sessions.empty")));
        sessionColumns(table);
        Button export = exportButton("training-history-export", table, "training-history.csv");
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox bar = toolbar(new Label(m.get("training.history.person")), person, new Label(m.get("training.history.from")),
                from, new Label(m.get("training.history.to")), to, show, export);
        return new VBox(8, bar, summary, table);
    }

    private Button exportButton(String id, TableView<?> table, String name) {
        Button export = button(id, "training.export");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table), name));
        return export;
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        return b;
    }

    private static HBox toolbar(javafx.scene.Node... nodes) {
        HBox bar = new HBox(10, nodes);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
