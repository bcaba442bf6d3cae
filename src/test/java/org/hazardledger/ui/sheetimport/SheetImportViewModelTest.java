package org.hazardledger.ui.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.ImportMode;
import org.hazardledger.model.LedgerField;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's steps over a real small ledger, without a window; the sheets are made with POI. */
class SheetImportViewModelTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;
    private UiFixture ui;
    private String category;
    private final AtomicInteger reloads = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir.resolve("ledger"));
        ui.ledger.initialiseSmall();
        category = ui.ledger.referenceData.hazardCategories().get(0).nameZh();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private List<List<Object>> rows(int n) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(TestSheets.row(ui.messages, TODAY.minusDays(i + 1), (i + 1) + "号反应釜进料阀",
                    "进料阀法兰处有渗漏，第 " + (i + 1) + " 处", category));
        }
        return rows;
    }

    private SheetImportViewModel opened(Path file) throws Exception {
        SheetImportViewModel vm = ui.onFx(() -> new SheetImportViewModel(ui.services, reloads::incrementAndGet));
        ui.dialogs.answerOpenWith(List.of(file));
        ui.fx(vm::chooseFile);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.SHEET);
        return vm;
    }

    /** From the sheet step through mapping, preview and check. */
    private void toCheck(SheetImportViewModel vm) throws Exception {
        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.MAPPING);
        ui.fx(vm::next);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.CHECK);
        assertThat(vm.checkProperty().get()).as("checked on arriving").isNotNull();
    }

    private int ledgerCount() {
        return ui.ledger.hazards.count(HazardQuery.ALL);
    }

    @Test
    void theGuessIsCorrectedCheckedAndImportedAndTheLedgerGrows() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("台账.xlsx"), ui.messages, true, rows(3));
        int before = ledgerCount();
        SheetImportViewModel vm = opened(file);

        assertThat(vm.sheetNames()).containsExactly("隐患台账");
        assertThat(vm.headerRowProperty().get()).as("the title row is passed over").isEqualTo(2);
        assertThat(vm.mappingRows()).hasSize(TestSheets.FIELDS.size());
        MappingRow odd = vm.mappingRows().stream().filter(r -> r.header().equals(TestSheets.ODD_HEADER))
                .findFirst().orElseThrow();
        assertThat(odd.field()).as("nobody guesses 甲栏").isNull();
        assertThat(odd.samples()).contains("1号反应釜进料阀");
        assertThat(vm.missingRequiredProperty().get()).contains(ui.messages.label(LedgerField.PLACE));
        for (MappingRow r : vm.mappingRows()) {
            if (r != odd) {
                assertThat(r.field()).as("column %s guessed", r.header()).isEqualTo(TestSheets.FIELDS.get(r.column()));
            }
        }

        // the user maps 甲栏 to 隐患部位: nothing required is missing any more
        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.MAPPING);
        ui.fx(() -> vm.map(odd.column(), LedgerField.PLACE));
        assertThat(vm.missingRequiredProperty().get()).isEmpty();
        // a field taken twice is refused at 下一步
        ui.fx(() -> vm.map(0, LedgerField.PLACE));
        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.MAPPING);
        assertThat(vm.errorProperty().get()).contains(ui.messages.label(LedgerField.PLACE));
        ui.fx(() -> {
            vm.map(0, LedgerField.FOUND_ON);
            vm.map(odd.column(), LedgerField.PLACE);
        });
        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.PREVIEW);
        assertThat(vm.sheetProperty().get().mapping().fieldAt(odd.column())).isEqualTo(LedgerField.PLACE);
        assertThat(vm.previewRows()).hasSize(3);
        assertThat(vm.previewHeaders().get(odd.column())).contains(TestSheets.ODD_HEADER)
                .contains(ui.messages.label(LedgerField.PLACE));
        assertThat(vm.previewRows().get(0).get(odd.column())).isEqualTo("1号反应釜进料阀");

        ui.fx(vm::next);
        assertThat(vm.checkProperty().get().rows()).isEqualTo(3);
        assertThat(vm.checkProperty().get().problems()).as("%s", vm.problems()).isEmpty();
        assertThat(vm.countsProperty().get()).isEqualTo(ui.messages.get("sheetImport.check.counts", 3, 3, 0, 0));
        assertThat(ledgerCount()).as("checking writes nothing").isEqualTo(before);

        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.IMPORT);
        assertThat(vm.modeProperty().get().value()).as("the default").isEqualTo(ImportMode.ALL_OR_NOTHING);
        ui.fx(vm::importRows);
        assertThat(ui.dialogs.confirmations()).hasSize(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.outcomeProperty().get().applied()).isTrue();
        assertThat(vm.outcomeProperty().get().imported()).isEqualTo(3);
        assertThat(vm.resultProperty().get()).isEqualTo(ui.messages.get("sheetImport.import.done", 3, 0, 0));
        assertThat(ledgerCount()).isEqualTo(before + 3);
        assertThat(reloads.get()).as("the ledger view reloads").isEqualTo(1);
    }

    @Test
    void allOrNothingWithABadRowWritesNothingAndSaysSoThenTheValidRowsGoIn() throws Exception {
        List<List<Object>> rows = rows(3);
        rows.get(1).set(0, "2026-13-45");
        Path file = TestSheets.xlsx(dir.resolve("坏行.xlsx"), ui.messages, false, rows);
        int before = ledgerCount();
        SheetImportViewModel vm = opened(file);
        toCheck(vm);

        assertThat(vm.problems()).isNotEmpty();
        assertThat(vm.problems()).allMatch(p -> p.row() == 4, "row 4 as Excel numbers it");
        assertThat(vm.columnText(vm.problems().get(0))).startsWith("A ");
        assertThat(vm.problemText(vm.problems().get(0))).isNotBlank().doesNotContain("sheet.problem");
        assertThat(vm.countsProperty().get()).isEqualTo(ui.messages.get("sheetImport.check.counts", 3, 2, 1, 0));

        ui.fx(vm::next);
        ui.fx(vm::importRows);
        assertThat(vm.outcomeProperty().get().applied()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo(ui.messages.get("sheetImport.import.notApplied", 1));
        assertThat(ledgerCount()).as("all or nothing").isEqualTo(before);
        assertThat(reloads.get()).isZero();
        assertThat(vm.stepProperty().get()).as("the wizard stays open on its last page")
                .isEqualTo(SheetImportViewModel.Step.IMPORT);

        ui.fx(() -> vm.modeProperty().set(vm.modes().stream().filter(c -> c.value() == ImportMode.VALID_ONLY)
                .findFirst().orElseThrow()));
        ui.fx(vm::importRows);
        assertThat(vm.outcomeProperty().get().applied()).isTrue();
        assertThat(ledgerCount()).isEqualTo(before + 2);
    }

    @Test
    void aCancelledImportWritesNothingAndSaysSo() throws Exception {
        Path file = TestSheets.xlsx(dir.resolve("取消.xlsx"), ui.messages, false, rows(40));
        int before = ledgerCount();
        SheetImportViewModel vm = opened(file);
        toCheck(vm);
        ui.fx(vm::next);
        // 取消 as soon as the import reports progress (the executor runs it on the FX thread)
        ui.fx(() -> vm.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && vm.busyProperty().get()) {
                vm.cancel();
            }
        }));
        ui.fx(vm::importRows);
        assertThat(vm.errorProperty().get()).isEqualTo(ui.messages.get("sheetImport.import.cancelled"));
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(ledgerCount()).isEqualTo(before);
        assertThat(reloads.get()).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedInTheUsersWords() throws Exception {
        Path junk = dir.resolve("坏文件.xlsx");
        // a zip's first bytes, then nothing a workbook holds: a broken download
        byte[] head = {'P', 'K', 3, 4};
        byte[] rest = "这不是一个工作簿".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + rest.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(rest, 0, bytes, head.length, rest.length);
        Files.write(junk, bytes);
        SheetImportViewModel vm = ui.onFx(() -> new SheetImportViewModel(ui.services, reloads::incrementAndGet));
        ui.fx(() -> vm.open(junk));
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.FILE);
        assertThat(vm.errorProperty().get()).isNotBlank().doesNotContain("Exception").doesNotContain("sheet.");
        assertThat(vm.sheetProperty().get()).isNull();
        ui.fx(vm::next);
        assertThat(vm.stepProperty().get()).isEqualTo(SheetImportViewModel.Step.FILE);
    }

    @Test
    void anUnknownUnitIsOfferedAndMappedToAnExistingOne() throws Exception {
        List<List<Object>> rows = rows(1);
        rows.get(0).set(1, "二厂");
        Path file = TestSheets.xlsx(dir.resolve("新单位.xlsx"), ui.messages, false, rows);
        SheetImportViewModel vm = opened(file);
        toCheck(vm);
        UnknownName unit = vm.unknowns().stream().filter(n -> n.kind() == UnknownName.Kind.UNIT).findFirst()
                .orElseThrow();
        assertThat(unit.text()).isEqualTo("二厂");
        assertThat(unit.value()).as("created unless mapped").isNull();
        // taken as the post (a team rectifies it, as the sheet says)
        Choice<Object> post = unit.choices().stream().filter(c -> c.label().endsWith("反应釜操作岗")).findFirst()
                .orElseThrow();
        ui.fx(() -> unit.choiceProperty().set(post));
        assertThat(vm.options().unitMap()).containsEntry("二厂", (java.util.UUID) post.value());
        ui.fx(vm::runCheck);
        assertThat(vm.unknowns()).as("the mapped name stays offered").contains(unit);
        ui.fx(vm::next);
        ui.fx(vm::importRows);
        assertThat(vm.outcomeProperty().get().applied()).as("%s %s", vm.errorProperty().get(),
                vm.outcomeProperty().get().check()).isTrue();
        assertThat(vm.outcomeProperty().get().unitsCreated()).isZero();
    }

    @Test
    void theErrorReportIsSavedAsAWorkbook() throws Exception {
        List<List<Object>> rows = rows(2);
        rows.get(0).set(0, "不是日期");
        Path file = TestSheets.xlsx(dir.resolve("报告.xlsx"), ui.messages, false, rows);
        SheetImportViewModel vm = opened(file);
        toCheck(vm);
        Path report = dir.resolve("错误报告");
        ui.dialogs.answerSaveWith(report);
        ui.fx(vm::saveReport);
        Path written = dir.resolve("错误报告.xlsx");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).contains(written.toAbsolutePath().toString());
        assertThat(TestSheets.read(written)).isNotEmpty();
        assertThat(ui.dialogs.suggestedNames).contains("报告-错误报告.xlsx");
    }
}
