package org.hazardledger.ui.training;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DrillDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.Tier;
import org.hazardledger.model.TrainingAttendance;
import org.hazardledger.model.TrainingDraft;
import org.hazardledger.model.TrainingKind;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingViewModelTest {

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
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private TrainingViewModel page() throws Exception {
        TrainingViewModel vm = ui.onFx(() -> new TrainingViewModel(ui.services));
        ui.fx(vm::load);
        return vm;
    }

    @Test
    void aSessionFormRefusesAtTheFieldsThenRecordsAndTheListShowsIt() throws Exception {
        TrainingViewModel vm = page();
        assertThat(vm.sessions()).isEmpty();
        assertThat(vm.mayRecordProperty().get()).isTrue();
        SessionFormViewModel form = ui.onFx(vm::newSessionForm);
        ui.fx(() -> {
            form.topicProperty().set("消防器材使用");
            form.hoursProperty().set("30");
            form.trainerProperty().set("消防队 吴军");
            form.submit();
        });
        assertThat(form.errorProperty(TrainingDraft.HOURS).get()).contains("24");
        assertThat(form.errorProperty(TrainingDraft.ATTENDEES).get()).isEqualTo(
                ui.messages.get("validation.training.noAttendees"));
        assertThat(form.errorProperty(TrainingDraft.UNIT).get()).isNotEmpty();
        assertThat(form.savedProperty().get()).isNull();
        ui.fx(() -> {
            form.hoursProperty().set("两小时");
            form.submit();
        });
        assertThat(form.errorProperty(TrainingDraft.HOURS).get()).isEqualTo(
                ui.messages.get("validation.training.hoursNumber"));

        ui.fx(() -> {
            form.hoursProperty().set("1.5");
            form.unitProperty().set(form.units().stream().filter(c -> c.value().id().equals(e.workshop().id()))
                    .findFirst().orElseThrow());
            form.attendees().filterProperty().set("王");
            assertThat(form.attendees().shown()).extracting(PersonPick::label).containsExactly("王小明 · E0001");
            form.attendees().select(e.worker().id());
            form.attendees().select(e.leader().id());
            form.submit();
        });
        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.savedProperty().get()).isNotNull();
        ui.fx(() -> vm.sessionRecorded(form.savedProperty().get()));
        assertThat(vm.sessions()).hasSize(1);
        assertThat(vm.hoursText(vm.sessions().get(0))).isEqualTo("1.5");
        assertThat(vm.attendeesText(vm.sessions().get(0))).isEqualTo("王小明、李建国");
        assertThat(vm.messageProperty().get()).contains("消防器材使用");
    }

    @Test
    void aDrillFindingBecomesAHazardFromTheTab() throws Exception {
        ui.ledger.campaign.training().record(new DrillDraft("氨泄漏应急演练", of(2026, 6, 10), e.workshop().id(),
                List.of(e.worker().id(), e.leader().id()), "良好", List.of("应急广播声音太小")));
        TrainingViewModel vm = page();
        assertThat(vm.drills()).hasSize(1);
        ui.fx(() -> vm.selectedDrillProperty().set(vm.drills().get(0)));
        assertThat(vm.findings()).hasSize(1);
        assertThat(vm.canConvertFindingProperty().get()).isFalse();
        ui.fx(() -> vm.selectedFindingProperty().set(vm.findings().get(0)));
        assertThat(vm.canConvertFindingProperty().get()).isTrue();
        FindingHazardViewModel form = ui.onFx(() -> vm.newFindingForm().orElseThrow());
        ui.fx(form::load);
        assertThat(form.categories()).isNotEmpty();
        ui.fx(() -> {
            form.finderProperty().set(form.finders().get(1));
            form.categoryProperty().set(form.categories().stream().filter(c -> c.value().equals("EQUIPMENT_DEFECT"))
                    .findFirst().orElseThrow());
            form.formProperty().set(new Choice<>(HazardForm.UNSAFE_STATE, ""));
            form.tierProperty().set(new Choice<>(Tier.WORKSHOP, ""));
            form.submit();
        });
        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.registeredProperty().get()).isNotNull();
        ui.fx(() -> vm.findingRegistered(form.registeredProperty().get()));
        assertThat(vm.findings()).hasSize(1);
        assertThat(vm.findingHazardText(vm.findings().get(0)))
                .isEqualTo(form.registeredProperty().get().number().toString());
        assertThat(vm.findingsText(vm.drills().get(0))).isEqualTo(ui.messages.get("training.drill.findingCount", 1, 1));
        assertThat(ui.ledger.audit.verify().isIntact()).isTrue();
    }

    @Test
    void theHistoryTotalsAPersonsHoursAndTheListExportsAsCsv() throws Exception {
        ui.ledger.campaign.training().record(new TrainingDraft(TrainingKind.SAFETY_TRAINING, "有限空间作业", of(2026, 3, 2),
                new BigDecimal("2.5"), "陈刚", e.team().id(), null, List.of(TrainingAttendance.of(e.worker().id()))));
        ui.ledger.campaign.training().record(new TrainingDraft(TrainingKind.SAFETY_TRAINING, "动火作业", of(2026, 5, 2),
                new BigDecimal("4"), "周强", e.team().id(), null, List.of(TrainingAttendance.of(e.worker().id()))));
        TrainingViewModel vm = page();
        ui.fx(vm::loadHistory);
        assertThat(vm.historySummaryProperty().get()).isEqualTo(ui.messages.get("training.history.choosePerson"));
        ui.fx(() -> {
            vm.historyPersonProperty().set(vm.people().stream().filter(c -> c.value().id().equals(e.worker().id()))
                    .findFirst().orElseThrow());
            vm.loadHistory();
        });
        assertThat(vm.historySessions()).hasSize(2);
        assertThat(vm.totalHours()).isEqualByComparingTo("6.5");
        assertThat(vm.historySummaryProperty().get()).contains("王小明").contains("6.5");
        ui.fx(() -> {
            vm.historyFromProperty().set(of(2026, 4, 1));
            vm.loadHistory();
        });
        assertThat(vm.totalHours()).isEqualByComparingTo("4");

        Path csv = dir.resolve("out.csv");
        ui.dialogs.answerSaveWith(csv);
        ui.fx(() -> vm.exportCsv(List.of(List.of("日期", "学时"), List.of("2026-05-02", "4")), "t.csv"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("学时").contains("2026-05-02");
    }

    @Test
    void aProcessWithoutAnAccountMayNotRecord() throws Exception {
        ui.ledger.session.signOut();
        TrainingViewModel vm = page();
        assertThat(vm.mayRecordProperty().get()).isFalse();
        ui.ledger.signIn("安全员 (anquan)", AccountRole.CLERK, null);
    }
}
