package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Rota;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording rounds: who may, what is refused and how it reads, and what the calendar then shows. */
class RoundServiceTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;
    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");

    @TempDir
    Path dir;
    LedgerFixture f;
    LedgerFixture.SmallEnterprise e;

    @BeforeEach
    void open() {
        f = new LedgerFixture(dir);
        e = f.initialiseSmall();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private RoundDraft teamRound(LocalDate day) {
        return RoundDraft.allOk(e.team().id(), day, List.of(e.leader().id()), f.rounds.checklistFor(e.team().id()));
    }

    private RoundDraft withFailure(RoundDraft d, int index, String note) {
        List<RoundItemResult> results = new ArrayList<>(d.results());
        results.set(index, results.get(index).withAnswer(RoundAnswer.FAILED, note));
        return new RoundDraft(d.unitId(), d.heldOn(), d.inspectorIds(), d.checklistCode(), results, d.note());
    }

    private static List<String> keys(ValidationException v) {
        return v.errors().stream().map(FieldError::messageKey).toList();
    }

    @Test
    void aChemicalTeamGetsTheChemicalTeamChecklistAndAMetalWorksTheGeneralOne() {
        Checklist c = f.rounds.checklistFor(e.team().id());
        assertThat(c.code()).isEqualTo("TEAM-CHEM");
        assertThat(c.items()).hasSizeBetween(6, 10);
        assertThat(f.rounds.checklists()).extracting(Checklist::code)
                .contains("POST-GEN", "TEAM-GEN", "WORKSHOP-GEN", "PLANT-GEN", "POST-COAL", "TEAM-CONS");
        assertThat(RoundOperations.checklistFor(f.rounds.checklists(), Tier.WORKSHOP,
                org.hazardledger.model.Industry.METALLURGY).code()).isEqualTo("WORKSHOP-GEN");
    }

    @Test
    void aRecordedRoundMakesTodayDoneAndIsAuditedWithoutItsNotes() {
        InspectionRound r = f.rounds.record(withFailure(teamRound(TODAY), 2, "私人备注不进审计"));
        assertThat(f.rounds.round(r.id()).failed()).hasSize(1);
        assertThat(f.rounds.compliance(e.team().id(), TODAY, TODAY)).extracting(ComplianceEntry::state)
                .containsExactly(ComplianceState.DONE);
        List<AuditEntry> history = f.audit.history(r.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("ROUND_RECORDED");
        assertThat(history.get(0).payloadJson()).contains("李建国").doesNotContain("私人备注");
        assertThat(f.rounds.rounds(e.team().id(), TODAY, TODAY)).singleElement()
                .satisfies(row -> assertThat(row.inspectorNames()).isEqualTo("李建国"));
        assertThat(f.rounds.rounds(e.post().id(), TODAY, TODAY)).isEmpty();
    }

    @Test
    void badRoundsAreRefusedAtTheirFieldInBothLanguages() {
        ValidationException future = catchValidation(teamRound(TODAY.plusDays(1)));
        assertThat(keys(future)).containsExactly("validation.round.future");
        assertThat(ZH.describe(future.errors().get(0))).isEqualTo("检查日期不能晚于今天。");
        assertThat(EN.describe(future.errors().get(0))).isEqualTo("The round date cannot be later than today.");

        assertThat(keys(catchValidation(teamRound(TODAY.minusYears(2).minusDays(1)))))
                .containsExactly("validation.round.tooOld");
        RoundDraft ok = teamRound(TODAY);
        assertThat(keys(catchValidation(new RoundDraft(ok.unitId(), TODAY, List.of(), ok.checklistCode(),
                ok.results(), null)))).containsExactly("validation.round.inspectors");
        assertThat(keys(catchValidation(new RoundDraft(ok.unitId(), TODAY, ok.inspectorIds(), ok.checklistCode(),
                ok.results().subList(1, ok.results().size()), null))))
                .containsExactly("validation.round.resultsMismatch");
        // a workshop's list for a team
        Checklist workshop = f.rounds.checklistFor(e.workshop().id());
        assertThat(keys(catchValidation(RoundDraft.allOk(e.team().id(), TODAY, ok.inspectorIds(), workshop))))
                .containsExactly("validation.round.checklistTier");
        f.organisation.retireUnit(e.post().id(), f.organisation.unitEntries().stream()
                .filter(u -> u.unit().id().equals(e.post().id())).findFirst().orElseThrow().revision());
        assertThat(keys(catchValidation(RoundDraft.allOk(e.post().id(), TODAY, List.of(e.worker().id()),
                f.rounds.checklistFor(e.team().id()))))).contains("validation.unit.unknown");
    }

    private ValidationException catchValidation(RoundDraft d) {
        try {
            f.rounds.record(d);
        } catch (ValidationException v) {
            return v;
        }
        throw new AssertionError("not refused: " + d);
    }

    @Test
    void aUnitHeadRecordsOnlyWithinTheUnitTheyAnswerFor() {
        f.signIn("车间主任", AccountRole.UNIT_HEAD, e.workshop());
        assertThat(f.rounds.record(teamRound(TODAY))).isNotNull();
        f.signIn("另一车间主任", AccountRole.UNIT_HEAD, e.post());
        assertThatThrownBy(() -> f.rounds.record(teamRound(TODAY.minusDays(1))))
                .isInstanceOfSatisfying(DomainException.class, x -> {
                    assertThat(x.messageKey()).isEqualTo("error.round.outOfScope");
                    assertThat(EN.describe(x)).startsWith("You may record rounds");
                });
        // a process (the demo, the command line) and a clerk may record anywhere
        f.session.signIn(f.actor);
        assertThat(f.rounds.record(teamRound(TODAY.minusDays(2)))).isNotNull();
        f.session.signIn(LedgerFixture.CLERK);
        assertThat(f.rounds.record(teamRound(TODAY.minusDays(3)))).isNotNull();
        assertThat(f.rounds.rounds(null, TODAY.minusDays(5), TODAY)).hasSize(3);
    }

    @Test
    void aFailedItemBecomesAPrefilledHazardLinkedToItsRound() {
        InspectionRound r = f.rounds.record(withFailure(teamRound(TODAY.minusDays(1)), 0, "1号泵出口法兰渗漏"));
        String item = r.failed().get(0).itemCode();
        HazardDraft draft = f.rounds.findingDraft(r.id(), item);
        Registration reg = draft.registration();
        assertThat(reg.unitId()).isEqualTo(e.team().id());
        assertThat(reg.foundOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(reg.finderId()).isEqualTo(e.leader().id());
        assertThat(reg.source()).isEqualTo(HazardSource.TEAM_CHECK);
        assertThat(reg.description()).startsWith(r.failed().get(0).itemText()).endsWith("1号泵出口法兰渗漏");
        assertThat(draft.grading().grade()).isEqualTo(Grade.GENERAL);
        assertThat(draft.grading().rectifyingTier()).isEqualTo(Tier.TEAM);

        HazardDraft completed = new HazardDraft(new Registration(reg.unitId(), reg.place(), reg.foundOn(),
                reg.finderId(), false, reg.source(), "EQUIPMENT_DEFECT", HazardForm.UNSAFE_STATE, reg.description()),
                draft.grading());
        Hazard h = f.rounds.registerFinding(r.id(), item, completed);
        assertThat(f.rounds.round(r.id()).hazardIds()).containsExactly(h.id());
        assertThat(f.rounds.rounds(e.team().id(), TODAY.minusDays(1), TODAY.minusDays(1)).get(0).hazardCount())
                .isEqualTo(1);
        assertThat(f.audit.history(r.id())).extracting(AuditEntry::action)
                .containsExactly("ROUND_RECORDED", "FINDING_REGISTERED");
        String okItem = r.results().get(1).itemCode();
        assertThatThrownBy(() -> f.rounds.registerFinding(r.id(), okItem, completed))
                .isInstanceOfSatisfying(DomainException.class,
                        x -> assertThat(x.messageKey()).isEqualTo("error.round.itemNotFailed"));
    }

    @Test
    void anEditedChecklistIsANewVersionAndOldRoundsKeepTheirs() {
        InspectionRound before = f.rounds.record(teamRound(TODAY.minusDays(1)));
        Checklist c = f.rounds.checklistFor(e.team().id());
        List<ChecklistItem> items = new ArrayList<>(c.items());
        items.add(new ChecklistItem("CT99", "静电接地夹完好"));
        Checklist saved = f.rounds.saveChecklist(new Checklist(c.code(), c.tier(), c.industry(), c.name(), 0, items));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(f.rounds.checklistFor(e.team().id()).items()).hasSize(c.items().size() + 1);
        assertThat(f.rounds.round(before.id()).checklistVersion()).isEqualTo(1);
        assertThat(f.rounds.round(before.id()).results()).hasSize(c.items().size());
        // a round on the old list is refused now: the answers no longer match
        assertThatThrownBy(() -> f.rounds.record(RoundDraft.allOk(e.team().id(), TODAY, List.of(e.leader().id()), c)))
                .isInstanceOf(ValidationException.class);

        f.signIn("班组长", AccountRole.UNIT_HEAD, e.team());
        assertThatThrownBy(() -> f.rounds.saveChecklist(saved)).isInstanceOfSatisfying(DomainException.class,
                x -> assertThat(x.messageKey()).isEqualTo("error.checklist.role"));
    }

    @Test
    void aRuleRarerThanTheTierIsRefusedAndARotaIsKept() {
        assertThat(f.rounds.rule(e.team().id())).isEqualTo(RoundRule.defaultFor(e.team().id(), Tier.TEAM));
        assertThatThrownBy(() -> f.rounds.saveRule(new RoundRule(e.team().id(), InspectionFrequency.WEEKLY, null,
                false))).isInstanceOf(ValidationException.class);
        RoundRule shifts = new RoundRule(e.team().id(), InspectionFrequency.DAILY,
                new Rota(TODAY.minusDays(3), "11110000"), false);
        assertThat(f.rounds.saveRule(shifts)).isEqualTo(shifts.withRevision(1));
        assertThat(f.rounds.rule(e.team().id())).isEqualTo(shifts.withRevision(1));
        // today is the fourth day of the cycle from three days ago: on duty; tomorrow is off
        assertThat(f.rounds.compliance(e.team().id(), TODAY, TODAY.plusDays(1))).extracting(ComplianceEntry::state)
                .containsExactly(ComplianceState.DUE, ComplianceState.NOT_REQUIRED);
        assertThat(f.audit.history(e.team().id())).extracting(AuditEntry::action).contains("SAVE");
    }

    @Test
    void dueMissedAndSummaryAgree() {
        // required since 1 June for every unit; the team held rounds on 1-10 June, the post none
        f.store.transact(s -> {
            s.settings().put(RoundOperations.HISTORY_FROM_SETTING, "2026-06-01");
            return null;
        });
        for (int day = 1; day <= 10; day++) {
            f.rounds.record(teamRound(LocalDate.of(2026, 6, day)));
        }
        f.rounds.record(teamRound(TODAY));
        assertThat(f.rounds.dueOn(TODAY)).extracting(x -> x.unitId())
                .containsExactlyInAnyOrder(e.plant().id(), e.workshop().id(), e.post().id());
        // Sunday 14 June ended the workshop's week as well as the post's and the team's day
        assertThat(f.rounds.missedOn(TODAY.minusDays(1))).extracting(x -> x.unitId())
                .containsExactlyInAnyOrder(e.post().id(), e.team().id(), e.workshop().id());
        // the plant's half-month is not over yet: it shows as missed on no day so far
        int missedShown = 0;
        for (LocalDate d = LocalDate.of(2026, 6, 1); d.isBefore(TODAY); d = d.plusDays(1)) {
            missedShown += f.rounds.missedOn(d).size();
        }
        ComplianceSummary all = f.rounds.summary(null, null, LocalDate.of(2026, 6, 1), TODAY.minusDays(1));
        assertThat(missedShown).isEqualTo(all.missed());
        // post 14 days, team 4 days (11–14 June), workshop both weeks
        assertThat(f.rounds.summary(e.team().id(), Tier.TEAM, LocalDate.of(2026, 6, 1), TODAY.minusDays(1)))
                .isEqualTo(new ComplianceSummary(10, 4, 0));
        assertThat(f.rounds.summary(null, Tier.POST, LocalDate.of(2026, 6, 1), TODAY.minusDays(1)))
                .isEqualTo(new ComplianceSummary(0, 14, 0));
        assertThat(all.missed()).isEqualTo(14 + 4 + 2);
    }
}
