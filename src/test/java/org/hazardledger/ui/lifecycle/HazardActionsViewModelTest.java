package org.hazardledger.ui.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.EnumMap;
import java.util.Map;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.service.Progress;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action bar, the action forms and the history tab over a real ledger, without a window. */
class HazardActionsViewModelTest {

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
    void theBarOffersWhatTheStateAllowsAndSaysWhyTheRestIsRefused() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        ui.ledger.signIn("工会小组长", AccountRole.UNION_MEMBER, e.team());
        HazardActionsViewModel vm = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        ui.fx(() -> vm.show(h));

        assertThat(vm.offers()).extracting(ActionOffer::action)
                .containsExactly(HazardAction.ESCALATE, HazardAction.REPORT_RECTIFIED);
        ActionOffer report = vm.offers().get(1);
        assertThat(report.label()).isEqualTo("报告整改完成");
        assertThat(report.allowed()).isFalse();
        assertThat(report.reason()).contains(h.number().toString()).contains("安全员或该整改层级的车间主任/班组长")
                .contains("工会");
    }

    @Test
    void aFormKeepsRefusedInputAtItsFieldThenTakesTheActionAndTellsTheLedger() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        HazardActionsViewModel bar = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        List<Hazard> taken = new ArrayList<>();
        bar.setOnChanged(taken::add);
        ui.fx(() -> bar.show(h));
        assertThat(bar.offers()).filteredOn(ActionOffer::allowed).extracting(ActionOffer::action)
                .containsExactly(HazardAction.ESCALATE, HazardAction.REPORT_RECTIFIED);

        ActionFormViewModel form = ui.onFx(() -> bar.form(HazardAction.REPORT_RECTIFIED));
        assertThat(form.fields()).containsExactly("on", "evidence");
        assertThat(form.dateLabel()).isEqualTo("整改完成日期");
        ui.fx(() -> {
            form.onProperty().set(TODAY.plusDays(1));
            form.submit();
        });
        assertThat(form.errorProperty("evidence").get()).isEqualTo("必填项，请填写。");
        assertThat(form.errorProperty("on").get()).isEqualTo("日期不能晚于今天。");
        assertThat(form.doneProperty().get()).isNull();

        ui.fx(() -> {
            form.onProperty().set(TODAY);
            form.textProperty().set("已更换垫片");
            form.submit();
        });
        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.doneProperty().get().status()).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
        ui.fx(() -> bar.taken(form.doneProperty().get()));
        assertThat(taken).extracting(Hazard::status).containsExactly(HazardStatus.AWAITING_ACCEPTANCE);
    }

    @Test
    void theAssignFormStartsFromTheHazardsFiveFixesAndAsksAPlantTierHazardForAPlan() throws Exception {
        Hazard h = ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(1)));
        HazardActionsViewModel bar = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        ui.fx(() -> bar.show(h));
        ActionFormViewModel form = ui.onFx(() -> bar.form(HazardAction.ASSIGN));
        ui.fx(form::load);
        assertThat(form.people()).extracting(p -> p.name()).contains("王小明", "李建国", "张伟");
        ui.fx(() -> {
            form.measuresProperty().set("更换法兰垫片");
            form.responsibleProperty().set(form.people().stream().filter(p -> p.name().equals("李建国"))
                    .findFirst().orElseThrow());
            form.deadlineProperty().set(TODAY.plusDays(7));
            form.fundsProperty().set("八百");
            form.submit();
        });
        assertThat(form.errorProperty("funds").get()).as(form.formErrorProperty().get() + form.doneProperty().get())
                .isEqualTo("请填写金额数字，例如 800 或 800.50。");
        ui.fx(() -> {
            form.fundsProperty().set("800");
            form.submit();
        });
        assertThat(form.doneProperty().get().status()).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(form.doneProperty().get().rectification().responsibleId()).isEqualTo(e.leader().id());
    }

    @Test
    void aDuplicateNeedsTheOtherHazardsNumberInTheRightForm() throws Exception {
        Hazard first = ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(3)));
        Hazard again = ui.ledger.hazards.register(e.leakingValve(TODAY.minusDays(1)));
        HazardActionsViewModel bar = ui.onFx(() -> new HazardActionsViewModel(ui.services));
        ui.fx(() -> bar.show(again));
        ActionFormViewModel form = ui.onFx(() -> bar.form(HazardAction.MERGE_DUPLICATE));
        assertThat(form.fields()).containsExactly("into", "reason");
        ui.fx(() -> {
            form.intoProperty().set("上个月那条");
            form.textProperty().set("同一处渗漏重复登记");
            form.submit();
        });
        assertThat(form.errorProperty("into").get()).contains("上个月那条").contains("YH-年-月-序号");
        ui.fx(() -> {
            form.intoProperty().set("YH-2026-06-0999");
            form.submit();
        });
        assertThat(form.errorProperty("into").get()).isEqualTo("台账中没有编号为 YH-2026-06-0999 的隐患。");
        ui.fx(() -> {
            form.intoProperty().set(first.number().toString());
            form.submit();
        });
        assertThat(form.doneProperty().get().status()).isEqualTo(HazardStatus.MERGED);
        assertThat(form.doneProperty().get().handling().mergedInto()).isEqualTo(first.number());
    }

    @Test
    void theHistoryListsEachStepWithWhoAndTheStatusChange() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        TimelineViewModel vm = ui.onFx(() -> new TimelineViewModel(ui.services));
        ui.fx(() -> vm.show(h.id()));
        assertThat(vm.entries()).extracting(TimelineEntry::what).containsExactly("登记", "下达整改（五定）");
        TimelineEntry assign = vm.entries().get(1);
        assertThat(assign.who()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(assign.when()).isEqualTo("2026-06-15 09:30");
        assertThat(assign.details()).contains("状态：已登记 → 整改中").contains("措施：更换法兰垫片");
    }

    @Test
    void anOverdueEscalationShowsInTheHistoryWithWhoWasReminded() throws Exception {
        Hazard h = ui.ledger.registerAssigned(e, TODAY.minusDays(30));
        assertThat(ui.services.reminders().escalateOverdue()).isNotEmpty();
        TimelineViewModel vm = ui.onFx(() -> new TimelineViewModel(ui.services));
        ui.fx(() -> vm.show(h.id()));
        assertThat(vm.entries()).extracting(TimelineEntry::what).contains("逾期升级提醒");
        TimelineEntry escalated = vm.entries().stream().filter(x -> x.what().equals("逾期升级提醒")).findFirst()
                .orElseThrow();
        assertThat(escalated.details()).contains("升级到单位：");
    }

    @Test
    void anImportedHazardsHistoryStartsWithTheImportNamingTheFileAndRow() throws Exception {
        ui.ledger.registerAssigned(e, TODAY.minusDays(2));
        LedgerLine line = ui.ledger.sheets.lines(HazardQuery.ALL, null, 1).lines().get(0);
        Map<LedgerField, Object> values = new EnumMap<>(line.values());
        values.remove(LedgerField.NUMBER);
        values.put(LedgerField.PLACE, "2号泵房");
        ImportOutcome out = ui.ledger.sheets.importLines(List.of(new ImportLine(5, LedgerLine.of(values))),
                ImportOptions.defaults("台账.xlsx"), Progress.NONE);
        Hazard imported = ui.ledger.hazards.byNumber(out.numbers().get(0)).orElseThrow();

        TimelineViewModel vm = ui.onFx(() -> new TimelineViewModel(ui.services));
        ui.fx(() -> vm.show(imported.id()));

        TimelineEntry first = vm.entries().get(0);
        assertThat(first.what()).isEqualTo("从 Excel 台账导入");
        assertThat(first.details()).contains("文件：台账.xlsx", "行：5");
    }
}
