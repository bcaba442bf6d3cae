package org.hazardledger.ui.sheetimport;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hazardledger.model.ImportMode;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 导入 Excel 台账: the wizard's window. One page per step (file, sheet and header, mapping, preview,
 * check, import) with 上一步 / 下一步 (the default button) / 开始导入 / 关闭 (Esc), and under the pages
 * the progress bar with 取消, the status and the error line. The work is the ViewModel's.
 */
public final class SheetImportDialog extends Dialog<Void> {

    private final SheetImportViewModel vm;
    private final Messages m;

    SheetImportDialog(SheetImportViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        setTitle(m.get("sheetImport.title"));
        setResizable(true);
        getDialogPane().setId("sheetImport-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);

        ButtonType back = new ButtonType(m.get("sheetImport.back"), ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonType next = new ButtonType(m.get("sheetImport.next"), ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonType start = new ButtonType(m.get("sheetImport.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("sheetImport.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(back, next, start, close);
        Button backButton = DialogButtons.actionButton(this, back, "sheetImport-back", vm::back);
        Button nextButton = DialogButtons.actionButton(this, next, "sheetImport-next", vm::next);
        Button importButton = DialogButtons.actionButton(this, start, "sheetImport-import", vm::importRows);
        Button closeButton = DialogButtons.button(this, close, "sheetImport-close");
        closeButton.setCancelButton(true);
        backButton.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isEqualTo(
                SheetImportViewModel.Step.FILE)));
        nextButton.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isEqualTo(
                SheetImportViewModel.Step.IMPORT)).or(vm.sheetProperty().isNull()));
        importButton.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isNotEqualTo(
                SheetImportViewModel.Step.IMPORT)).or(vm.checkProperty().isNull()));
        // 下一步 is the default button until the last page, where 开始导入 is
        nextButton.defaultButtonProperty().bind(vm.stepProperty().isNotEqualTo(SheetImportViewModel.Step.IMPORT));
        importButton.defaultButtonProperty().bind(vm.stepProperty().isEqualTo(SheetImportViewModel.Step.IMPORT));

        Label stepTitle = new Label();
        stepTitle.setId("sheetImport-step");
        stepTitle.getStyleClass().add(Styles.PAGE_TITLE);
        stepTitle.textProperty().bind(Bindings.createStringBinding(() -> m.get("sheetImport.step",
                vm.stepProperty().get().ordinal() + 1, SheetImportViewModel.Step.values().length,
                stepName(vm.stepProperty().get())), vm.stepProperty()));

