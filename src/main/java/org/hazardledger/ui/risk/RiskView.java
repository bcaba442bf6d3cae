package org.hazardledger.ui.risk;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.Lec;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskPointRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/** The risk register page (风险分级管控). */
public final class RiskView extends VBox {

    public static final String CSS = Styles.css("risk/risk.css");

    private final RiskViewModel vm;
    private final Messages m;

    public RiskView(WorkbenchServices services) {
        this.vm = new RiskViewModel(services);
        this.m = services.messages();
        setId("risk-view");
        getStyleClass().add("risk-view");
        Label title = new Label(m.get("risk.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        SplitPane split = new SplitPane(pointsTable(), detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label status = new Label();
        status.setId("risk-status");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(vm.statusProperty());
        getChildren().addAll(title, toolbar(), split, colourTable(), status);
    }

    /** Reads the register; call each time the page is shown. */
    public void start() {
        vm.load();
    }

    public RiskViewModel viewModel() {
        return vm;
    }

    private HBox toolbar() {
        Button add = button("risk-add", "risk.add", Styles.PRIMARY);
        add.disableProperty().bind(vm.canEditProperty().not());
        add.setOnAction(e -> openForm(false));
        Button edit = button("risk-edit", "risk.edit", null);
        edit.disableProperty().bind(vm.canEditProperty().not().or(vm.selectedProperty().isNull()));
        edit.setOnAction(e -> openForm(true));
        Button retire = button("risk-retire", "risk.retire", null);
        retire.disableProperty().bind(vm.canEditProperty().not().or(vm.selectedProperty().isNull()));
        retire.setOnAction(e -> vm.retireSelected());
        Button refresh = button("risk-refresh", "risk.refresh", null);
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());

        Label unitLabel = new Label(m.get("risk.filter.unit"));
        ComboBox<UnitOption> unit = new ComboBox<>(vm.units());
        unit.setId("risk-filter-unit");
        unit.setAccessibleText(m.get("risk.filter.unit"));
        unit.setPromptText(m.get("risk.filter.allUnits"));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unitLabel.setLabelFor(unit);
        Button all = button("risk-filter-all", "risk.filter.allUnits", null);
        all.setOnAction(e -> vm.unitProperty().set(null));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("risk-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, add, edit, retire, refresh, gap, unitLabel, unit, all, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Button button(String id, String key, String style) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        if (style != null) {
            b.getStyleClass().add(style);
        }
        return b;
    }

    private void openForm(boolean edit) {
        RiskPointDialog.open(getScene().getWindow(), vm.newForm(edit), m, p -> vm.load());
    }

    private TableView<RiskPointRow> pointsTable() {
        TableView<RiskPointRow> table = new TableView<>(vm.rows());
        table.setId("risk-table");
        table.setAccessibleText(m.get("risk.title"));
        table.setPlaceholder(new Label(m.get("risk.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("risk.column.unit", 140, RiskPointRow::unitName));
        table.getColumns().add(column("risk.column.name", 180, r -> r.point().name()));
        table.getColumns().add(column("risk.column.l", 40, r -> plain(r.point().lec().likelihood())));
        table.getColumns().add(column("risk.column.e", 40, r -> plain(r.point().lec().exposure())));
        table.getColumns().add(column("risk.column.c", 40, r -> plain(r.point().lec().consequence())));
        table.getColumns().add(column("risk.column.d", 60, r -> plain(r.point().lec().score())));
        table.getColumns().add(column("risk.column.level", 90, vm::levelText));
        TableColumn<RiskPointRow, RiskColour> colour = new TableColumn<>(m.get("risk.column.colour"));
        colour.setPrefWidth(150);
        colour.setMinWidth(140);
        colour.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().point().colour()));
        colour.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();

            @Override
            protected void updateItem(RiskColour item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    RiskColours.paint(chip, item, m);
                    setGraphic(chip);
                }
            }
        });
        table.getColumns().add(colour);
        table.getColumns().add(column("risk.column.measures", 200, r -> r.point().controlMeasures()));
        table.getColumns().add(column("risk.column.responsible", 80,
                r -> r.responsibleName() == null ? "" : r.responsibleName()));
        table.getColumns().add(column("risk.column.hazards", 120, vm::hazardCountText));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private VBox detail() {
        Label heading = new Label();
        heading.setId("risk-detail-heading");
        heading.getStyleClass().add("risk-detail-heading");
        Label factors = new Label();
        factors.setId("risk-detail-factors");
        factors.setWrapText(true);
        Label chip = new Label();
        chip.setId("risk-detail-colour");
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                heading.setText(m.get("risk.detail.none"));
                factors.setText("");
                RiskColours.paint(chip, null, m);
            } else {
                heading.setText(m.get("risk.detail.heading", now.unitPath(), now.point().name(),
                        plain(now.point().lec().score()), vm.levelText(now)));
                factors.setText(m.get("risk.detail.factors", now.point().hazardFactors(),
                        now.point().location() == null ? "" : now.point().location()));
                RiskColours.paint(chip, now.point().colour(), m);
            }
        });
        heading.setText(m.get("risk.detail.none"));
        TableView<HazardRow> hazards = new TableView<>(vm.hazards());
        hazards.setId("risk-hazards");
        hazards.setAccessibleText(m.get("risk.detail.hazards"));
        hazards.setPlaceholder(new Label(m.get("risk.detail.noHazards")));
        hazards.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        hazards.getColumns().add(hazardColumn("column.number", 120, HazardRow::number));
        hazards.getColumns().add(hazardColumn("column.foundOn", 90, h -> h.foundOn().toString()));
        hazards.getColumns().add(hazardColumn("column.unit", 120, HazardRow::unitName));
        hazards.getColumns().add(hazardColumn("column.grade", 60, h -> m.label(h.grade())));
        hazards.getColumns().add(hazardColumn("column.status", 90, h -> m.label(h.status())));
        hazards.getColumns().add(hazardColumn("column.description", 300, HazardRow::description));
        VBox.setVgrow(hazards, Priority.ALWAYS);
        HBox top = new HBox(10, heading, chip);
        top.setAlignment(Pos.CENTER_LEFT);
        Label listLabel = new Label(m.get("risk.detail.hazards"));
        listLabel.setLabelFor(hazards);
        VBox box = new VBox(6, top, factors, listLabel, hazards);
        box.setId("risk-detail");
        box.getStyleClass().add("risk-detail");
        return box;
    }

    /** The enterprise's colour of each LEC level, editable by a clerk or an administrator. */
    private VBox colourTable() {
        FlowPane levels = new FlowPane(12, 6);
        for (Lec.Level level : Lec.Level.values()) {
            ComboBox<Choice<RiskColour>> box = new ComboBox<>(vm.colourChoices());
            box.setId("risk-colour-" + level.name().toLowerCase(java.util.Locale.ROOT));
            box.setAccessibleText(m.get("risk.colours.level", m.label(level)));
            box.valueProperty().bindBidirectional(vm.colourProperty(level));
            box.disableProperty().bind(vm.canEditColoursProperty().not());
            Label label = new Label(m.label(level));
            label.setLabelFor(box);
            HBox one = new HBox(6, label, box);
            one.setAlignment(Pos.CENTER_LEFT);
            levels.getChildren().add(one);
        }
        Button save = button("risk-colours-save", "risk.colours.save", null);
        save.disableProperty().bind(vm.canEditColoursProperty().not().or(vm.colourTableDirtyProperty().not()));
        save.setOnAction(e -> vm.saveColours());
        levels.getChildren().add(save);
        Label heading = new Label(m.get("risk.colours.title"));
        heading.getStyleClass().add("risk-detail-heading");
        VBox box = new VBox(4, heading, levels);
        box.setId("risk-colours");
        box.getStyleClass().add("risk-colours");
        return box;
    }

    private TableColumn<RiskPointRow, String> column(String key, double width, Function<RiskPointRow, String> text) {
        TableColumn<RiskPointRow, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private TableColumn<HazardRow, String> hazardColumn(String key, double width, Function<HazardRow, String> text) {
        TableColumn<HazardRow, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    private static String plain(java.math.BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
