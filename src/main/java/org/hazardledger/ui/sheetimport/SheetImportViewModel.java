package org.hazardledger.ui.sheetimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.ImportCheck;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportMode;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.sheet.ColumnMapping;
import org.hazardledger.sheet.ErrorReport;
import org.hazardledger.sheet.ParsedSheet;
import org.hazardledger.sheet.SheetHeader;
import org.hazardledger.sheet.SheetImport;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.sheetexport.StoppableTask;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 导入 Excel 台账: the wizard's state, step by step. A file is read in the background and its sheet,
 * header rows and mapping guessed; the user corrects the sheet, the header and the mapping, looks at
 * a preview, has the rows checked against the ledger (problems by row and column, unknown units,
 * people and categories to create or map), then imports in one transaction, all or nothing or the
 * valid rows only, with progress and 取消. A failure or a cancel says that nothing was written.
 */
public final class SheetImportViewModel {

    /** The wizard's pages, in order. */
    public enum Step { FILE, SHEET, MAPPING, PREVIEW, CHECK, IMPORT }

    /** Fields a hazard cannot be registered without: the mapping step names those not mapped. */
    public static final Set<LedgerField> REQUIRED = EnumSet.of(LedgerField.FOUND_ON, LedgerField.UNIT,
            LedgerField.PLACE, LedgerField.DESCRIPTION, LedgerField.CATEGORY);
    /** How many data rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;
    private static final int SAMPLES = 3;

    private final WorkbenchServices services;
    private final Messages messages;
    private final Runnable onImported;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SheetImport> sheet = new ReadOnlyObjectWrapper<>();

    private final ObservableList<String> sheetNames = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper sheetIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper headerRow = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyIntegerWrapper headerRows = new ReadOnlyIntegerWrapper(1);

    private final ObservableList<Choice<LedgerField>> fieldChoices = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper missingRequired = new ReadOnlyStringWrapper("");

    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();

    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<UnknownName> unknowns = FXCollections.observableArrayList();
    private final Map<String, UnknownName> names = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportCheck> check = new ReadOnlyObjectWrapper<>();
    private ParsedSheet parsed;
    private Reference reference = new Reference(List.of(), List.of(), List.of());

    private final ObservableList<Choice<ImportMode>> modes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ImportMode>> mode = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    private StoppableTask<?> running;

    public SheetImportViewModel(WorkbenchServices services, Runnable onImported) {
        this.services = services;
        this.messages = services.messages();
        this.onImported = onImported;
        fieldChoices.add(new Choice<>(null, messages.get("sheetImport.mapping.ignore")));
        for (LedgerField f : LedgerField.values()) {
            fieldChoices.add(new Choice<>(f, messages.label(f)));
        }
        for (ImportMode m : ImportMode.values()) {
            modes.add(new Choice<>(m, messages.label(m)));
        }
        mode.set(modes.get(0));
    }

    // ------------------------------------------------------------------ step 1: the file

    /** 选择文件…: asks for a workbook or CSV file and reads it. */
    public void chooseFile() {
        services.dialogs().chooseOpenFile(messages.get("sheetImport.file.choose"),
                messages.get("sheetImport.file.kinds"), "*.xlsx;*.xls;*.csv").ifPresent(this::open);
    }

    /** Reads {@code file} in the background, guessing its sheet, header and mapping. */
    public void open(Path file) {
        fileText.set(file.toAbsolutePath().toString());
        run(messages.get("sheetImport.file.reading", file.getFileName().toString()),
                p -> SheetImport.open(file, p), si -> {
                    show(si);
                    step.set(Step.SHEET);
                }, this::failed, messages.get("sheetImport.file.cancelled"));
    }

    // ------------------------------------------------------------------ step 2: sheet and header

    /** Another sheet of the workbook: read in the background, header and mapping guessed again. */
    public void selectSheet(int index) {
        SheetImport si = sheet.get();
        if (si == null || index < 0 || index == si.sheetIndex() || busy.get()) {
            return;
        }
        run(messages.get("sheetImport.sheet.reading", si.sheetNames().get(index)),
                p -> si.withSheet(index, p), this::show, this::failed, messages.get("sheetImport.file.cancelled"));
    }

