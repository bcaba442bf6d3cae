package org.hazardledger.ui.rounds;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundRow;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.attachment.AttachmentStrip;
import org.hazardledger.ui.hazard.RegisterHazardDialog;

/** 巡查记录: the month's rounds on the left, the selected round's answers and hazards on the right. */
final class RoundListPane extends VBox {

    private final RoundsViewModel page;
    private final RoundListViewModel vm;
    private final Messages m;

    RoundListPane(RoundsViewModel page, Runnable quickEntry) {
        this.page = page;
        this.vm = page.list();
        this.m = page.messages();
        getStyleClass().add("rounds-list-pane");
        SplitPane split = new SplitPane(table(), detail());
        split.setId("rounds-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        Label message = new Label();
        message.setId("rounds-list-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        Label count = new Label();
        count.setId("rounds-list-count");
        count.getStyleClass().add(Styles.MUTED);
        count.textProperty().bind(vm.countTextProperty());
        HBox status = new HBox(16, count, message);
        status.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(toolbar(quickEntry), split, status);
    }

    private HBox toolbar(Runnable quickEntry) {
        Button quick = new Button(m.get("rounds.quick.open", RoundsView.QUICK_ENTRY.getDisplayText()));
        quick.setId("rounds-quick");
        quick.getStyleClass().add(Styles.PRIMARY);
        quick.setAccessibleText(m.get("rounds.quick.open", RoundsView.QUICK_ENTRY.getDisplayText()));
        quick.disableProperty().bind(page.readyProperty().not());
        quick.setOnAction(e -> quickEntry.run());

        Button checklists = new Button(m.get("rounds.checklist.open"));
        checklists.setId("rounds-checklists");
        checklists.setAccessibleText(m.get("rounds.checklist.open"));
        checklists.disableProperty().bind(page.readyProperty().not());
        checklists.setOnAction(e -> ChecklistEditorDialog.open(getScene().getWindow(), page.newChecklistEditor(), m,
                null));

        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.ui.UnitOption>> unit = new ComboBox<>(vm.units());
        unit.setId("rounds-list-unit");
        unit.setAccessibleText(m.get("rounds.list.unit"));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setVisibleRowCount(16);
        unit.setPrefWidth(280);

        Button prev = navButton("rounds-list-prev", "◀", "rounds.month.previous", () -> vm.moveMonth(-1));
        Button next = navButton("rounds-list-next", "▶", "rounds.month.next", () -> vm.moveMonth(1));
        Label month = new Label();
        month.setId("rounds-list-month");
        month.getStyleClass().add("rounds-month");
        month.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(vm::monthText, vm.monthProperty()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("rounds-list-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, quick, checklists, gap, unit, prev, month, next, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Button navButton(String id, String text, String helpKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setAccessibleText(m.get(helpKey));
        b.setTooltip(new javafx.scene.control.Tooltip(m.get(helpKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableView<RoundRow> table() {
        TableView<RoundRow> table = new TableView<>(vm.rows());
        table.setId("rounds-table");
        table.setAccessibleText(m.get("rounds.tab.list"));
        table.setPlaceholder(new Label(m.get("rounds.list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<RoundRow, String> day = column("rounds.column.heldOn", 96, r -> r.heldOn().toString());
        day.setMinWidth(92); // a date is read whole or not at all
        table.getColumns().add(day);
        table.getColumns().add(column("rounds.column.unit", 180, RoundRow::unitName));
        table.getColumns().add(column("rounds.column.tier", 60, vm::tierText));
        table.getColumns().add(column("rounds.column.inspectors", 120, RoundRow::inspectorNames));
        table.getColumns().add(column("rounds.column.failed", 60, r -> Integer.toString(r.failedCount())));
        table.getColumns().add(column("rounds.column.hazards", 60, r -> Integer.toString(r.hazardCount())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RoundRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(QuickRoundDialog.FAILED, !empty && item != null && item.failedCount() > 0);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.7);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private VBox detail() {
        Label title = new Label();
        title.setId("rounds-detail-title");
        title.getStyleClass().add("rounds-detail-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.detailTitleProperty());

        TableView<RoundItemResult> results = new TableView<>(vm.results());
        results.setId("rounds-results");
        results.setAccessibleText(m.get("rounds.detail.results"));
        results.setPlaceholder(new Label(m.get("rounds.detail.none")));
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        results.getColumns().add(column("rounds.column.item", 220, RoundItemResult::itemText));
        results.getColumns().add(column("rounds.column.answer", 70, vm::answerText));
        results.getColumns().add(column("rounds.column.note", 140, r -> r.note() == null ? "" : r.note()));
        results.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RoundItemResult item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(QuickRoundDialog.FAILED,
                        !empty && item != null && item.answer() == RoundAnswer.FAILED);
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                vm.selectedResultProperty().set(now));
        vm.selectedResultProperty().addListener((o, was, now) -> {
            if (now != results.getSelectionModel().getSelectedItem()) {
                results.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        Button register = new Button(m.get("rounds.detail.register"));
        register.setId("rounds-register-finding");
        register.setAccessibleText(m.get("rounds.detail.register"));
        register.setAccessibleHelp(m.get("rounds.detail.register.help"));
        register.setTooltip(new javafx.scene.control.Tooltip(m.get("rounds.detail.register.help")));
        register.disableProperty().bind(vm.canRegisterProperty().not());
        register.setOnAction(e -> vm.registerFinding(form ->
                RegisterHazardDialog.open(getScene().getWindow(), form, m, page::findingRegistered)));
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.canRegisterProperty().get()) {
                register.fire();
            }
        });

        Label hazardsLabel = new Label(m.get("rounds.detail.hazards"));
        hazardsLabel.getStyleClass().add("form-label");
        ListView<String> hazards = new ListView<>(vm.hazards());
        hazards.setId("rounds-hazards");
        hazards.setAccessibleText(m.get("rounds.detail.hazards"));
        hazards.setPlaceholder(new Label(m.get("rounds.detail.noHazards")));
        hazards.setPrefHeight(110);
        hazardsLabel.setLabelFor(hazards);

        AttachmentStrip photos = new AttachmentStrip(page.attachments(), m, "round-attachment");
        VBox box = new VBox(6, title, results, register, hazardsLabel, hazards, photos);
        box.getStyleClass().add("rounds-detail");
        return box;
    }
}
