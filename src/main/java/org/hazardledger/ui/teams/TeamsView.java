package org.hazardledger.ui.teams;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hazardledger.model.TeamResult;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamSectionScore;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of the standardised safe teams (安全生产标准化班组). */
public final class TeamsView extends BorderPane {

    private final TeamsViewModel vm;
    private final Messages m;

    public TeamsView(WorkbenchServices services) {
        this.vm = new TeamsViewModel(services);
        this.m = services.messages();
        setId("teams-view");
        Label title = new Label(m.get("teams.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label rule = new Label(m.get("teams.rule", TeamResult.PASS_TOTAL.toPlainString(),
                TeamResult.SECTION_MIN_PERCENT));
        rule.getStyleClass().add(Styles.MUTED);
        rule.setWrapText(true);
        setTop(new VBox(4, title, rule));
        TabPane right = new TabPane(tab("teams-tab-editor", "teams.tab.editor", editor()),
                tab("teams-tab-history", "teams.tab.history", history()),
                tab("teams-tab-short", "teams.tab.short", shortfalls()));
        right.setId("teams-tabs");
        SplitPane split = new SplitPane(teamList(), right);
        split.setDividerPositions(0.4);
        setCenter(split);
        Label status = new Label();
        status.setId("teams-message");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        setBottom(status);
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.load();
    }

    public TeamsViewModel viewModel() {
        return vm;
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private VBox teamList() {
        TableView<TeamRow> table = new TableView<>(vm.rows());
        table.setId("teams-list");
        table.setAccessibleText(m.get("teams.list"));
        table.getColumns().add(column("teams.col.code", r -> r.team().code()));
        table.getColumns().add(column("teams.col.team", r -> r.team().name()));
        table.getColumns().add(column("teams.col.parent", TeamRow::parentName));
        table.getColumns().add(column("teams.col.latest", vm::latestDateText));
        table.getColumns().add(column("teams.col.total", vm::latestTotalText));
        table.getColumns().add(column("teams.col.result", r -> vm.resultText(r.latest())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        Button export = button("teams-export-list", "teams.export");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table), m.get("teams.export.listFile")));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, export, table);
    }

    private VBox editor() {
        Label team = new Label();
        team.setId("teams-editor-team");
        team.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get()
                == null ? m.get("teams.editor.chooseTeam") : vm.selectedProperty().get().team().name(),
                vm.selectedProperty()));
        DatePicker day = new DatePicker();
        day.setId("teams-assessed-on");
        day.setConverter(new IsoDateConverter());
        day.setAccessibleText(m.get("teams.editor.date"));
        day.valueProperty().bindBidirectional(vm.assessedOnProperty());
        TextField assessor = new TextField();
        assessor.setId("teams-assessor");
        assessor.setAccessibleText(m.get("teams.editor.assessor"));
        assessor.textProperty().bindBidirectional(vm.assessorProperty());
        TextField note = new TextField();
        note.setId("teams-note");
        note.setAccessibleText(m.get("teams.editor.note"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);

        TableView<TeamsViewModel.ItemEntry> items = new TableView<>(vm.items());
        items.setId("teams-items");
        items.setEditable(true);
        items.setAccessibleText(m.get("teams.editor.items"));
        items.getColumns().add(column("teams.col.section", e -> e.item().sectionName()));
        items.getColumns().add(column("teams.col.item", e -> e.item().code()));
        TableColumn<TeamsViewModel.ItemEntry, String> text = column("teams.col.text", e -> e.item().text());
        text.setPrefWidth(360);
        items.getColumns().add(text);
        items.getColumns().add(column("teams.col.max", e -> Integer.toString(e.item().maxPoints())));
        TableColumn<TeamsViewModel.ItemEntry, String> points = new TableColumn<>(m.get("teams.col.points"));
        points.setId("teams-col-points");
        points.setCellValueFactory(d -> d.getValue().pointsProperty());
        points.setCellFactory(TextFieldTableCell.forTableColumn());
        points.setOnEditCommit(e -> e.getRowValue().pointsProperty().set(e.getNewValue()));
        points.setEditable(true);
        items.getColumns().add(points);
        VBox.setVgrow(items, Priority.ALWAYS);

        TableView<TeamSectionScore> sections = new TableView<>(vm.sections());
        sections.setId("teams-sections");
        sections.setAccessibleText(m.get("teams.editor.sections"));
        sections.getColumns().add(column("teams.col.section", TeamSectionScore::sectionName));
        sections.getColumns().add(column("teams.col.kind", s -> m.label(s.kind())));
        sections.getColumns().add(column("teams.col.score", vm::sectionText));
        sections.getColumns().add(column("teams.col.result", s -> m.get(s.passed() ? "teams.result.pass"
                : "teams.section.short")));
        sections.setPrefHeight(200);

        Label total = new Label();
        total.setId("teams-running-total");
        total.textProperty().bind(vm.runningTotalProperty());
        Label error = new Label();
        error.setId("teams-editor-error");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.editorErrorProperty());
        Button fill = button("teams-fill-max", "teams.editor.fillMax");
        fill.setOnAction(e -> vm.fillMaximum());
        Button clear = button("teams-clear", "teams.editor.clear");
        clear.setOnAction(e -> vm.clearEditor());
        Button save = button("teams-save", "teams.editor.save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.disableProperty().bind(vm.mayAssessProperty().not().or(vm.busyProperty())
                .or(vm.selectedProperty().isNull()));
        save.setOnAction(e -> vm.save());
        HBox head = new HBox(8, team, new Label(m.get("teams.editor.date")), day,
                new Label(m.get("teams.editor.assessor")), assessor);
        HBox foot = new HBox(8, new Label(m.get("teams.editor.note")), note);
        return new VBox(6, head, foot, new HBox(8, fill, clear, save, total), error, items, sections);
    }

    private VBox history() {
        TableView<TeamResult> table = new TableView<>(vm.history());
        table.setId("teams-history");
        table.setAccessibleText(m.get("teams.tab.history"));
        table.getColumns().add(column("teams.col.date", r -> r.assessment().assessedOn().toString()));
        table.getColumns().add(column("teams.col.assessor", r -> r.assessment().assessor()));
        table.getColumns().add(column("teams.col.total", r -> r.total().toPlainString()));
        table.getColumns().add(column("teams.col.result", vm::resultText));
        table.getColumns().add(column("teams.col.failing", r -> vm.failingText(r.failingSections())));
        table.getColumns().add(column("teams.col.recordedBy", r -> r.assessment().recordedBy()));
        Button export = button("teams-export-history", "teams.export");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table), m.get("teams.export.historyFile")));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, export, table);
    }

    private VBox shortfalls() {
        TableView<TeamShortfall> table = new TableView<>(vm.shortfalls());
        table.setId("teams-short");
        table.setAccessibleText(m.get("teams.tab.short"));
        table.getColumns().add(column("teams.col.code", s -> s.team().code()));
        table.getColumns().add(column("teams.col.team", s -> s.team().name()));
        table.getColumns().add(column("teams.col.parent", TeamShortfall::parentName));
        table.getColumns().add(column("teams.col.reason", s -> m.label(s.reason())));
        table.getColumns().add(column("teams.col.detail", vm::shortfallText));
        Button export = button("teams-export-short", "teams.export");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table), m.get("teams.export.shortFile")));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, export, table);
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setEditable(false);
        return c;
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        return b;
    }
}
