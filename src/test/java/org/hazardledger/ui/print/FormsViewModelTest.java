package org.hazardledger.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.hazardledger.ui.UnitOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 表单打印 page's ViewModel: the forms listed, the fields each needs, their messages, the batches. */
class FormsViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private FormsViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() throws Exception {
        ui = new UiFixture(dir.resolve("ledger"));
        e = ui.ledger.initialiseSmall();
        vm = ui.onFx(() -> new FormsViewModel(ui.services));
        ui.fx(vm::start);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void everyFormIsListedWithItsNumberAndWhatItIsFor() {
        assertThat(vm.kinds()).hasSize(FormKind.values().length);
        assertThat(vm.kinds().get(0)).isEqualTo(new FormsViewModel.KindEntry(FormKind.NOTICE, "隐患整改通知单", "HL-01",
                "下达给整改责任人的整改要求、措施、期限和资金"));
        assertThat(vm.kinds()).extracting(FormsViewModel.KindEntry::formNumber).contains("HL-07", "HL-10");
        assertThat(vm.kinds()).allSatisfy(k -> assertThat(k.description()).isNotBlank());
        assertThat(vm.groupProperty().get()).isEqualTo(FormParameters.Group.HAZARD);
        assertThat(vm.units()).extracting(UnitOption::path).contains("一厂 / 合成车间");
    }

    @Test
    void aHazardNumberIsCheckedAtTheField() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        ui.fx(() -> vm.parameters().hazardNumberProperty().set("2026-06-1"));
        assertThat(vm.preview()).isEmpty();
        assertThat(vm.parameters().hazardErrorProperty().get()).isEqualTo("请填写隐患编号，格式如 YH-2026-06-0001");

        ui.fx(() -> vm.parameters().hazardNumberProperty().set(" " + h.number().toString().toLowerCase() + " "));
        assertThat(vm.preview()).hasValueSatisfying(job -> {
            assertThat(job.request()).isEqualTo(new FormRequest.HazardForm(FormKind.NOTICE, h.number().toString()));
            PrintedForm form = job.work().apply(Progress.NONE);
            assertThat(form.pages()).isEqualTo(1);
        });
        assertThat(vm.parameters().hazardErrorProperty().get()).isEmpty();
    }

    @Test
    void eachFamilyAsksForItsOwnFields() throws Exception {
        select(FormKind.STOP_PRODUCTION);
        assertThat(vm.groupProperty().get()).isEqualTo(FormParameters.Group.UNION);
        ui.fx(() -> vm.parameters().recordNumberProperty().set("GH-2026-0003"));
        assertThat(vm.preview()).hasValueSatisfying(j ->
                assertThat(j.request()).isEqualTo(new FormRequest.UnionForm("GH-2026-0003")));

        select(FormKind.STATISTICS);
        ui.fx(() -> vm.parameters().yearProperty().set("二〇二六"));
        assertThat(vm.preview()).isEmpty();
        assertThat(vm.parameters().statisticsErrorProperty().get()).isEqualTo("请填写年份（2000—2100）");
        ui.fx(() -> {
            vm.parameters().yearProperty().set("2026");
            vm.parameters().quarterProperty().set(null);
        });
        assertThat(vm.preview()).hasValueSatisfying(j ->
                assertThat(j.request()).isEqualTo(new FormRequest.Statistics(2026, null)));

        select(FormKind.CONGRESS_BRIEFING);
        ui.fx(() -> {
            vm.parameters().periodFromProperty().set(LocalDate.of(2026, 6, 30));
            vm.parameters().periodToProperty().set(LocalDate.of(2026, 6, 1));
        });
        assertThat(vm.preview()).isEmpty();
        assertThat(vm.parameters().periodErrorProperty().get()).isEqualTo("开始日期不能晚于结束日期");

        select(FormKind.TIER_ARCHIVE);
        assertThat(vm.preview()).isEmpty();
        assertThat(vm.parameters().archiveErrorProperty().get()).isEqualTo("请选择层级和单位");
        UnitOption workshop = vm.units().stream().filter(u -> u.id().equals(e.workshop().id())).findFirst().orElseThrow();
        ui.fx(() -> {
            vm.parameters().archiveTierProperty().set(Tier.WORKSHOP);
            vm.parameters().archiveUnitProperty().set(workshop);
        });
        assertThat(vm.preview()).hasValueSatisfying(j -> assertThat(j.request()).isEqualTo(new FormRequest.Archive(
                Tier.WORKSHOP, e.workshop().id(), LedgerFixture.TODAY.withDayOfMonth(1), LedgerFixture.TODAY)));

        select(FormKind.ROUND_RECORD);
        UnitOption team = vm.units().stream().filter(u -> u.id().equals(e.team().id())).findFirst().orElseThrow();
        ui.fx(() -> vm.parameters().roundUnitProperty().set(team));
        assertThat(vm.rounds()).isEmpty();
        assertThat(vm.preview()).isEmpty();
        assertThat(vm.parameters().roundErrorProperty().get()).isEqualTo("该单位当天没有巡查记录");
    }

    @Test
    void aUnitsNoticesBecomeOnePdfAndAnEmptyMonthSaysThereIsNothingToPrint() throws Exception {
        ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
        ui.ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
        assertThat(vm.unitNotices()).isEmpty();
        assertThat(vm.noticeUnitErrorProperty().get()).isEqualTo("请选择单位");
        UnitOption workshop = vm.units().stream().filter(u -> u.id().equals(e.workshop().id())).findFirst().orElseThrow();
        ui.fx(() -> vm.noticeUnitProperty().set(workshop));

        PrintedForm notices = vm.unitNotices().orElseThrow().work().apply(Progress.NONE);
        assertThat(notices.pages()).isEqualTo(2);
        assertThat(notices.title()).isEqualTo("合成车间隐患整改通知单");

        ui.fx(() -> vm.monthProperty().set(YearMonth.of(2026, 6)));
        PrintJob closures = vm.monthClosures().orElseThrow();
        assertThat(closures.title()).isEqualTo("2026年6月隐患治理销号单");
        assertThatThrownBy(() -> closures.work().apply(Progress.NONE)).isInstanceOfSatisfying(DomainException.class,
                x -> assertThat(ui.messages.describe(x)).isEqualTo("没有可打印的表单：2026年6月隐患治理销号单"));
    }

    private void select(FormKind kind) throws Exception {
        ui.fx(() -> vm.selectedProperty().set(vm.kinds().get(kind.ordinal())));
    }
}
