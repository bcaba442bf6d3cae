package org.hazardledger.ui.rounds;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.TierArchive;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/** 分级档案: tier, unit and period above; the hazards found and handled, rounds held and missed below. */
final class ArchivePane extends VBox {

    private final ArchiveViewModel vm;
    private final Messages m;

    ArchivePane(ArchiveViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        getStyleClass().add("rounds-archive");

        Label summary = new Label();
        summary.setId("rounds-archive-summary");
        summary.getStyleClass().add("rounds-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());

        TabPane lists = new TabPane();
        lists.setId("rounds-archive-lists");
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lists.getTabs().addAll(
                tab("rounds-archive-tab-found", "rounds.archive.found", vm.found(), hazardTable("rounds-archive-found", vm.found())),
                tab("rounds-archive-tab-handled", "rounds.archive.handled", vm.handled(), hazardTable("rounds-archive-handled", vm.handled())),
                tab("rounds-archive-tab-held", "rounds.archive.held", vm.held(), heldTable()),
                tab("rounds-archive-tab-missed", "rounds.archive.missed", vm.missed(), missedTable()));
        VBox.setVgrow(lists, Priority.ALWAYS);
        getChildren().addAll(toolbar(), FormStatus.error("rounds-archive-error", vm.formErrorProperty()), summary, lists);
    }

    private FlowPane toolbar() {
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.Tier>> tier = new ComboBox<>(vm.tiers());
        tier.valueProperty().bindBidirectional(vm.tierProperty());
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.ui.UnitOption>> unit = new ComboBox<>(vm.units());
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setVisibleRowCount(16);
        unit.setPrefWidth(260);
        ComboBox<org.hazardledger.ui.Choice<ArchiveViewModel.PeriodKind>> kind = new ComboBox<>(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        var range = Bindings.createBooleanBinding(() -> vm.kindProperty().get() != null
                && vm.kindProperty().get().value() == ArchiveViewModel.PeriodKind.RANGE, vm.kindProperty());

        Button prev = nav("rounds-archive-prev", "◀", "rounds.archive.previous", () -> vm.move(-1));
        Button next = nav("rounds-archive-next", "▶", "rounds.archive.next", () -> vm.move(1));
        prev.disableProperty().bind(range);
        next.disableProperty().bind(range);
        Label period = new Label();
        period.setId("rounds-archive-period");
        period.getStyleClass().add("rounds-month");
        period.textProperty().bind(vm.periodTextProperty());

        DatePicker from = new DatePicker();
        from.setConverter(new IsoDateConverter());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.disableProperty().bind(range.not());
        from.setPrefWidth(140);
        DatePicker to = new DatePicker();
        to.setConverter(new IsoDateConverter());
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.disableProperty().bind(range.not());
        to.setPrefWidth(140);
        Button show = new Button(m.get("rounds.archive.show"));
        show.setId("rounds-archive-show");
        show.getStyleClass().add(Styles.PRIMARY);
        show.setAccessibleText(m.get("rounds.archive.show"));
        show.setOnAction(e -> vm.load());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("rounds-archive-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());

        HBox periodBox = new HBox(6, prev, period, next);
        periodBox.setAlignment(Pos.BOTTOM_LEFT);
        FlowPane bar = new FlowPane(10, 4,
                new FormField(m.get("rounds.archive.tier"), tier, "rounds-archive-tier", vm.errorProperty(TierArchive.TIER)),
                new FormField(m.get("rounds.archive.unit"), unit, "rounds-archive-unit", vm.errorProperty(TierArchive.UNIT)),
                new FormField(m.get("rounds.archive.kind"), kind, "rounds-archive-kind", new ReadOnlyObjectWrapper<>("").asString()),
                periodBox,
                new FormField(m.get("rounds.archive.from"), from, "rounds-archive-from", vm.errorProperty(TierArchive.FROM)),
                new FormField(m.get("rounds.archive.to"), to, "rounds-archive-to", vm.errorProperty(TierArchive.TO)),
                show, busy);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Button nav(String id, String text, String helpKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setAccessibleText(m.get(helpKey));
        b.setTooltip(new Tooltip(m.get(helpKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Tab tab(String id, String key, ObservableList<?> items, TableView<?> table) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(Bindings.createStringBinding(() -> m.get(key, items.size()), items));
        t.setContent(table);
        return t;
    }

    private TableView<HazardRow> hazardTable(String id, ObservableList<HazardRow> rows) {
        TableView<HazardRow> t = table(id, rows);
        t.getColumns().add(column("rounds.archive.col.number", 130, HazardRow::number));
        t.getColumns().add(column("rounds.archive.col.foundOn", 90, h -> h.foundOn().toString()));
        t.getColumns().add(column("rounds.archive.col.unit", 120, HazardRow::unitName));
        t.getColumns().add(column("rounds.archive.col.place", 120, HazardRow::place));
        t.getColumns().add(column("rounds.archive.col.description", 260, HazardRow::description));
        t.getColumns().add(column("rounds.archive.col.tier", 70, h -> h.rectifyingTier() == null ? ""
                : vm.tierText(h.rectifyingTier())));
        t.getColumns().add(column("rounds.archive.col.status", 100, vm::statusText));
        return t;
    }

    private TableView<RoundRow> heldTable() {
        TableView<RoundRow> t = table("rounds-archive-held", vm.held());
        t.getColumns().add(column("rounds.column.heldOn", 90, r -> r.heldOn().toString()));
        t.getColumns().add(column("rounds.column.unit", 180, RoundRow::unitName));
        t.getColumns().add(column("rounds.column.inspectors", 140, RoundRow::inspectorNames));
        t.getColumns().add(column("rounds.column.failed", 70, r -> Integer.toString(r.failedCount())));
        t.getColumns().add(column("rounds.column.hazards", 70, r -> Integer.toString(r.hazardCount())));
        return t;
    }

    private TableView<ComplianceEntry> missedTable() {
        TableView<ComplianceEntry> t = table("rounds-archive-missed", vm.missed());
        t.getColumns().add(column("rounds.column.unit", 220, ComplianceEntry::unitName));
        t.getColumns().add(column("rounds.column.tier", 80, e -> vm.tierText(e.tier())));
        t.getColumns().add(column("rounds.archive.col.period", 200, vm::missedText));
        return t;
    }

    private <T> TableView<T> table(String id, ObservableList<T> rows) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        t.setAccessibleText(m.get("rounds.tab.archive"));
        t.setPlaceholder(new Label(m.get("rounds.archive.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return t;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.6);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
