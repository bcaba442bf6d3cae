package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintServiceFactory;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing without a printer: the JDK's PostScript stream service writes what a printer would
 * receive into a file, which the test reads back.
 */
class PdfPrintingTest {

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private SmallEnterprise enterprise;

    @BeforeEach
    void openLedger() {
        ledger = new LedgerFixture(dir.resolve("ledger"));
        enterprise = ledger.initialiseSmall();
    }

    @AfterEach
    void closeLedger() {
        ledger.close();
    }

    @Test
    void aNoticePrintsAsOnePostScriptPageOfA4() throws Exception {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(2));
        PrintedForm notice = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()));
        Path ps = dir.resolve("notice.ps");
        List<Long> seen = new ArrayList<>();

        try (OutputStream out = Files.newOutputStream(ps)) {
            new PdfPrinting(lookup(postScript(out))).print(notice, postScript(out), watching(seen, false));
        }

        String text = Files.readString(ps, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%!PS");
        // the JDK's PostScript marks each page (%%Page: n n) but writes no %%Pages total
        assertThat(pages(text)).isEqualTo(1);
        assertThat(Files.size(ps)).as("the page is drawn, not just announced").isGreaterThan(10_000);
        // A4 is 595 x 842 points, printed at its actual size
        assertThat(text).contains("/PageSize [595.0 842.0]");
        assertThat(seen).isNotEmpty();
    }

    @Test
    void aBatchPrintsEveryPage() throws Exception {
        Hazard one = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(2));
        Hazard two = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(1));
        PrintedForm batch = ledger.reports.printBatch("整改通知单", List.of(
                new FormRequest.HazardForm(FormKind.NOTICE, one.number().toString()),
                new FormRequest.HazardForm(FormKind.NOTICE, two.number().toString())), Progress.NONE);
        Path ps = dir.resolve("batch.ps");

        try (OutputStream out = Files.newOutputStream(ps)) {
            PrintService printer = postScript(out);
            new PdfPrinting(lookup(printer)).print(batch, printer, Progress.NONE);
        }

        assertThat(pages(Files.readString(ps, StandardCharsets.ISO_8859_1))).isEqualTo(2);
    }

    @Test
    void cancellingBeforeThePrinterGetsThePagesPrintsNothing() throws Exception {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(2));
        PrintedForm notice = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()));
        Path ps = dir.resolve("cancelled.ps");

        try (OutputStream out = Files.newOutputStream(ps)) {
            PrintService printer = postScript(out);
            assertThatThrownBy(() -> new PdfPrinting(lookup(printer)).print(notice, printer,
                    watching(new ArrayList<>(), true))).isInstanceOf(CancellationException.class);
        }
        assertThat(Files.readString(ps, StandardCharsets.ISO_8859_1)).doesNotContain("%%Page: 1");
    }

    @Test
    void withoutAPrinterTheUserIsToldToInstallOneOrSaveAPdf() {
        Hazard hazard = ledger.registerAssigned(enterprise, LedgerFixture.TODAY.minusDays(2));
        PrintedForm notice = ledger.reports.print(new FormRequest.HazardForm(FormKind.NOTICE, hazard.number().toString()));
        PdfPrinting none = new PdfPrinting(lookup(null));

        assertThat(none.printers()).isEmpty();
        assertThat(none.preferred()).isEmpty();
        assertThatThrownBy(() -> none.print(notice, null, Progress.NONE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(Messages.forLanguage("zh").describe(e))
                        .isEqualTo("这台电脑没有可用的打印机：请安装打印机，或先另存为 PDF"));
    }

    @Test
    void theDefaultPrinterIsOfferedFirst() throws Exception {
        try (OutputStream a = Files.newOutputStream(dir.resolve("a.ps"));
             OutputStream b = Files.newOutputStream(dir.resolve("b.ps"))) {
            PrintService first = postScript(a);
            PrintService second = postScript(b);
            PdfPrinting printing = new PdfPrinting(new PrinterLookup() {
                @Override
                public List<PrintService> all() {
                    return List.of(first, second);
                }

                @Override
                public Optional<PrintService> preferred() {
                    return Optional.of(second);
                }
            });
            assertThat(printing.printers()).containsExactly(second, first);
            assertThat(printing.preferred()).contains(second);
        }
    }

    /** The pages a PostScript file announces by its DSC comments. */
    static long pages(String postScript) {
        return postScript.lines().filter(l -> l.startsWith("%%Page: ")).count();
    }

    static PrintService postScript(OutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        assertThat(factories).as("the JDK's PostScript stream printer").isNotEmpty();
        return factories[0].getPrintService(out);
    }

    static PrinterLookup lookup(PrintService printer) {
        return new PrinterLookup() {
            @Override
            public List<PrintService> all() {
                return printer == null ? List.of() : List.of(printer);
            }

            @Override
            public Optional<PrintService> preferred() {
                return Optional.ofNullable(printer);
            }
        };
    }

    private static Progress watching(List<Long> seen, boolean cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                seen.add(done);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