        Node[] pages = {filePage(), sheetPage(), mappingPage(), previewPage(), checkPage(), importPage()};
        StackPane stack = new StackPane(pages);
        for (int i = 0; i < pages.length; i++) {
            int index = i;
            pages[i].visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> vm.stepProperty().get().ordinal() == index, vm.stepProperty()));
        }
        VBox.setVgrow(stack, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("sheetImport-progress");
        progress.setPrefWidth(240);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(m.get("sheetImport.cancel"));
        cancel.setId("sheetImport-cancel");
        cancel.setMnemonicParsing(true);
        cancel.setAccessibleText(m.get("sheetImport.cancel.help"));
        cancel.visibleProperty().bind(vm.cancellableProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Label status = new Label();
        status.setId("sheetImport-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        HBox work = new HBox(8, progress, cancel, status);
        work.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("sheetImport-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        VBox content = new VBox(10, stepTitle, stack, work, error);
        content.setPrefSize(900, 560);
        getDialogPane().setContent(content);
        // closing while an import runs first stops it (it rolls back)
        setOnCloseRequest(e -> vm.cancel());
    }

    /** Opens the wizard over {@code owner}; {@code onImported} runs after rows were written (the ledger reloads). */
    public static void open(Window owner, WorkbenchServices services, Runnable onImported) {
        SheetImportDialog dialog = new SheetImportDialog(new SheetImportViewModel(services, onImported));
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.show();
    }

    public SheetImportViewModel viewModel() {
        return vm;
    }

    private String stepName(SheetImportViewModel.Step s) {
        return switch (s) {
            case FILE -> m.get("sheetImport.step.file");
            case SHEET -> m.get("sheetImport.step.sheet");
            case MAPPING -> m.get("sheetImport.step.mapping");
            case PREVIEW -> m.get("sheetImport.step.preview");
            case CHECK -> m.get("sheetImport.step.check");
            case IMPORT -> m.get("sheetImport.step.import");
        };
    }

    private Node filePage() {
        Label hint = wrapped(m.get("sheetImport.file.hint"));
        TextField file = new TextField();
        file.setId("sheetImport-file");
        file.setEditable(false);
        file.setAccessibleText(m.get("sheetImport.file.label"));
        file.textProperty().bind(vm.fileTextProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(m.get("sheetImport.file.chooseButton"));
        choose.setId("sheetImport-chooseFile");
        choose.setMnemonicParsing(true);
        choose.setAccessibleText(m.get("sheetImport.file.choose"));
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> vm.chooseFile());
        Label label = new Label(m.get("sheetImport.file.label"));
        label.setLabelFor(file);
        HBox row = new HBox(8, label, file, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, hint, row);
    }

    private Node sheetPage() {
        ComboBox<String> sheet = new ComboBox<>(vm.sheetNames());
        sheet.setId("sheetImport-sheet");
        sheet.setAccessibleText(m.get("sheetImport.sheet.label"));
        sheet.setPrefWidth(260);
        // the ViewModel's sheet shown in the combo, and only the user's choices sent back
        boolean[] syncing = {false};
        Runnable showSheet = () -> {
            syncing[0] = true;
            try {
                sheet.getSelectionModel().select(vm.sheetIndexProperty().get());
            } finally {
                syncing[0] = false;
            }
        };
        vm.sheetIndexProperty().addListener((o, was, now) -> showSheet.run());
        vm.sheetNames().addListener((ListChangeListener<String>) c -> showSheet.run());
        sheet.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now.intValue() >= 0 && now.intValue() != vm.sheetIndexProperty().get()) {
                vm.selectSheet(now.intValue());
            }
        });
        sheet.disableProperty().bind(vm.busyProperty());
        Spinner<Integer> row = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, 1));
        row.setId("sheetImport-headerRow");
        row.setEditable(true);
        row.setAccessibleText(m.get("sheetImport.sheet.headerRow"));
        row.setPrefWidth(100);
        Spinner<Integer> rows = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 2, 1));
        rows.setId("sheetImport-headerRows");
        rows.setAccessibleText(m.get("sheetImport.sheet.headerRows"));
        rows.setPrefWidth(80);
        Runnable showHeader = () -> {
            syncing[0] = true;
            try {
                row.getValueFactory().setValue(vm.headerRowProperty().get());
                rows.getValueFactory().setValue(vm.headerRowsProperty().get());
            } finally {
                syncing[0] = false;
            }
        };
        vm.headerRowProperty().addListener((o, was, now) -> showHeader.run());
        vm.headerRowsProperty().addListener((o, was, now) -> showHeader.run());
        row.valueProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now != null) {
                vm.setHeader(now, rows.getValue());
            }
        });
        rows.valueProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now != null) {
                vm.setHeader(row.getValue(), now);
            }
        });

        Label sheetLabel = new Label(m.get("sheetImport.sheet.label"));
        sheetLabel.setLabelFor(sheet);
        Label rowLabel = new Label(m.get("sheetImport.sheet.headerRow"));
        rowLabel.setLabelFor(row);
        Label rowsLabel = new Label(m.get("sheetImport.sheet.headerRows"));
        rowsLabel.setLabelFor(rows);
        HBox line = new HBox(8, sheetLabel, sheet, rowLabel, row, rowsLabel, rows);
        line.setAlignment(Pos.CENTER_LEFT);
        TableView<List<String>> preview = previewTable("sheetImport-sheetPreview");
        VBox.setVgrow(preview, Priority.ALWAYS);
        return new VBox(10, wrapped(m.get("sheetImport.sheet.hint")), line, preview);
    }

    private Node mappingPage() {
        TableView<MappingRow> table = new TableView<>(vm.mappingRows());
        table.setId("sheetImport-mapping");
        table.setEditable(true);
        table.setAccessibleText(m.get("sheetImport.step.mapping"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<MappingRow, String> column = text(m.get("sheetImport.mapping.column"), 60,
                r -> SheetImportViewModel.columnLetter(r.column()));
        TableColumn<MappingRow, String> header = text(m.get("sheetImport.mapping.header"), 180, MappingRow::header);
        TableColumn<MappingRow, String> samples = text(m.get("sheetImport.mapping.samples"), 260,
                MappingRow::samples);
        TableColumn<MappingRow, Choice<LedgerField>> field = new TableColumn<>(m.get("sheetImport.mapping.field"));
        field.setPrefWidth(200);
        field.setEditable(true);
        field.setCellValueFactory(c -> c.getValue().fieldProperty());
        field.setCellFactory(c -> new FieldCell(vm));
        table.getColumns().add(column);
        table.getColumns().add(header);
        table.getColumns().add(samples);
        table.getColumns().add(field);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label missing = new Label();
        missing.setId("sheetImport-missing");
        missing.getStyleClass().add(Styles.FORM_ERROR);
        missing.setWrapText(true);
        missing.textProperty().bind(vm.missingRequiredProperty());
        return new VBox(10, wrapped(m.get("sheetImport.mapping.hint")), table, missing);
    }

    private Node previewPage() {
        TableView<List<String>> table = previewTable("sheetImport-preview");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(10, wrapped(m.get("sheetImport.preview.hint", SheetImportViewModel.PREVIEW_ROWS)), table);
    }

    private TableView<List<String>> previewTable(String id) {
        TableView<List<String>> table = new TableView<>(vm.previewRows());
        table.setId(id);
        table.setAccessibleText(m.get("sheetImport.step.preview"));
        table.setPlaceholder(new Label(m.get("sheetImport.preview.empty")));
        Runnable columns = () -> {
            table.getColumns().clear();
            for (int i = 0; i < vm.previewHeaders().size(); i++) {
                int index = i;
                TableColumn<List<String>, String> c = new TableColumn<>(vm.previewHeaders().get(i));
                c.setPrefWidth(130);
                c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(index < cell.getValue().size()
                        ? cell.getValue().get(index) : ""));
                table.getColumns().add(c);
            }
        };
        vm.previewHeaders().addListener((ListChangeListener<String>) ch -> columns.run());
        return table;
    }

    private Node checkPage() {
        Label counts = new Label();
        counts.setId("sheetImport-counts");
        counts.textProperty().bind(vm.countsProperty());
        Button recheck = new Button(m.get("sheetImport.check.again"));
        recheck.setId("sheetImport-check");
        recheck.setMnemonicParsing(true);
        recheck.setAccessibleText(m.get("sheetImport.check.again"));
        recheck.disableProperty().bind(vm.busyProperty());
        recheck.setOnAction(e -> vm.runCheck());
        Button report = new Button(m.get("sheetImport.report.save"));
        report.setId("sheetImport-saveReport");
        report.setMnemonicParsing(true);
        report.setAccessibleText(m.get("sheetImport.report.save"));
        report.disableProperty().bind(vm.busyProperty().or(vm.checkProperty().isNull())
                .or(Bindings.isEmpty(vm.problems())));
        report.setOnAction(e -> vm.saveReport());
        HBox top = new HBox(8, counts, recheck, report);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportProblem> problems = new TableView<>(vm.problems());
        problems.setId("sheetImport-problems");
        problems.setAccessibleText(m.get("sheetImport.check.problemsTitle"));
        problems.setPlaceholder(new Label(m.get("sheetImport.check.none")));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        problems.getColumns().add(text(m.get("sheetImport.problem.row"), 60, p -> String.valueOf(p.row())));
        problems.getColumns().add(text(m.get("sheetImport.problem.column"), 150, vm::columnText));
        problems.getColumns().add(text(m.get("sheetImport.problem.value"), 180,
                p -> p.value() == null ? "" : p.value()));
        problems.getColumns().add(text(m.get("sheetImport.problem.reason"), 320, vm::problemText));

        TableView<UnknownName> names = new TableView<>(vm.unknowns());
        names.setId("sheetImport-unknowns");
        names.setEditable(true);
        names.setAccessibleText(m.get("sheetImport.unknown.title"));
        names.setPlaceholder(new Label(m.get("sheetImport.unknown.none")));
        names.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        names.getColumns().add(text(m.get("sheetImport.unknown.kind"), 80, vm::kindText));
        names.getColumns().add(text(m.get("sheetImport.unknown.name"), 200, vm::nameText));
        TableColumn<UnknownName, Choice<Object>> choice = new TableColumn<>(m.get("sheetImport.unknown.choice"));
        choice.setPrefWidth(300);
        choice.setEditable(true);
        choice.setCellValueFactory(c -> c.getValue().choiceProperty());
        choice.setCellFactory(c -> new ChoiceCell());
        names.getColumns().add(choice);
        names.setPrefHeight(160);
        VBox.setVgrow(problems, Priority.ALWAYS);
        Label namesTitle = new Label(m.get("sheetImport.unknown.title"));
        namesTitle.setLabelFor(names);
        return new VBox(8, top, problems, namesTitle, names);
    }

    private Node importPage() {
        ComboBox<Choice<ImportMode>> mode = new ComboBox<>(vm.modes());
        mode.setId("sheetImport-mode");
        mode.setAccessibleText(m.get("sheetImport.mode.label"));
        mode.valueProperty().bindBidirectional(vm.modeProperty());
        mode.disableProperty().bind(vm.busyProperty());
        Label modeLabel = new Label(m.get("sheetImport.mode.label"));
        modeLabel.setLabelFor(mode);
        HBox line = new HBox(8, modeLabel, mode);
        line.setAlignment(Pos.CENTER_LEFT);
        Label counts = new Label();
        counts.setId("sheetImport-importCounts");
        counts.textProperty().bind(vm.countsProperty());
        Label result = new Label();
        result.setId("sheetImport-result");
        result.setWrapText(true);
        result.getStyleClass().add("sheet-import-result");
        result.textProperty().bind(vm.resultProperty());
        return new VBox(10, wrapped(m.get("sheetImport.mode.hint")), line, counts, result);
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    private static <S> TableColumn<S, String> text(String title, double width, java.util.function.Function<S, String> f) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(f.apply(cell.getValue())));
        return c;
    }

    /** The field a sheet column is imported as: a combo always shown, so Tab and the arrow keys reach it. */
    private static final class FieldCell extends TableCell<MappingRow, Choice<LedgerField>> {
        private final ComboBox<Choice<LedgerField>> box;
        private MappingRow bound;

        FieldCell(SheetImportViewModel vm) {
            box = new ComboBox<>(vm.fieldChoices());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setVisibleRowCount(16);
            box.valueProperty().addListener((o, was, now) -> {
                if (bound != null && now != null && now != bound.fieldProperty().get()) {
                    bound.fieldProperty().set(now);
                }
            });
        }

        @Override
        protected void updateItem(Choice<LedgerField> item, boolean empty) {
            super.updateItem(item, empty);
            MappingRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            bound = null;
            if (row == null) {
                setGraphic(null);
                return;
            }
            box.setValue(row.fieldProperty().get());
            box.setId("sheetImport-field-" + row.column());
            box.setAccessibleText(row.header());
            bound = row;
            setGraphic(box);
        }
    }

    /** A combo of the choices of its own row (units, people or categories). */
    private static final class ChoiceCell extends TableCell<UnknownName, Choice<Object>> {
        private final ComboBox<Choice<Object>> box = new ComboBox<>();
        private UnknownName bound;

        ChoiceCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Choice<Object> c) {
                    return c == null ? "" : c.label();
                }

                @Override
                public Choice<Object> fromString(String s) {
                    return null;
                }
            });
            box.valueProperty().addListener((o, was, now) -> {
                if (bound != null && now != null) {
                    bound.choiceProperty().set(now);
                }
            });
        }

        @Override
        protected void updateItem(Choice<Object> item, boolean empty) {
            super.updateItem(item, empty);
            UnknownName row = empty || getTableRow() == null ? null : getTableRow().getItem();
            bound = null;
            if (row == null) {
                setGraphic(null);
                return;
            }
            box.setItems(row.choices());
            box.setValue(row.choiceProperty().get());
            box.setId("sheetImport-name-" + getIndex());
            bound = row;
            setGraphic(box);
        }
    }
}
