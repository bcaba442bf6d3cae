package org.hazardledger.ui.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.testing.LedgerFixture.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.TierArchive;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.ui.OnFx;
import org.hazardledger.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 分级档案: the team tier's archive for a month and a quarter, and a refused span. */
class ArchiveViewModelTest {

    @TempDir
    Path dir;
    private UiFixture ui;
    private SmallEnterprise e;
    private RoundsViewModel page;

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @BeforeEach
    void ledger() throws Exception {
        ui = new UiFixture(dir);
        e = ui.ledger.initialiseSmall();
    }

    @AfterEach
    void close() {
        ui.close();
    }

    /** A team round today with its first item failed, and the hazard registered from it. */
    private Hazard findingOfATeamRound() {
        Checklist c = ui.services.rounds().checklistFor(e.team().id());
        List<RoundItemResult> results = new ArrayList<>();
        for (ChecklistItem i : c.items()) {
            results.add(results.isEmpty() ? new RoundItemResult(i.code(), i.text(), RoundAnswer.FAILED, "护栏松动")
                    : RoundItemResult.ok(i));
        }
        InspectionRound round = ui.services.rounds().record(new RoundDraft(e.team().id(), TODAY,
                List.of(e.leader().id()), c.code(), results, null));
        String item = results.get(0).itemCode();
        HazardDraft d = ui.services.rounds().findingDraft(round.id(), item);
        Registration r = d.registration();
        HazardDraft complete = new HazardDraft(new Registration(r.unitId(), r.place(), r.foundOn(), r.finderId(),
                r.anonymous(), r.source(), "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, r.description()), d.grading());
        return ui.services.rounds().registerFinding(round.id(), item, complete);
    }

    @Test
    void theTeamArchiveOfTheMonthHasTheFindingAndTheRound() throws Exception {
        Hazard hazard = findingOfATeamRound();
        page = ui.onFx(() -> new RoundsViewModel(ui.services));
        ui.fx(page::start);
        ArchiveViewModel vm = page.archive();

        assertThat(vm.unitProperty().get().value()).as("the whole enterprise").isNull();
        assertThat(vm.tierProperty().get().value()).isEqualTo(org.hazardledger.model.Tier.TEAM);
        assertThat(vm.periodTextProperty().get()).isEqualTo("2026 年 6 月");
        assertThat(vm.found()).extracting(h -> h.number()).containsExactly(hazard.number().toString());
        assertThat(vm.held()).singleElement().satisfies(r -> assertThat(r.failedCount()).isEqualTo(1));
        assertThat(vm.summaryProperty().get()).contains("发现隐患 1").contains("巡查 1 次");

        ui.fx(() -> vm.kindProperty().set(vm.kinds().get(ArchiveViewModel.PeriodKind.QUARTER.ordinal())));
        assertThat(vm.periodTextProperty().get()).isEqualTo("2026 年第 2 季度");
        assertThat(vm.fromProperty().get()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(vm.toProperty().get()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(vm.found()).hasSize(1);
        ui.fx(() -> vm.move(-1));
        assertThat(vm.periodTextProperty().get()).isEqualTo("2026 年第 1 季度");
        assertThat(vm.found()).isEmpty();
        assertThat(vm.held()).isEmpty();
    }

    @Test
    void aSpanEndingBeforeItStartsIsRefusedAtItsField() throws Exception {
        page = ui.onFx(() -> new RoundsViewModel(ui.services));
        ui.fx(page::start);
        ArchiveViewModel vm = page.archive();
        ui.fx(() -> {
            vm.kindProperty().set(vm.kinds().get(ArchiveViewModel.PeriodKind.RANGE.ordinal()));
            vm.fromProperty().set(TODAY);
            vm.toProperty().set(TODAY.minusDays(1));
        });
        ui.fx(vm::load);
        assertThat(vm.errorProperty(TierArchive.TO).get()).isNotEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
    }
}
