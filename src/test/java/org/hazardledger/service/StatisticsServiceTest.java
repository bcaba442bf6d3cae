package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardBriefing;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.HazardStatistics.Counts;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.TieredHazards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of 2026 Q2 (today is 15 June, so "at the end" means today) over a handful of hazards in
 * known states:
 * H1 found in March, rectified 5 April, closed 6 April; H2 found 10 April in the workshop, due 1 May,
 * open (overdue); H3 found 2 May at the post, due 30 June, open; H4 found 20 May, rectified 2 June,
 * closed 3 June; H5 a major hazard found 1 June at the plant, open; H6 found in March at the plant,
 * never assigned, open; H7 found 20 April and rejected as not a hazard (counts nowhere).
 */
class StatisticsServiceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @TempDir
    Path dir;

    private LedgerFixture ledger;
    private SmallEnterprise e;
    private TieredHazards tiered;
    private Hazard h2;
    private Hazard h5;
    private Hazard h6;

    @BeforeEach
    void ledgerWithHazardsInKnownStates() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        tiered = new TieredHazards(ledger);
        Hazard h1 = tiered.assign(register(e.team(), LocalDate.of(2026, 3, 10), Tier.TEAM, "EQUIPMENT_DEFECT"),
                e.leader(), LocalDate.of(2026, 3, 20));
        tiered.handle(h1, e.team(), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6));
        h2 = tiered.assign(register(e.workshop(), LocalDate.of(2026, 4, 10), Tier.WORKSHOP, "PROCESS_DEFECT"),
                e.director(), LocalDate.of(2026, 5, 1));
        tiered.assign(register(e.post(), LocalDate.of(2026, 5, 2), Tier.TEAM, "EQUIPMENT_DEFECT"),
                e.leader(), LocalDate.of(2026, 6, 30));
        Hazard h4 = tiered.assign(register(e.team(), LocalDate.of(2026, 5, 20), Tier.TEAM, "EQUIPMENT_DEFECT"),
                e.leader(), LocalDate.of(2026, 6, 1));
        tiered.handle(h4, e.team(), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 3));
        h5 = ledger.hazards.register(new HazardDraft(new Registration(e.plant().id(), "合成塔顶部平台",
                LocalDate.of(2026, 6, 1), e.worker().id(), false, HazardSource.PLANT_CHECK, "PROCESS_DEFECT",
                HazardForm.UNSAFE_STATE, "塔顶安全阀起跳压力设定错误"),
                new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT,
                        MajorCriterionCitation.clause("CHEM-03"))));
        h6 = register(e.plant(), LocalDate.of(2026, 3, 1), Tier.PLANT, "EQUIPMENT_DEFECT");
        Hazard h7 = register(e.team(), LocalDate.of(2026, 4, 20), Tier.TEAM, "EQUIPMENT_DEFECT");
        ledger.hazards.perform(h7.id(), h7.revision(), new HazardCommand.RejectNotHazard("经核实不是隐患"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private Hazard register(OrgUnit unit, LocalDate foundOn, Tier tier, String category) {
        ledger.session.signIn(LedgerFixture.CLERK);
        return ledger.hazards.register(new HazardDraft(
                new Registration(unit.id(), unit.name() + "现场", foundOn, e.worker().id(), false,
                        HazardSource.POST_CHECK, category, HazardForm.UNSAFE_STATE, "隐患 " + foundOn),
                new Grading(Grade.GENERAL, "B", null, null, tier)));
    }

    @Test
    void theQuarterFiguresCountEachHazardByItsDates() {
        HazardStatistics f = ledger.statistics.figures(FROM, TO);

        assertThat(f.asOf()).isEqualTo(LedgerFixture.TODAY);
        // found H2 H3 H4 H5; rectified H1 H4; closed H1 H4; open H2 H3 H5 H6; overdue H2
        assertThat(f.total()).isEqualTo(new Counts(4, 2, 2, 4, 1));
        assertThat(f.foundClosed()).isEqualTo(1);
        assertThat(f.rectificationRate()).isEqualByComparingTo("25.0");
        assertThat(f.major()).isEqualTo(new Counts(1, 0, 0, 1, 0));
        assertThat(f.fundsSpent()).isEqualByComparingTo(new BigDecimal("1000.00"));
    }

    @Test
    void everyBreakdownSumsToTheTotal() {
        HazardStatistics f = ledger.statistics.figures(FROM, TO);

        assertThat(sum(f.byTier(), HazardStatistics.TierRow::counts)).isEqualTo(f.total());
        assertThat(sum(f.byCategory(), HazardStatistics.CategoryRow::counts)).isEqualTo(f.total());
        assertThat(sum(f.byUnit(), HazardStatistics.UnitRow::counts)).isEqualTo(f.total());
        assertThat(sum(f.byGrade(), HazardStatistics.GradeRow::counts)).isEqualTo(f.total());
    }

    @Test
    void theBreakdownsNameTiersCategoriesUnitsAndGrades() {
        HazardStatistics f = ledger.statistics.figures(FROM, TO);

        assertThat(f.byTier()).extracting(HazardStatistics.TierRow::tier).containsExactly(Tier.values());
        assertThat(f.byTier()).filteredOn(r -> r.tier() == Tier.TEAM).singleElement()
                .satisfies(r -> assertThat(r.counts()).isEqualTo(new Counts(2, 2, 2, 1, 0)));
        String processName = ledger.referenceData.hazardCategories().stream()
                .filter(c -> c.code().equals("PROCESS_DEFECT")).map(CatalogEntry::nameZh).findFirst().orElseThrow();
        assertThat(f.byCategory()).filteredOn(r -> r.code().equals("PROCESS_DEFECT")).singleElement()
                .satisfies(r -> {
                    assertThat(r.nameZh()).isEqualTo(processName);
                    assertThat(r.counts()).isEqualTo(new Counts(2, 0, 0, 2, 1));
                });
        // H5 and H6 are the plant's own; the rest roll up to the workshop
        assertThat(f.byUnit()).containsExactly(
                new HazardStatistics.UnitRow("一厂", null, new Counts(1, 0, 0, 2, 0)),
                new HazardStatistics.UnitRow("一厂", "合成车间", new Counts(3, 2, 2, 2, 1)));
        assertThat(f.byGrade()).containsExactly(
                new HazardStatistics.GradeRow(Grade.GENERAL, "B", new Counts(3, 2, 2, 3, 1)),
                new HazardStatistics.GradeRow(Grade.MAJOR, null, new Counts(1, 0, 0, 1, 0)));
    }

    @Test
    void theUnionsRecordsCountByIssueAndAnswerDay() {
        ledger.signIn("企业工会主席 (union)", AccountRole.UNION_MEMBER, null);
        UnionRecord stop = ledger.union.issue(new UnionRecordDraft(UnionRecordKind.STOP_PRODUCTION,
                List.of(h5.number().toString()), LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 2),
                "安全阀设定错误", "建议停产整改"));
        ledger.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL, List.of(h6.number().toString()),
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 30), "工艺缺陷", "建议整改"));
        ledger.session.signIn(LedgerFixture.CLERK);
        ledger.union.answer(stop.id(), stop.revision(), new UnionAnswer("已停产整改", LocalDate.of(2026, 6, 2)));

        assertThat(ledger.statistics.figures(FROM, TO).union())
                .isEqualTo(new HazardStatistics.UnionFigures(0, 1, 0, 1));
    }

    @Test
    void theBriefingListsTheMajorHazardsAndTheOverdueOnes() {
        HazardBriefing b = ledger.statistics.briefing(FROM, TO);

        assertThat(b.figures()).isEqualTo(ledger.statistics.figures(FROM, TO));
        assertThat(b.majorHazards()).extracting(HazardRow::number).containsExactly(h5.number().toString());
        assertThat(b.overdue()).extracting(HazardRow::number).containsExactly(h2.number().toString());
    }

    @Test
    void aPeriodWithoutHazardsCountsZero() {
        HazardStatistics f = ledger.statistics.figures(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

        assertThat(f.total()).isEqualTo(Counts.ZERO);
        assertThat(f.rectificationRate()).isNull();
        assertThat(f.fundsSpent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(f.byTier()).hasSize(4).allSatisfy(r -> assertThat(r.counts().isZero()).isTrue());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> ledger.statistics.figures(TO, FROM)).isInstanceOfSatisfying(DomainException.class,
                d -> assertThat(d.messageKey()).isEqualTo("error.statistics.period"));
    }

    private static <T> Counts sum(List<T> rows, Function<T, Counts> counts) {
        return rows.stream().map(counts).reduce(Counts.ZERO, Counts::plus);
    }
}
