package org.hazardledger.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hazardledger.model.Hazard;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print preview over a real ledger, without a window: produce, page, zoom, save, print, cancel. */
class PrintPreviewViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir.resolve("ledger"));
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void aNoticeIsProducedInTheBackgroundAndShownAsOnePage() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        PrintPreviewViewModel vm = preview(notice(h));

        assertThat(vm.stateProperty().get()).isEqualTo(PrintPreviewViewModel.State.READY);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pageTextProperty().get()).isEqualTo("1 / 1");
        assertThat(vm.statusProperty().get()).isEqualTo("隐患整改通知单 " + h.number() + "，共 1 页");
        assertThat(vm.pageImageProperty().get()).isNotNull();
        assertThat(vm.hasNextProperty().get()).isFalse();
        assertThat(vm.hasPreviousProperty().get()).isFalse();
        assertThat(vm.title()).isEqualTo("打印预览 — 整改通知单");
    }

    @Test
    void pagesTurnAndTheZoomRendersThePageLarger() throws Exception {
        Hazard one = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        Hazard two = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(1));
        PrintPreviewViewModel vm = preview(new PrintJob("两张通知单", null, p -> ui.ledger.reports.printBatch("两张通知单",
                List.of(new FormRequest.HazardForm(FormKind.NOTICE, one.number().toString()),
                        new FormRequest.HazardForm(FormKind.NOTICE, two.number().toString())), p)));
        assertThat(vm.pageTextProperty().get()).isEqualTo("1 / 2");
        assertThat(vm.hasNextProperty().get()).isTrue();
        BufferedImage first = vm.pageImageProperty().get();

        ui.fx(vm::nextPage);
        assertThat(vm.pageTextProperty().get()).isEqualTo("2 / 2");
        assertThat(vm.hasNextProperty().get()).isFalse();
        assertThat(vm.pageImageProperty().get()).isNotSameAs(first);
        ui.fx(vm::nextPage);
        assertThat(vm.pageTextProperty().get()).as("no page after the last").isEqualTo("2 / 2");
        ui.fx(vm::previousPage);
        assertThat(vm.pageTextProperty().get()).isEqualTo("1 / 2");

        ui.fx(vm::actualSize);
        assertThat(vm.zoomTextProperty().get()).isEqualTo("100%");
        int width = vm.pageImageProperty().get().getWidth();
        assertThat(width).as("A4 at 96 dpi").isBetween(792, 796);
        ui.fx(vm::zoomIn);
        assertThat(vm.zoomTextProperty().get()).isEqualTo("125%");
        assertThat(vm.pageImageProperty().get().getWidth()).isGreaterThan(width);
        ui.fx(vm::fitToWidth);
        ui.fx(() -> vm.viewportWidth(400 + PrintPreviewViewModel.FIT_MARGIN));
        assertThat(vm.pageImageProperty().get().getWidth()).isBetween(398, 402);
        assertThat(vm.zoomTextProperty().get()).isEqualTo("50%");
    }

    @Test
    void savingWritesThePdfUnderTheSuggestedNameAndLeavesNoTemporaryFile() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = out.resolve("notice.pdf");
        ui.dialogs.answerSaveWith(target);
        PrintPreviewViewModel vm = preview(notice(h));

        ui.fx(vm::saveAs);

        assertThat(ui.dialogs.suggestedNames).containsExactly(vm.form().fileName());
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(Files.readAllBytes(target)).isEqualTo(vm.form().pdf());
        assertThat(new String(Files.readAllBytes(target), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(vm.statusProperty().get()).isEqualTo("已保存到 " + target.toAbsolutePath());
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenNamesTheFileAndLeavesNothing() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        Path target = dir.resolve("gone").resolve("notice.pdf");
        ui.dialogs.answerSaveWith(target);
        PrintPreviewViewModel vm = preview(notice(h));

        ui.fx(vm::saveAs);

        assertThat(vm.errorProperty().get()).startsWith("无法写入文件 " + target.toAbsolutePath());
        assertThat(target).doesNotExist();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aFormThatDoesNotApplySaysWhyAndOffersNothingToSave() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        Path target = dir.resolve("plan.pdf");
        ui.dialogs.answerSaveWith(target);
        PrintPreviewViewModel vm = preview(PrintJob.of(ui.ledger.reports, "治理方案",
                new FormRequest.HazardForm(FormKind.MAJOR_PLAN, h.number().toString())));

        assertThat(vm.stateProperty().get()).isEqualTo(PrintPreviewViewModel.State.FAILED);
        assertThat(vm.statusProperty().get()).isEqualTo("隐患 " + h.number() + " 不是重大隐患，没有重大隐患治理方案。");
        assertThat(vm.pageImageProperty().get()).isNull();
        ui.fx(vm::saveAs);
        ui.fx(vm::print);
        assertThat(ui.dialogs.suggestedNames).isEmpty();
        assertThat(target).doesNotExist();
    }

    @Test
    void anUnknownHazardIsNamed() throws Exception {
        PrintPreviewViewModel vm = preview(PrintJob.of(ui.ledger.reports, "整改通知单",
                new FormRequest.HazardForm(FormKind.NOTICE, "YH-2026-06-0999")));
        assertThat(vm.stateProperty().get()).isEqualTo(PrintPreviewViewModel.State.FAILED);
        assertThat(vm.statusProperty().get()).contains("YH-2026-06-0999");
    }

    @Test
    void cancellingStopsTheFormBeingProduced() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        AtomicReference<PrintPreviewViewModel> shown = new AtomicReference<>();
        AtomicReference<Boolean> reachedTheEnd = new AtomicReference<>(false);
        // the user presses 取消 while the form is produced; the work stops at its next check
        PrintJob job = new PrintJob("整改通知单", null, p -> {
            shown.get().cancel();
            p.checkCancelled();
            reachedTheEnd.set(true);
            return ui.ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, h.number().toString()), p);
        });
        PrintPreviewViewModel vm = ui.onFx(() -> new PrintPreviewViewModel(ui.services, job));
        shown.set(vm);
        ui.fx(vm::start);

        assertThat(reachedTheEnd.get()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(PrintPreviewViewModel.State.CANCELLED);
        assertThat(vm.statusProperty().get()).isEqualTo("已取消，未生成表单");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.pageImageProperty().get()).isNull();
        assertThat(ui.dialogs.errors()).isEmpty();
    }

    @Test
    void printingSendsTheFormToTheChosenPrinter() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        Path ps = dir.resolve("printer.ps");
        try (OutputStream out = Files.newOutputStream(ps)) {
            var printer = ui.printers.addPostScript(out);
            PrintPreviewViewModel vm = preview(notice(h));
            assertThat(vm.printers()).containsExactly(printer);
            assertThat(vm.printerProperty().get()).isEqualTo(printer);

            ui.fx(vm::print);

            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.statusProperty().get()).isEqualTo("隐患整改通知单 " + h.number() + " 已发送到打印机 "
                    + printer.getName());
        }
        assertThat(Files.readString(ps, StandardCharsets.ISO_8859_1)).contains("%%Page: 1 1")
                .doesNotContain("%%Page: 2");
    }

    @Test
    void withoutAPrinterTheUserIsToldWhatToDo() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        PrintPreviewViewModel vm = preview(notice(h));
        assertThat(vm.printers()).isEmpty();

        ui.fx(vm::print);

        assertThat(vm.errorProperty().get()).isEqualTo("这台电脑没有可用的打印机：请安装打印机，或先另存为 PDF");
        assertThat(vm.busyProperty().get()).as("nothing was started").isFalse();
    }

    @Test
    void closingLetsTheDocumentGo() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        PrintPreviewViewModel vm = preview(notice(h));
        ui.fx(vm::close);
        assertThat(vm.pageImageProperty().get()).isNull();
        ui.fx(vm::nextPage);
        assertThat(ui.dialogs.errors()).isEmpty();
    }

    private PrintJob notice(Hazard h) {
        return PrintJob.of(ui.ledger.reports, "整改通知单", new FormRequest.HazardForm(FormKind.NOTICE, h.number().toString()));
    }

    private PrintPreviewViewModel preview(PrintJob job) throws Exception {
        PrintPreviewViewModel vm = ui.onFx(() -> new PrintPreviewViewModel(ui.services, job));
        ui.fx(vm::start);
        return vm;
    }
}
