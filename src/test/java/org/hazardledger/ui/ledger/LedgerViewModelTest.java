package org.hazardledger.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import org.junit.jupiter.api.io.TempDir;

/** The ledger table's ViewModel over a real ledger, without a window. */
class LedgerViewModelTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

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
    void readsTheFirstPageAndTheCountThenOnlyThePagesOfTheRowsShown() throws Exception {
        for (int i = 0; i < 25; i++) {
            ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(i)));
        }
        LedgerViewModel vm = ledger(10);
        ui.fx(vm::start);
        // The table scrolls the whole result; only the first page is read (was: 10 rows, then 20, then 25).
        assertThat(vm.rows()).hasSize(25);
        assertThat(vm.heldRows()).isEqualTo(10);
        assertThat(vm.totalProperty().get()).isEqualTo(25);
        assertThat(vm.countTextProperty().get()).isEqualTo("共 25 条");
        assertThat(vm.rows().get(0).foundOn()).isEqualTo(TODAY);
        assertThat(LedgerViewModel.isPlaceholder(vm.rows().get(15))).as("not read yet").isTrue();

        int tasks = ui.tasks.executedCount();
        ui.fx(() -> vm.rowShown(3));
        assertThat(ui.tasks.executedCount()).as("row 3 is on the page held").isEqualTo(tasks);
        ui.fx(() -> vm.rowShown(8));
        assertThat(vm.heldRows()).as("near the page's end: the next page too").isEqualTo(20);
        ui.fx(() -> vm.rowShown(24));
        assertThat(vm.heldRows()).isEqualTo(25);
        assertThat(vm.rows().get(24).foundOn()).isEqualTo(TODAY.minusDays(24));
        tasks = ui.tasks.executedCount();
        ui.fx(() -> vm.rowShown(24));
        ui.fx(() -> vm.rowShown(25));
        assertThat(ui.tasks.executedCount()).as("nothing more to fetch").isEqualTo(tasks);
        assertThat(vm.rows().stream().map(HazardRow::number).distinct()).hasSize(25);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void scrollingADemoLedgerToTheEndHoldsAFewPagesAndEndsAtTheOldestHazard() throws Exception {
        try (UiFixture demo = new UiFixture(DemoLedger.copyTo(dir.resolve("demo")))) {
            int total = demo.ledger.hazards.count(HazardQuery.ALL);
            assertThat(total).as("the demo ledger has many pages").isGreaterThan(1_000);
            HazardRow oldest = lastOf(demo);
            int pageSize = 20;
            int cap = LedgerViewModel.MAX_PAGES * pageSize;

            LedgerViewModel vm = demo.onFx(() -> new LedgerViewModel(demo.services, Debouncer.immediate(), pageSize));
            demo.fx(vm::start);
            assertThat(vm.rows()).hasSize(total);
            for (int i = 0; i < total; i += pageSize - 3) {
                int row = i;
                demo.fx(() -> vm.rowShown(row));
                assertThat(vm.heldRows()).isLessThanOrEqualTo(cap);
            }
            demo.fx(() -> vm.rowShown(total - 1));
            assertThat(vm.peakHeldRows()).as("never more than the cap in memory").isLessThanOrEqualTo(cap);
            assertThat(vm.rows().get(total - 1)).isEqualTo(oldest);

            // End at once (no page above held): the positions find the last page.
            LedgerViewModel jump = demo.onFx(() -> new LedgerViewModel(demo.services, Debouncer.immediate(),
                    pageSize));
            demo.fx(jump::start);
            demo.fx(() -> jump.rowShown(total - 1));
            assertThat(jump.rows().get(total - 1)).isEqualTo(oldest);
            assertThat(jump.rows().get(total - 3 * pageSize)).as("the pages above: not read")
                    .matches(LedgerViewModel::isPlaceholder);
            demo.fx(() -> jump.selectedProperty().set(jump.rows().get(total - 1)));
            assertThat(jump.indexOf(jump.selectedProperty().get())).isEqualTo(total - 1);
            demo.fx(jump::refresh);
            assertThat(jump.selectedProperty().get()).as("kept after F5, far from the first page")
                    .isEqualTo(oldest);
            assertThat(jump.peakHeldRows()).isLessThanOrEqualTo(cap);
        }
    }

    private static HazardRow lastOf(UiFixture demo) {
        HazardRow last = null;
        org.hazardledger.model.LedgerPage.PageCursor cursor = null;
        do {
            org.hazardledger.model.LedgerPage page = demo.ledger.hazards.page(HazardQuery.ALL, cursor, 500);
            if (!page.rows().isEmpty()) {
                last = page.rows().get(page.rows().size() - 1);
            }
            cursor = page.nextCursor().orElse(null);
        } while (cursor != null);
        return last;
    }

    @Test
    void eachFilterChangesTheQueryAndStartsAgainFromTheFirstPage() throws Exception {
        ui.ledger.hazards.register(e.leakingValve(TODAY));
        ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(1)));
        ui.ledger.hazards.register(major(TODAY.minusDays(2)));
        ui.ledger.registerAssigned(e, TODAY.minusDays(40));
        ui.ledger.hazards.register(atTeam(TODAY.minusDays(3)));
        LedgerViewModel vm = ledger(10);
        LedgerFilterViewModel f = vm.filter();
        ui.fx(vm::start);
        assertThat(vm.totalProperty().get()).isEqualTo(5);

        ui.fx(() -> f.gradeProperty().set(choice(f.gradeChoices(), Grade.MAJOR)));
        assertThat(vm.rows()).extracting(HazardRow::grade).containsExactly(Grade.MAJOR);
        assertThat(vm.totalProperty().get()).isEqualTo(1);

        ui.fx(f::clear);
        assertThat(vm.totalProperty().get()).isEqualTo(5);

        ui.fx(() -> f.overdueOnlyProperty().set(true));
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.overdue()).isTrue();
            assertThat(r.status()).isEqualTo(HazardStatus.RECTIFYING);
        });

        ui.fx(() -> {
            f.clear();
            f.statusProperty().set(f.statusChoices().stream()
                    .filter(c -> Set.of(HazardStatus.REGISTERED).equals(c.value())).findFirst().orElseThrow());
        });
        assertThat(vm.totalProperty().get()).isEqualTo(4);

        ui.fx(() -> {
            f.clear();
            f.tierProperty().set(choice(f.tierChoices(), Tier.PLANT));
        });
        assertThat(vm.rows()).extracting(HazardRow::rectifyingTier).containsExactly(Tier.PLANT);

        ui.fx(() -> {
            f.clear();
            f.unitProperty().set(unitChoice(f, e.post().id()));
        });
        assertThat(vm.totalProperty().get()).as("the team's own hazard is not at the post").isEqualTo(4);
        ui.fx(() -> f.unitProperty().set(unitChoice(f, e.team().id())));
        assertThat(vm.totalProperty().get()).as("a unit includes the units below it").isEqualTo(5);

        ui.fx(() -> {
            f.clear();
            f.searchTextProperty().set("储罐");
        });
        assertThat(vm.rows()).extracting(HazardRow::place).containsExactly("甲醇储罐区围堰");
        assertThat(vm.countTextProperty().get()).isEqualTo("共 1 条");
    }

    @Test
    void theUnitFilterOffersEveryUnitByItsPath() throws Exception {
        LedgerViewModel vm = ledger(10);
        ui.fx(vm::start);
        assertThat(vm.filter().unitChoices()).extracting(Choice::label).containsExactly(
                "全部单位", "一厂", "一厂 / 合成车间", "一厂 / 合成车间 / 甲班", "一厂 / 合成车间 / 甲班 / 反应釜操作岗");
        assertThat(vm.categoryName("EQUIPMENT_DEFECT")).isEqualTo("设备设施缺陷");
    }

    @Test
    void selectingARowShowsEveryFieldByName() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(40));
        LedgerViewModel vm = ledger(10);
        ui.fx(vm::start);
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        HazardDetailViewModel d = vm.detail();
        assertThat(d.titleProperty().get()).isEqualTo(h.number() + " · 整改中");
        assertThat(d.sections()).extracting(DetailSection::title)
                .containsExactly("登记", "定级", "整改（五定）", "验收与销号");
        assertThat(d.sections().stream().flatMap(s -> s.lines().stream()))
                .contains(DetailLine.of("单位", "一厂 / 合成车间 / 甲班 / 反应釜操作岗"),
                        DetailLine.of("发现人", "王小明"),
                        DetailLine.of("类别", "设备设施缺陷"),
                        DetailLine.of("一般隐患分级", "一般B级"),
                        DetailLine.of("整改层级", "班组"),
                        DetailLine.of("责任人", "李建国"),
                        DetailLine.of("整改资金", "800.00 元"),
                        DetailLine.of("验收人", "张伟"),
                        new DetailLine("整改期限", TODAY.minusDays(30) + "（已逾期）", true));
        assertThat(d.canPrintProperty().get()).isTrue();

        ui.fx(() -> vm.selectedProperty().set(null));
        assertThat(d.sections()).isEmpty();
        assertThat(d.canPrintProperty().get()).isFalse();
    }

    @Test
    void aNewHazardIsAnnouncedSelectedAndCountedEvenBeyondTheFirstPage() throws Exception {
        for (int i = 0; i < 12; i++) {
            ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(i)));
        }
        LedgerViewModel vm = ledger(5);
        ui.fx(vm::start);
        // Found long ago, so it sorts past the first page: the ledger reads on until it finds it.
        Hazard old = ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(100)));
        ui.fx(() -> vm.hazardRegistered(old));
        assertThat(vm.noticeProperty().get()).isEqualTo("已登记 " + old.number());
        assertThat(vm.selectedProperty().get()).isNotNull();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(old.id());
        assertThat(vm.totalProperty().get()).isEqualTo(13);
        assertThat(vm.detail().titleProperty().get()).startsWith(old.number().toString());
    }

    @Test
    void aGeneralHazardPrintsItsNoticeAndClosureFormThroughThePreview() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(3));
        LedgerViewModel vm = selectedFirst();
        assertThat(vm.detail().printableForms()).containsExactly(FormKind.NOTICE, FormKind.CLOSURE);
        assertThat(vm.detail().printJob(FormKind.NOTICE)).hasValueSatisfying(job -> {
            assertThat(job.request()).isEqualTo(new FormRequest.HazardForm(FormKind.NOTICE, h.number().toString()));
            assertThat(job.title()).isEqualTo("隐患整改通知单 " + h.number());
        });
        ui.fx(() -> vm.selectedProperty().set(null));
        assertThat(vm.detail().printableForms()).isEmpty();
        assertThat(vm.detail().printJob(FormKind.NOTICE)).isEmpty();
    }

    private LedgerViewModel ledger(int pageSize) throws Exception {
        return ui.onFx(() -> new LedgerViewModel(ui.services, Debouncer.immediate(), pageSize));
    }

    private LedgerViewModel selectedFirst() throws Exception {
        LedgerViewModel vm = ledger(10);
        ui.fx(vm::start);
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        return vm;
    }

    private static Choice<UUID> unitChoice(LedgerFilterViewModel f, UUID id) {
        return f.unitChoices().stream().filter(c -> id.equals(c.value())).findFirst().orElseThrow();
    }

    @Test
    void myTasksShowsWhatWaitsForTheSignedInUserAndOpenMajorHazardsShowTheirSafeguards() throws Exception {
        Hazard waiting = ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        waiting = ui.ledger.hazards.perform(waiting.id(), waiting.revision(),
                new org.hazardledger.model.HazardCommand.ReportRectified(TODAY, "已更换垫片"));
        ui.ledger.hazards.perform(waiting.id(), waiting.revision(),
                new org.hazardledger.model.HazardCommand.Accept(TODAY, "合格"));
        Hazard major = ui.ledger.hazards.register(major(TODAY.minusDays(1)));
        ui.ledger.majorHazards.setSafeguards(major.id(), 0,
                new org.hazardledger.model.MajorHazardFile.Safeguards(true, false, true, null));
        LedgerViewModel vm = ledger(10);
        ui.fx(vm::start);
        assertThat(vm.totalProperty().get()).isEqualTo(2);
        assertThat(vm.safeguardsText(major.id())).isEqualTo("警示标志、停止使用");
        assertThat(vm.safeguardsText(waiting.id())).isEmpty();

        ui.ledger.signIn("工会小组长", org.hazardledger.model.AccountRole.UNION_MEMBER, e.team());
        ui.fx(() -> vm.filter().myTasksProperty().set(true));
        assertThat(vm.rows()).extracting(HazardRow::number).containsExactly(waiting.number().toString());

        ui.ledger.signIn("管理员", org.hazardledger.model.AccountRole.ADMIN, null);
        ui.fx(vm::refresh);
        assertThat(vm.rows()).as("nothing waits for the administrator").isEmpty();
        assertThat(vm.totalProperty().get()).isZero();
    }

    private HazardDraft major(LocalDate foundOn) {
        return new HazardDraft(new Registration(e.post().id(), "合成塔顶部平台", foundOn, e.worker().id(), false,
                HazardSource.PLANT_CHECK, "PROCESS_DEFECT", HazardForm.UNSAFE_STATE, "塔顶安全阀起跳压力设定错误"),
                new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT, org.hazardledger.model.MajorCriterionCitation.clause("CHEM-03")));
    }

    private HazardDraft atTeam(LocalDate foundOn) {
        return new HazardDraft(new Registration(e.team().id(), "甲醇储罐区围堰", foundOn, null, true,
                HazardSource.WORKER_REPORT, "SITE_ENVIRONMENT", HazardForm.MANAGEMENT_DEFECT, "围堰排水阀常开，无人检查"),
                new Grading(Grade.GENERAL, "A", null, null, Tier.TEAM));
    }

    private static <T> Choice<T> choice(java.util.List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }
}