    /** The header starts at {@code row} (1-based, as the spreadsheet numbers it) and takes {@code rows} rows. */
    public void setHeader(int row, int rows) {
        SheetImport si = sheet.get();
        if (si == null || (row - 1 == si.header().firstRow() && rows == si.header().rows())) {
            return;
        }
        error.set("");
        try {
            show(si.withHeader(new SheetHeader(Math.max(0, row - 1), Math.max(1, Math.min(2, rows)))));
        } catch (RuntimeException e) {
            error.set(Failures.describe(messages, e));
        }
    }

    private void show(SheetImport si) {
        sheet.set(si);
        error.set("");
        sheetNames.setAll(si.sheetNames());
        sheetIndex.set(si.sheetIndex());
        headerRow.set(si.header().firstRow() + 1);
        headerRows.set(si.header().rows());
        List<String> headers = si.headers();
        List<List<String>> samples = si.preview(SAMPLES);
        int width = Math.max(headers.size(), si.grid().columnCount());
        List<MappingRow> rows = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String header = c < headers.size() && headers.get(c) != null ? headers.get(c) : "";
            int col = c;
            String sample = samples.stream().map(r -> col < r.size() ? r.get(col) : "")
                    .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(" | "));
            if (header.isBlank() && sample.isBlank()) {
                continue;
            }
            MappingRow row = new MappingRow(c, header, sample, choiceOf(si.mapping().fieldAt(c)));
            row.fieldProperty().addListener((o, was, now) -> updateMissing());
            rows.add(row);
        }
        mappingRows.setAll(rows);
        updateMissing();
        updatePreview();
        forgetCheck();
    }

    // ------------------------------------------------------------------ step 3: the mapping

    private Choice<LedgerField> choiceOf(LedgerField f) {
        return fieldChoices.stream().filter(c -> c.value() == f).findFirst().orElse(fieldChoices.get(0));
    }

    /** The mapping as the rows say now. */
    public ColumnMapping mapping() {
        Map<Integer, LedgerField> map = new HashMap<>();
        mappingRows.forEach(r -> {
            if (r.field() != null) {
                map.put(r.column(), r.field());
            }
        });
        return new ColumnMapping(map);
    }

    /** Sets one column's field (null: 不导入), as the combo in the mapping table does. */
    public void map(int column, LedgerField field) {
        mappingRows.stream().filter(r -> r.column() == column).findFirst()
                .ifPresent(r -> r.fieldProperty().set(choiceOf(field)));
    }

    private void updateMissing() {
        Set<LedgerField> mapped = mappingRows.stream().map(MappingRow::field).filter(f -> f != null)
                .collect(Collectors.toSet());
        String missing = REQUIRED.stream().filter(f -> !mapped.contains(f)).map(messages::label)
                .collect(Collectors.joining(messages.get("sheetImport.listSeparator")));
        missingRequired.set(missing.isEmpty() ? "" : messages.get("sheetImport.mapping.missing", missing));
    }

    /** Takes the mapping the user corrected; false (with a message) when a field is chosen twice. */
    public boolean applyMapping() {
        SheetImport si = sheet.get();
        if (si == null) {
            return false;
        }
        Map<LedgerField, Long> uses = mappingRows.stream().map(MappingRow::field).filter(f -> f != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Optional<LedgerField> twice = uses.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .findFirst();
        if (twice.isPresent()) {
            error.set(messages.get("sheetImport.mapping.twice", messages.label(twice.get())));
            return false;
        }
        error.set("");
        try {
            sheet.set(si.withMapping(mapping()));
        } catch (RuntimeException e) {
            error.set(Failures.describe(messages, e));
            return false;
        }
        updatePreview();
        forgetCheck();
        return true;
    }

    // ------------------------------------------------------------------ step 4: the preview

    private void updatePreview() {
        SheetImport si = sheet.get();
        List<String> heads = new ArrayList<>();
        for (MappingRow r : mappingRows) {
            heads.add(r.field() == null ? messages.get("sheetImport.preview.ignored", r.header())
                    : messages.get("sheetImport.preview.mapped", r.header(), messages.label(r.field())));
        }
        previewHeaders.setAll(heads);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> line : si.preview(PREVIEW_ROWS)) {
            List<String> shown = new ArrayList<>();
            for (MappingRow r : mappingRows) {
                shown.add(r.column() < line.size() && line.get(r.column()) != null ? line.get(r.column()) : "");
            }
            rows.add(shown);
        }
        previewRows.setAll(rows);
    }

    /** The column (0-based) of the sheet that preview column {@code i} shows. */
    public int previewColumn(int i) {
        return mappingRows.get(i).column();
    }

    // ------------------------------------------------------------------ step 5: the check

    /** Reads every row and checks them against the ledger, in the background; nothing is written. */
    public void runCheck() {
        SheetImport si = sheet.get();
        if (si == null || busy.get()) {
            return;
        }
        ImportOptions options = options();
        run(messages.get("sheetImport.check.running"), p -> {
            ParsedSheet read = si.parse(p);
            ImportCheck checked = services.sheets().check(read.lines(), options);
            return new Checked(read, checked, new Reference(services.organisation().units(),
                    services.organisation().people(), services.referenceData().hazardCategories()));
        }, this::checked, this::failed, messages.get("sheetImport.check.cancelled"));
    }

    private void checked(Checked c) {
        parsed = c.parsed();
        if (!c.reference().units().isEmpty() || !c.reference().categories().isEmpty()) {
            reference = c.reference();
        }
        ImportCheck ic = c.check();
        check.set(ic);
        problems.setAll(ic.problems());
        counts.set(messages.get("sheetImport.check.counts", ic.rows(), ic.validRows(), ic.invalidRows().size(),
                parsed.skippedRows().size()));
        Set<String> current = new java.util.HashSet<>();
        ic.unknownUnits().forEach(t -> current.add(key(UnknownName.Kind.UNIT, t)));
        ic.unknownPeople().forEach(t -> current.add(key(UnknownName.Kind.PERSON, t)));
        ic.unknownCategories().forEach(t -> current.add(key(UnknownName.Kind.CATEGORY, t)));
        names.entrySet().removeIf(e -> !current.contains(e.getKey()) && e.getValue().value() == null);
        ic.unknownUnits().forEach(t -> names.computeIfAbsent(key(UnknownName.Kind.UNIT, t),
                k -> new UnknownName(UnknownName.Kind.UNIT, t, unitChoices(c.reference()))));
        ic.unknownPeople().forEach(t -> names.computeIfAbsent(key(UnknownName.Kind.PERSON, t),
                k -> new UnknownName(UnknownName.Kind.PERSON, t, personChoices(c.reference()))));
        ic.unknownCategories().forEach(t -> names.computeIfAbsent(key(UnknownName.Kind.CATEGORY, t),
                k -> new UnknownName(UnknownName.Kind.CATEGORY, t, categoryChoices(c.reference()))));
        unknowns.setAll(names.values());
        status.set(ic.clean() ? messages.get("sheetImport.check.clean", ic.rows())
                : messages.get("sheetImport.check.problems", ic.problems().size(), ic.invalidRows().size()));
    }

    private static String key(UnknownName.Kind kind, String text) {
        return kind + ":" + text;
    }

    private List<Choice<Object>> unitChoices(Reference ref) {
        List<Choice<Object>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get("sheetImport.unknown.createUnit")));
        UnitOption.fromUnits(ref.units()).forEach(u -> out.add(new Choice<>(u.id(), u.path())));
        return out;
    }

    private List<Choice<Object>> personChoices(Reference ref) {
        Map<UUID, String> paths = UnitOption.fromUnits(ref.units()).stream()
                .collect(Collectors.toMap(UnitOption::id, UnitOption::path, (a, b) -> a));
        List<Choice<Object>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get("sheetImport.unknown.createPerson")));
        ref.people().forEach(p -> out.add(new Choice<>(p.id(), messages.get("sheetImport.unknown.person",
                p.name(), paths.getOrDefault(p.unitId(), "")))));
        return out;
    }

    private List<Choice<Object>> categoryChoices(Reference ref) {
        String language = messages.locale().getLanguage();
        List<Choice<Object>> out = new ArrayList<>();
        out.add(new Choice<>(null, messages.get("sheetImport.unknown.chooseCategory")));
        ref.categories().forEach(c -> out.add(new Choice<>(c.code(), c.name(language))));
        return out;
    }

    /** How the ledger takes the sheet: the mode chosen, unknown units and people created unless mapped. */
    public ImportOptions options() {
        Map<String, UUID> units = new HashMap<>();
        Map<String, UUID> people = new HashMap<>();
        Map<String, String> categories = new HashMap<>();
        for (UnknownName n : names.values()) {
            Object v = n.value();
            if (v == null) {
                continue;
            }
            switch (n.kind()) {
                case UNIT -> units.put(n.text(), (UUID) v);
                case PERSON -> people.put(n.text(), (UUID) v);
                case CATEGORY -> categories.put(n.text(), (String) v);
                default -> throw new IllegalStateException(n.kind().name());
            }
        }
        SheetImport si = sheet.get();
        String fileName = si == null ? null : si.file().getFileName().toString();
        ImportMode m = mode.get() == null ? ImportMode.ALL_OR_NOTHING : mode.get().value();
        return new ImportOptions(m, true, true, units, people, categories, fileName);
    }

    /** The problem's reason in the user's language. */
    public String problemText(ImportProblem p) {
        return messages.get(p.messageKey(), p.args().toArray());
    }

    /** "C 隐患部位": the column's letter and its header; empty for a problem of the whole row. */
    public String columnText(ImportProblem p) {
        SheetImport si = sheet.get();
        if (p.field() == null) {
            return messages.get("sheetImport.problem.wholeRow");
        }
        java.util.OptionalInt col = si == null ? java.util.OptionalInt.empty() : si.mapping().columnOf(p.field());
        if (col.isEmpty()) {
            return messages.label(p.field());
        }
        List<String> headers = si.headers();
        String header = col.getAsInt() < headers.size() ? headers.get(col.getAsInt()) : "";
        return columnLetter(col.getAsInt()) + " " + (header == null || header.isBlank()
                ? messages.label(p.field()) : header);
    }

    static String columnLetter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    public String kindText(UnknownName n) {
        return switch (n.kind()) {
            case UNIT -> messages.get("sheetImport.unknown.unit");
            case PERSON -> messages.get("sheetImport.unknown.personKind");
            case CATEGORY -> messages.get("sheetImport.unknown.category");
        };
    }

    /** The name as the sheet writes it; rows that state no category are one entry, said in words. */
    public String nameText(UnknownName n) {
        return n.text().isEmpty() ? messages.get("sheetImport.unknown.noCategory") : n.text();
    }

    /** 保存错误报告…: the sheet with its problems marked, as .xlsx, written in the background. */
    public void saveReport() {
        SheetImport si = sheet.get();
        ImportCheck ic = check.get();
        if (si == null || ic == null || busy.get()) {
            return;
        }
        String stem = stem(si.file());
        services.dialogs().chooseSaveFile(messages.get("sheetImport.report.choose"),
                messages.get("sheetImport.report.fileName", stem), messages.get("sheetExport.xlsxFiles"), "*.xlsx")
                .ifPresent(out -> writeReport(si, ic, out));
    }

    private void writeReport(SheetImport si, ImportCheck ic, Path chosen) {
        Path out = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        List<ImportProblem> list = ic.problems();
        busy.set(true);
        status.set(messages.get("sheetImport.report.writing"));
        services.tasks().execute(BackgroundTask.of(() -> {
            ErrorReport.write(out, si.grid(), si.header(), si.headers(), si.mapping(), list, messages);
            return out;
        }, written -> {
            busy.set(false);
            status.set(messages.get("sheetImport.report.saved", written.toAbsolutePath().toString()));
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(messages.get("sheetImport.report.failed", Failures.describe(messages, failure)));
        }));
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void forgetCheck() {
        check.set(null);
        parsed = null;
        problems.clear();
        counts.set("");
        outcome.set(null);
        result.set("");
    }

    // ------------------------------------------------------------------ step 6: the import

    /** 开始导入: after a confirmation, imports in one transaction in the background, with progress and 取消. */
    public void importRows() {
        ImportCheck ic = check.get();
        if (ic == null || parsed == null || busy.get()) {
            return;
        }
        String missing = names.values().stream().filter(n -> n.kind() == UnknownName.Kind.CATEGORY
                && n.value() == null).map(UnknownName::text).collect(Collectors.joining(
                        messages.get("sheetImport.listSeparator")));
        ImportOptions options = options();
        boolean allOrNothing = options.mode() == ImportMode.ALL_OR_NOTHING;
        if (!services.dialogs().confirm(messages.get("sheetImport.import.title"),
                messages.get(allOrNothing ? "sheetImport.import.confirmAll" : "sheetImport.import.confirmValid",
                        ic.rows(), ic.validRows(), si().file().getFileName().toString())
                        + (missing.isEmpty() ? "" : "\n" + messages.get("sheetImport.import.unmappedCategories",
                        missing)))) {
            return;
        }
        List<ImportLine> lines = parsed.lines();
        result.set("");
        outcome.set(null);
        run(messages.get("sheetImport.import.running"), p -> services.sheets().importLines(lines, options, p),
                this::imported, failure -> error.set(messages.get("sheetImport.import.failed",
                        Failures.describe(messages, failure))), messages.get("sheetImport.import.cancelled"));
    }

    private void imported(ImportOutcome o) {
        outcome.set(o);
        if (!o.applied()) {
            if (o.check() != null) {
                checked(new Checked(parsed, o.check(), reference));
            }
            error.set(messages.get("sheetImport.import.notApplied", o.check() == null ? 0
                    : o.check().invalidRows().size()));
            return;
        }
        result.set(messages.get("sheetImport.import.done", o.imported(), o.unitsCreated(), o.peopleCreated()));
        status.set(result.get());
        onImported.run();
    }

    private SheetImport si() {
        return sheet.get();
    }

    // ------------------------------------------------------------------ navigation

    /** 下一步: takes what this step decided and shows the next one (the check runs on arriving). */
    public void next() {
        if (busy.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> {
                if (sheet.get() == null) {
                    error.set(messages.get("sheetImport.file.required"));
                } else {
                    step.set(Step.SHEET);
                }
            }
            case SHEET -> step.set(Step.MAPPING);
            case MAPPING -> {
                if (applyMapping()) {
                    step.set(Step.PREVIEW);
                }
            }
            case PREVIEW -> {
                step.set(Step.CHECK);
                runCheck();
            }
            case CHECK -> {
                if (check.get() != null) {
                    error.set("");
                    step.set(Step.IMPORT);
                }
            }
            default -> {
            }
        }
    }

    /** 上一步. */
    public void back() {
        if (busy.get() || step.get() == Step.FILE) {
            return;
        }
        error.set("");
        step.set(Step.values()[step.get().ordinal() - 1]);
    }

    /** 取消 the running work: it stops at its next check; an import rolls back. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.stop();
            status.set(messages.get("sheetImport.stopping"));
        }
    }

    // ------------------------------------------------------------------ running work

    private <T> void run(String what, Function<Progress, T> work, Consumer<T> onSuccess,
                         Consumer<Throwable> onFailure, String cancelledText) {
        if (busy.get()) {
            return;
        }
        error.set("");
        status.set(what);
        StoppableTask<T> task = StoppableTask.of(work, value -> {
            finished();
            status.set("");
            onSuccess.accept(value);
        }, failure -> {
            finished();
            status.set("");
            onFailure.accept(failure);
        }, () -> {
            finished();
            status.set("");
            error.set(cancelledText);
        });
        running = task;
        busy.set(true);
        cancellable.set(true);
        progress.bind(task.progressProperty());
        services.tasks().execute(task);
    }

    private void finished() {
        busy.set(false);
        cancellable.set(false);
        progress.unbind();
        progress.set(0);
    }

    private void failed(Throwable failure) {
        error.set(Failures.describe(messages, failure));
    }

    // ------------------------------------------------------------------ properties

    public Messages messages() {
        return messages;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Work that 取消 can stop is running. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SheetImport> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    public ObservableList<String> sheetNames() {
        return sheetNames;
    }

    public ReadOnlyIntegerProperty sheetIndexProperty() {
        return sheetIndex.getReadOnlyProperty();
    }

    /** The first header row, 1-based. */
    public ReadOnlyIntegerProperty headerRowProperty() {
        return headerRow.getReadOnlyProperty();
    }

    /** 1 or 2. */
    public ReadOnlyIntegerProperty headerRowsProperty() {
        return headerRows.getReadOnlyProperty();
    }

    public ObservableList<Choice<LedgerField>> fieldChoices() {
        return fieldChoices;
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    /** "尚未对应的必填字段：…", or empty. */
    public ReadOnlyStringProperty missingRequiredProperty() {
        return missingRequired.getReadOnlyProperty();
    }

    public ObservableList<String> previewHeaders() {
        return previewHeaders;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObservableList<UnknownName> unknowns() {
        return unknowns;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    public ObservableList<Choice<ImportMode>> modes() {
        return modes;
    }

    public ObjectProperty<Choice<ImportMode>> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "已导入 N 条隐患…", once an import has written. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    private record Reference(List<OrgUnit> units, List<Person> people, List<CatalogEntry> categories) {
    }

    private record Checked(ParsedSheet parsed, ImportCheck check, Reference reference) {
    }
}
