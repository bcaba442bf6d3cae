package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TierArchive;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.PdfChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 分级隐患档案 of a demo workshop, read back from the PDF and compared with the archive it was printed from. */
class TierArchiveFormTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private static LedgerFixture demo;
    private static OrgUnit workshop;
    private static TierArchive archive;
    private static PrintedForm form;

    @BeforeAll
    static void printTheBusiestWorkshop() throws Exception {
        demo = DemoLedger.shared();
        // the workshop with the most hazards found in the quarter, among those that also missed a round
        workshop = demo.organisation.units().stream().filter(u -> u.tier() == Tier.WORKSHOP && !u.retired())
                .max(Comparator.comparingInt((OrgUnit u) -> demo.archives.archive(Tier.WORKSHOP, u.id(), FROM, TO)
                        .roundsMissed().isEmpty() ? 0 : 1)
                        .thenComparingInt(u -> demo.archives.archive(Tier.WORKSHOP, u.id(), FROM, TO).found().size()))
                .orElseThrow();
        archive = demo.archives.archive(Tier.WORKSHOP, workshop.id(), FROM, TO);
        form = demo.reports.print(new FormRequest.Archive(Tier.WORKSHOP, workshop.id(), FROM, TO));
        Path out = Path.of("target", "forms");
        Files.createDirectories(out);
        Files.write(out.resolve("tier-archive.pdf"), form.pdf());
    }

    @Test
    void theCoverNamesTheEnterpriseUnitTierAndPeriod() {
        String text = PdfChecks.compactText(form.pdf());

        assertThat(archive.found()).as("the demo workshop found hazards in the quarter").isNotEmpty();
        assertThat(text).contains("分级隐患档案", DemoLedger.enterprise().name(), workshop.name(), "车间（区、队）",
                "2026年4月1日至2026年6月30日", "打印日期：2026年6月15日",
                "编号：DA-" + workshop.code() + "-20260401-20260630");
    }

    @Test
    void theTablesHoldTheArchivesHazardsAndRounds() {
        String text = PdfChecks.compactText(form.pdf());

        assertThat(text).contains(archive.found().get(0).number(),
                archive.found().get(archive.found().size() - 1).number());
        if (!archive.handled().isEmpty()) {
            assertThat(text).contains(archive.handled().get(archive.handled().size() - 1).number());
        }
        assertThat(text).contains("一、本期发现的隐患（共" + archive.found().size() + "项）",
                "二、本期治理完成的隐患（共" + archive.handled().size() + "项）",
                "三、本期开展的隐患排查（共" + archive.roundsHeld().size() + "次）",
                "四、本期漏检的排查周期（共" + archive.roundsMissed().size() + "个）");
        assertThat(archive.roundsMissed()).as("the demo workshop missed a round in the quarter").isNotEmpty();
        String missedDay = DateTimeFormatter.ISO_LOCAL_DATE.format(archive.roundsMissed().get(0).period().to());
        assertThat(text).contains(missedDay, "漏检");
        if (!archive.roundsHeld().isEmpty()) {
            assertThat(text).contains(DateTimeFormatter.ISO_LOCAL_DATE.format(archive.roundsHeld().get(0).heldOn()));
        }
    }

    @Test
    void theSummaryCountsAreTheArchivesOwn() {
        String text = PdfChecks.compactText(form.pdf());
        long open = archive.found().stream().filter(h -> h.status().isOpen()).count();
        long overdue = archive.found().stream().filter(h -> h.overdue()).count();

        assertThat(text).contains("发现隐患" + archive.found().size(), "已治理（销号）" + archive.handled().size(),
                "未整改" + open, "其中逾期" + overdue,
                "应检查周期" + archive.compliance().required(), "已检查周期" + archive.compliance().done(),
                "漏检周期" + archive.compliance().missed(), "实际检查次数" + archive.roundsHeld().size());
        assertThat(archive.compliance().missed()).isEqualTo(archive.roundsMissed().size());
    }

    @Test
    void signatureLinesCloseTheArchive() {
        String last = PdfChecks.pageText(form.pdf(), form.pages() - 1).replaceAll("\\s+", "");

        assertThat(last).contains("档案管理人（签字）：", "单位负责人（签字）：", "日期：年　　　月　　　日");
    }

    @Test
    void everyPageHasTheFooterAndLaterPagesTheRunningHeader() {
        assertThat(form.pages()).isEqualTo(PdfChecks.pages(form.pdf())).isGreaterThan(1);
        String second = PdfChecks.pageText(form.pdf(), 1).replaceAll("\\s+", "");

        assertThat(second).contains("分级隐患档案（续）", "表号HL-07", "第2页，共" + form.pages() + "页");
    }

    @Test
    void theArchiveIsPdfA2bWithEmbeddedFontsAndItsMetadata() throws Exception {
        PdfChecks.assertPdfA2b(form.pdf());
        PdfChecks.assertFontsEmbedded(form.pdf());
        try (PDDocument doc = Loader.loadPDF(form.pdf())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("分级隐患档案 " + workshop.name() + " 2026年4月1日至2026年6月30日");
            assertThat(info.getAuthor()).isEqualTo(DemoLedger.enterprise().name());
            assertThat(info.getSubject()).isEqualTo("2026年4月1日至2026年6月30日");
            // landscape: JasperReports writes an A4 portrait box turned a quarter
            PDPage first = doc.getPage(0);
            boolean turned = first.getRotation() % 180 == 90;
            float width = turned ? first.getMediaBox().getHeight() : first.getMediaBox().getWidth();
            float height = turned ? first.getMediaBox().getWidth() : first.getMediaBox().getHeight();
            assertThat(width).isGreaterThan(height);
        }
        assertThat(form.codes()).singleElement().satisfies(code -> {
            assertThat(code.subject()).isEqualTo("DA-" + workshop.code() + "-20260401-20260630");
            assertThat(code.aboutRecord()).isFalse();
        });
        assertThat(demo.reports.verify(form.codes().get(0).format()).matched()).isTrue();
    }

    @Test
    void anEmptyPeriodPrintsAValidArchiveSayingNone() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        PrintedForm empty = demo.reports.print(new FormRequest.Archive(Tier.WORKSHOP, workshop.id(), from,
                from.plusDays(30)));
        String text = PdfChecks.compactText(empty.pdf());

        assertThat(text).contains("一、本期发现的隐患（共0项）", "四、本期漏检的排查周期（共0个）", "无",
                "发现隐患0", "检查执行率—", "档案管理人（签字）：");
        PdfChecks.assertPdfA2b(empty.pdf());
    }

    @Test
    void anUnknownUnitIsRefusedByName() {
        UUID nobody = UUID.randomUUID();

        assertThatThrownBy(() -> demo.reports.print(new FormRequest.Archive(Tier.WORKSHOP, nobody, FROM, TO)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("error.report.archive.unitUnknown");
                    assertThat(((DomainException) e).args()).containsExactly(nobody.toString());
                });
    }

    @Test
    void cancellingStopsTheFill() {
        AtomicLong updates = new AtomicLong();
        // the user presses cancel once the fill has reported its first row
        Progress cancelHalfway = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 0;
            }
        };

        assertThatThrownBy(() -> demo.reports.print(new FormRequest.Archive(Tier.WORKSHOP, workshop.id(), FROM, TO),
                cancelHalfway)).isInstanceOf(CancellationException.class);
        assertThat(updates.get()).as("the fill had started").isPositive();
    }
}
