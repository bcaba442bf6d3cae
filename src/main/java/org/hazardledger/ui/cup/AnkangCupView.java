package org.hazardledger.ui.cup;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupHistoryEntry;
import org.hazardledger.model.CupStanding;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of the 安康杯 competition. */
public final class AnkangCupView extends BorderPane {

    private final WorkbenchServices services;
    private final AnkangCupViewModel vm;
    private final Messages m;
    private final TableView<CupStanding> grid = new TableView<>();

    public AnkangCupView(WorkbenchServices services) {
        this.services = services;
        this.vm = new AnkangCupViewModel(services);
        this.m = services.messages();
        setId("cup-view");
        Label title = new Label(m.get("cup.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        setTop(new VBox(6, title, periodBar(), openBar()));
        TabPane tabs = new TabPane(tab("cup-tab-scores", "cup.tab.scores", scores()),
                tab("cup-tab-criteria", "cup.tab.criteria", criteria()),
                tab("cup-tab-units", "cup.tab.units", units()),
                tab("cup-tab-history", "cup.tab.history", history()));
        tabs.setId("cup-tabs");
        setCenter(tabs);
        Label status = new Label();
        status.setId("cup-message");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        setBottom(status);
        vm.boardProperty().addListener((o, was, now) -> rebuildGrid(now));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.load();
    }

    public AnkangCupViewModel viewModel() {
        return vm;
    }

    private Tab tab(String id, String key, javafx.scene.Node content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }

    private HBox periodBar() {
        ComboBox<CupCompetition> period = new ComboBox<>(vm.competitions());
        period.setId("cup-period");
        period.setAccessibleText(m.get("cup.period"));
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(CupCompetition c) {
                return vm.competitionText(c);
            }

            @Override
            public CupCompetition fromString(String s) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(vm.selectedProperty());
        HBox bar = new HBox(8, new Label(m.get("cup.period")), period);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private HBox openBar() {
        TextField year = new TextField();
        year.setId("cup-new-year");
        year.setPrefColumnCount(5);
        year.setAccessibleText(m.get("cup.new.year"));
        year.textProperty().bindBidirectional(vm.newYearProperty());
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.CupPeriod.Kind>> kind = new ComboBox<>(vm.kinds());
        kind.setId("cup-new-kind");
        kind.setAccessibleText(m.get("cup.new.kind"));
        kind.valueProperty().bindBidirectional(vm.newKindProperty());
        TextField number = new TextField();
        number.setId("cup-new-number");
        number.setPrefColumnCount(2);
        number.setAccessibleText(m.get("cup.new.number"));
        number.textProperty().bindBidirectional(vm.newNumberProperty());
        number.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> kind.getValue() == null
                || kind.getValue().value() == org.hazardledger.model.CupPeriod.Kind.YEAR, kind.valueProperty()));
        TextField name = new TextField();
        name.setId("cup-new-name");
        name.setPrefColumnCount(20);
        name.setAccessibleText(m.get("cup.new.name"));
        name.textProperty().bindBidirectional(vm.newNameProperty());
        Button open = new Button(m.get("cup.new.open"));
        open.setId("cup-open");
        open.setAccessibleText(m.get("cup.new.open"));
        open.disableProperty().bind(vm.mayManageProperty().not().or(vm.busyProperty()));
        open.setOnAction(e -> vm.openCompetition());
        HBox bar = new HBox(8, new Label(m.get("cup.new.year")), year, kind, new Label(m.get("cup.new.number")),
                number, new Label(m.get("cup.new.name")), name, open);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private VBox scores() {
        grid.setId("cup-grid");
        grid.setItems(vm.standings());
        grid.setEditable(true);
        grid.setAccessibleText(m.get("cup.tab.scores"));
        grid.editableProperty().bind(vm.mayManageProperty());
        Button export = new Button(m.get("cup.export"));
        export.setId("cup-export-ranking");
        export.setAccessibleText(m.get("cup.export"));
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(grid), m.get("cup.export.rankingFile")));
        Button computed = new Button(m.get("cup.computed"));
        computed.setId("cup-score-rectification");
        computed.setAccessibleText(m.get("cup.computed"));
        computed.setAccessibleHelp(m.get("cup.computed.help"));
        computed.disableProperty().bind(vm.mayManageProperty().not().or(vm.busyProperty()));
        computed.setOnAction(e -> {
            if (services.dialogs().confirm(m.get("cup.computed"), m.get("cup.computed.help"))) {
                vm.scoreRectificationRates();
            }
        });
        Label hint = new Label(m.get("cup.grid.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return new VBox(6, new HBox(8, export, computed, hint), grid);
    }

    private void rebuildGrid(CupBoard board) {
        grid.getColumns().clear();
        grid.getColumns().add(column("cup.col.rank", st -> Integer.toString(st.rank())));
        grid.getColumns().add(column("cup.col.unitCode", st -> st.unit().code()));
        grid.getColumns().add(column("cup.col.unit", st -> st.unit().name()));
        if (board != null) {
            for (CupCriterion c : board.criteria()) {
                TableColumn<CupStanding, String> col = column(null, st -> vm.scoreText(st, c.code()));
                col.setText(m.get("cup.col.criterion", c.name(), c.weight()));
                col.setId("cup-col-" + c.code());
                col.setEditable(true);
                col.setCellFactory(TextFieldTableCell.forTableColumn());
                col.setOnEditCommit(e -> vm.score(e.getRowValue(), c.code(), e.getNewValue()));
                grid.getColumns().add(col);
            }
        }
        grid.getColumns().add(column("cup.col.total", vm::totalText));
    }

    private static <S> TableColumn<S, String> column(Messages m, String key, Function<S, String> text) {
        TableColumn<S, String> c = new TableColumn<>(key == null ? "" : m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setEditable(false);
        return c;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> text) {
        return column(m, key, text);
    }

    private VBox criteria() {
        TableView<AnkangCupViewModel.CriterionEntry> table = new TableView<>(vm.criteria());
        table.setId("cup-criteria");
        table.setEditable(true);
        table.setAccessibleText(m.get("cup.tab.criteria"));
        table.getColumns().add(editable("cup.col.code", AnkangCupViewModel.CriterionEntry::codeProperty));
        table.getColumns().add(editable("cup.col.criterionName", AnkangCupViewModel.CriterionEntry::nameProperty));
        table.getColumns().add(editable("cup.col.weight", AnkangCupViewModel.CriterionEntry::weightProperty));
        table.editableProperty().bind(vm.mayManageProperty());
        Button add = button("cup-criterion-add", "cup.criterion.add");
        add.setOnAction(e -> vm.addCriterion());
        Button remove = button("cup-criterion-remove", "cup.criterion.remove");
        remove.disableProperty().bind(vm.mayManageProperty().not()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        remove.setOnAction(e -> vm.removeCriterion(table.getSelectionModel().getSelectedItem()));
        Button save = button("cup-criteria-save", "cup.criteria.save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.setOnAction(e -> {
            if (!vm.savingDropsScores() || services.dialogs().confirm(m.get("cup.criteria.save"),
                    m.get("cup.criteria.confirmDrop"))) {
                vm.saveCriteria();
            }
        });
        add.disableProperty().bind(vm.mayManageProperty().not());
        save.disableProperty().bind(vm.mayManageProperty().not().or(vm.busyProperty()));
        Label sum = new Label();
        sum.setId("cup-weight-sum");
        sum.textProperty().bind(vm.weightSumProperty());
        Label error = new Label();
        error.setId("cup-criteria-error");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.criteriaErrorProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, new HBox(8, add, remove, save, sum), error, table);
    }

    private TableColumn<AnkangCupViewModel.CriterionEntry, String> editable(String key,
            Function<AnkangCupViewModel.CriterionEntry, javafx.beans.property.StringProperty> property) {
        TableColumn<AnkangCupViewModel.CriterionEntry, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> property.apply(d.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue()));
        return c;
    }

    private VBox units() {
        ListView<AnkangCupViewModel.UnitEntry> list = new ListView<>(vm.units());
        list.setId("cup-units");
        list.setAccessibleText(m.get("cup.tab.units"));
        list.setCellFactory(CheckBoxListCell.forListView(AnkangCupViewModel.UnitEntry::takingProperty));
        list.disableProperty().bind(vm.mayManageProperty().not());
        Button save = button("cup-units-save", "cup.units.save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.disableProperty().bind(vm.mayManageProperty().not().or(vm.busyProperty()));
        save.setOnAction(e -> {
            if (!vm.savingUnitsDropsScores() || services.dialogs().confirm(m.get("cup.units.save"),
                    m.get("cup.units.confirmDrop"))) {
                vm.saveUnits();
            }
        });
        Label hint = new Label(m.get("cup.units.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, new HBox(8, save, hint), list);
    }

    private VBox history() {
        TableView<CupHistoryEntry> table = new TableView<>(vm.history());
        table.setId("cup-history");
        table.setAccessibleText(m.get("cup.tab.history"));
        table.getColumns().add(column("cup.col.period", h -> h.period().code()));
        table.getColumns().add(column("cup.col.competition", CupHistoryEntry::competitionName));
        table.getColumns().add(column("cup.col.unitCode", CupHistoryEntry::unitCode));
        table.getColumns().add(column("cup.col.unit", CupHistoryEntry::unitName));
        table.getColumns().add(column("cup.col.total", h -> h.total().toPlainString()));
        table.getColumns().add(column("cup.col.rank", h -> h.rank() + "/" + h.participants()));
        Button export = button("cup-export-history", "cup.export");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table), m.get("cup.export.historyFile")));
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, export, table);
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        return b;
    }
}
