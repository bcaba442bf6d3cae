package org.hazardledger.ui.union;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.model.UnionRecordStatus;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 工会监督 page, its issue form and its answer form, without a screen. */
class UnionViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private Hazard valve;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
        valve = ui.ledger.hazards.register(e.leakingValve(of(2026, 6, 10)));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private void signInUnion() {
        ui.ledger.signIn("车间分会主席 (chair)", AccountRole.UNION_MEMBER, e.workshop());
    }

    private UnionViewModel page() throws Exception {
        UnionViewModel vm = ui.onFx(() -> new UnionViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    private UnionRecord issue(UnionRecordKind kind) {
        return ui.ledger.union.issue(new UnionRecordDraft(kind, List.of(valve.number().toString()),
                LedgerFixture.TODAY, LedgerFixture.TODAY, "法兰渗漏", "更换垫片"));
    }

    @Test
    void aUnionMemberIssuesFromTheFormAndTheListShowsTheNewRecordSelected() throws Exception {
        signInUnion();
        UnionViewModel vm = page();
        assertThat(vm.mayIssueProperty().get()).isTrue();
        assertThat(vm.canAnswerSelectedProperty().get()).isFalse();
        assertThat(vm.rows()).isEmpty();

        UnionIssueViewModel form = ui.onFx(() -> vm.newIssueForm(valve.number().toString()));
        ui.fx(form::load);
        assertThat(form.hazardsProperty().get()).isEqualTo(valve.number().toString());
        // Mon 15 Jun + 15 working days, 19 Jun (端午) not counted
        assertThat(form.dueHintProperty().get()).isEqualTo("企业应于 2026-07-07 前书面答复（送达次日起 15 个工作日，节假日不计）。");
        ui.fx(() -> {
            form.findingsProperty().set("进料阀法兰渗漏");
            form.recommendationProperty().set("一周内更换垫片");
        });
        ui.fx(form::submit);
        UnionRecord issued = form.issuedProperty().get();
        assertThat(issued).isNotNull();

        ui.fx(() -> vm.issued(issued));

        assertThat(vm.messageProperty().get()).isEqualTo("已提出工会建议 GH-2026-0001。");
        assertThat(vm.rows()).singleElement().satisfies(row -> {
            assertThat(vm.kindText(row)).isEqualTo("整改建议");
            assertThat(vm.hazardsText(row)).isEqualTo(valve.number().toString());
            assertThat(vm.dueText(row)).isEqualTo("2026-07-07");
            assertThat(vm.statusText(row)).isEqualTo("待答复");
            assertThat(vm.issuerText(row)).isEqualTo("合成车间 · 车间分会主席 (chair)");
            assertThat(row.alarming()).isFalse();
        });
        assertThat(vm.selectedProperty().get().record().id()).isEqualTo(issued.id());
    }

    @Test
    void theIssueFormRefusesAtTheFieldsAndSaysWhenAnUrgentRecordIsDue() throws Exception {
        signInUnion();
        UnionIssueViewModel form = ui.onFx(() -> new UnionIssueViewModel(ui.services, null));
        ui.fx(form::load);
        ui.fx(form::submit);
        assertThat(form.errorProperty(UnionRecordDraft.HAZARDS).get()).isEqualTo("请至少填写一个隐患编号。");
        assertThat(form.errorProperty(UnionRecordDraft.FINDINGS).get()).isEqualTo("请填写内容。");
        assertThat(form.errorProperty(UnionRecordDraft.RECOMMENDATION).get()).isEqualTo("请填写内容。");
        assertThat(form.formErrorProperty().get()).contains("3");
        assertThat(form.issuedProperty().get()).isNull();

        ui.fx(() -> form.hazardsProperty().set("yh-2026-06-9999"));
        assertThat(form.errorProperty(UnionRecordDraft.HAZARDS).get()).as("cleared on edit").isEmpty();
        ui.fx(() -> {
            form.findingsProperty().set("釜内压力异常");
            form.recommendationProperty().set("立即撤离");
            form.kindProperty().set(form.kinds().stream().filter(k -> k.value() == UnionRecordKind.EVACUATION)
                    .findFirst().orElseThrow());
        });
        assertThat(form.dueHintProperty().get()).isEqualTo("涉及生命安全，企业须于送达当日（2026-06-15）立即答复。");
        ui.fx(form::submit);
        assertThat(form.errorProperty(UnionRecordDraft.HAZARDS).get())
                .isEqualTo("台账中没有编号为 YH-2026-06-9999 的隐患。");
        assertThat(form.issuedProperty().get()).isNull();
    }

    @Test
    void aHazardOutsideTheUnionsUnitsIsRefusedAtTheHazardsField() throws Exception {
        Hazard teamLevel = ui.ledger.hazards.register(new org.hazardledger.model.HazardDraft(
                new org.hazardledger.model.Registration(e.team().id(), "班组休息室", of(2026, 6, 10), null, true,
                        org.hazardledger.model.HazardSource.TEAM_CHECK, "EQUIPMENT_DEFECT",
                        org.hazardledger.model.HazardForm.UNSAFE_STATE, "插座破损"),
                e.leakingValve(of(2026, 6, 10)).grading()));
        ui.ledger.signIn("岗位工会小组长 (group)", AccountRole.UNION_MEMBER, e.post());
        UnionIssueViewModel form = ui.onFx(() -> new UnionIssueViewModel(ui.services, teamLevel.number().toString()));
        ui.fx(() -> {
            form.findingsProperty().set("插座破损");
            form.recommendationProperty().set("更换插座");
        });
        ui.fx(form::submit);
        assertThat(form.errorProperty(UnionRecordDraft.HAZARDS).get()).contains(teamLevel.number().toString())
                .contains("不在您所负责的单位范围内");
        assertThat(form.issuedProperty().get()).isNull();
    }

    @Test
    void anUnansweredEvacuationIsRedAndCountedAndTheFiltersNarrowTheList() throws Exception {
        signInUnion();
        issue(UnionRecordKind.PROPOSAL);
        issue(UnionRecordKind.EVACUATION);
        ui.ledger.session.signIn(LedgerFixture.CLERK);
        UnionViewModel vm = page();

        assertThat(vm.mayIssueProperty().get()).as("a clerk does not issue").isFalse();
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.alarmingCount()).isEqualTo(1);
        UnionRecordRow evacuation = vm.rows().stream().filter(r -> r.record().kind() == UnionRecordKind.EVACUATION)
                .findFirst().orElseThrow();
        assertThat(evacuation.alarming()).isTrue();
        assertThat(vm.statusText(evacuation)).isEqualTo("须立即答复");
        assertThat(vm.dueText(evacuation)).isEqualTo("2026-06-15（立即）");

        Choice<UnionRecordKind> stop = vm.kinds().stream().filter(k -> k.value() == UnionRecordKind.STOP_PRODUCTION)
                .findFirst().orElseThrow();
        ui.fx(() -> vm.kindProperty().set(stop));
        assertThat(vm.rows()).isEmpty();
        ui.fx(() -> vm.kindProperty().set(vm.kinds().get(0)));
        assertThat(vm.rows()).hasSize(2);
    }

    @Test
    void theClerkAnswersTheSelectedRecordAndItLeavesTheOpenList() throws Exception {
        signInUnion();
        issue(UnionRecordKind.STOP_PRODUCTION);
        ui.ledger.session.signIn(LedgerFixture.CLERK);
        UnionViewModel vm = page();
        ui.fx(() -> vm.openOnlyProperty().set(true));
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.newAnswerForm()).as("nothing selected").isEmpty();
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        assertThat(vm.canAnswerSelectedProperty().get()).isTrue();
        UnionAnswerViewModel form = vm.newAnswerForm().orElseThrow();
        assertThat(form.summary()).startsWith("GH-2026-0001 建议停产整改（涉及 " + valve.number());

        ui.fx(() -> form.answeredOnProperty().set(of(2026, 6, 14)));
        ui.fx(form::submit);
        assertThat(form.errorProperty(UnionAnswer.TEXT).get()).isEqualTo("请填写内容。");
        assertThat(form.errorProperty(UnionAnswer.ANSWERED_ON).get()).isEqualTo("答复日期不能早于送达日期 2026-06-15。");

        ui.fx(() -> {
            form.answerProperty().set("已停产整改");
            form.answeredOnProperty().set(LedgerFixture.TODAY);
        });
        ui.fx(form::submit);
        UnionRecord answered = form.answeredProperty().get();
        assertThat(answered.status()).isEqualTo(UnionRecordStatus.ANSWERED);
        ui.fx(() -> vm.answered(answered));

        assertThat(vm.messageProperty().get()).isEqualTo("已记录对 GH-2026-0001 的答复。");
        assertThat(vm.rows()).as("open only").isEmpty();
        ui.fx(() -> vm.openOnlyProperty().set(false));
        assertThat(vm.rows()).singleElement().satisfies(row -> {
            assertThat(row.alarming()).isFalse();
            assertThat(vm.statusText(row)).isEqualTo("按期答复");
        });
    }

    @Test
    void aUnionMemberMayNotAnswer() throws Exception {
        signInUnion();
        issue(UnionRecordKind.PROPOSAL);
        UnionViewModel vm = page();
        ui.fx(() -> vm.selectedProperty().set(vm.rows().get(0)));
        assertThat(vm.canAnswerSelectedProperty().get()).isFalse();
        assertThat(vm.newAnswerForm()).isEmpty();
    }
}
