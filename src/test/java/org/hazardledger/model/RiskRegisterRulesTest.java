package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The colour table, the risk-point form rules and the criteria citation rules. */
class RiskRegisterRulesTest {

    private static Lec lec(String l, String e, String c) {
        return new Lec(new BigDecimal(l), new BigDecimal(e), new BigDecimal(c));
    }

    @Test
    void theShippedTableGivesEachBandItsColour() {
        RiskColourTable t = RiskColourTable.DEFAULT;
        assertThat(t.colourOf(lec("3", "6", "40"))).isEqualTo(RiskColour.RED);      // 720
        assertThat(t.colourOf(lec("3", "6", "15"))).isEqualTo(RiskColour.ORANGE);   // 270
        assertThat(t.colourOf(lec("1", "6", "15"))).isEqualTo(RiskColour.YELLOW);   // 90
        assertThat(t.colourOf(lec("1", "6", "7"))).isEqualTo(RiskColour.BLUE);      // 42
        assertThat(t.colourOf(lec("1", "6", "3"))).isEqualTo(RiskColour.BLUE);      // 18
        assertThat(t.validate()).isEmpty();
    }

    @Test
    void anEnterpriseTableMapsLevelsItsOwnWay() {
        Map<Lec.Level, RiskColour> m = new EnumMap<>(RiskColourTable.DEFAULT.colours());
        m.put(Lec.Level.HIGH, RiskColour.RED);
        RiskColourTable t = new RiskColourTable(m);
        assertThat(t.colourOf(lec("3", "6", "15"))).isEqualTo(RiskColour.RED);
        assertThat(t.colourOf(lec("1", "6", "15"))).isEqualTo(RiskColour.YELLOW);
    }

    @Test
    void everyLevelNeedsAColour() {
        Map<Lec.Level, RiskColour> m = new EnumMap<>(RiskColourTable.DEFAULT.colours());
        m.remove(Lec.Level.NOTABLE);
        assertThat(new RiskColourTable(m).validate()).extracting(FieldError::field)
                .containsExactly("colour.NOTABLE");
    }

    @Test
    void aRiskPointFormNeedsItsTextsAndFactorsFromTheScales() {
        RiskPointDraft empty = new RiskPointDraft(null, " ", null, "", null, new BigDecimal("4"), null, "", null);
        assertThat(empty.validate()).extracting(FieldError::field).containsExactlyInAnyOrder(
                RiskPointDraft.UNIT, RiskPointDraft.NAME, RiskPointDraft.HAZARD_FACTORS,
                RiskPointDraft.CONTROL_MEASURES, RiskPointDraft.L, RiskPointDraft.E, RiskPointDraft.C);
        assertThat(empty.lec()).isEmpty();
    }

    private static Grading major(MajorCriterionCitation c) {
        return new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT, c);
    }

    @Test
    void aNewMajorGradingCitesAClauseOrGivesAReason() {
        assertThat(HazardDraft.validateGrading(major(null))).extracting(FieldError::field)
                .containsExactly(HazardDraft.MAJOR_CRITERION);
        assertThat(HazardDraft.validateGrading(major(MajorCriterionCitation.other("  "))))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HazardDraft.MAJOR_CRITERION_REASON,
                        "validation.majorCriterion.reasonRequired"));
        assertThat(HazardDraft.validateGrading(major(MajorCriterionCitation.other("太危险"))))
                .extracting(FieldError::messageKey).containsExactly("validation.tooShort");
        assertThat(HazardDraft.validateGrading(major(MajorCriterionCitation.other("重要负荷单电源，需供电部门新建线路才能消除"))))
                .isEmpty();
        assertThat(HazardDraft.validateGrading(major(MajorCriterionCitation.clause("CHEM-03")))).isEmpty();
    }

    @Test
    void aGeneralGradingCitesNothing() {
        Grading g = new Grading(Grade.GENERAL, "A", null, null, Tier.TEAM, MajorCriterionCitation.clause("CHEM-03"));
        assertThat(HazardDraft.validateGrading(g)).extracting(FieldError::messageKey)
                .containsExactly("validation.majorCriterion.onlyMajor");
    }

    private static final MajorCriterion OLD = new MajorCriterion("X-01", 1, Industry.COAL, "旧标准", "旧条文",
            LocalDate.of(2016, 1, 1));
    private static final MajorCriterion NEW = new MajorCriterion("X-01", 2, Industry.COAL, "新标准", "新条文",
            LocalDate.of(2021, 1, 1));
    private static final MajorCriterion CHEM = new MajorCriterion("C-01", 1, Industry.CHEMICALS, "化工", "条文",
            LocalDate.of(2017, 11, 13));
    private static final MajorCriterion FIRE = new MajorCriterion("F-01", 1, null, "火灾", "条文",
            LocalDate.of(2018, 7, 1));

    @Test
    void theClausesInForceOnADayAreTheLatestVersionsThenInForceWithTheIndustryFirst() {
        List<MajorCriterion> all = List.of(OLD, NEW, CHEM, FIRE);
        assertThat(MajorCriterion.inForceOn(all, LocalDate.of(2017, 12, 1), Industry.CHEMICALS))
                .containsExactly(CHEM, OLD);
        assertThat(MajorCriterion.inForceOn(all, LocalDate.of(2026, 6, 15), Industry.CHEMICALS))
                .containsExactly(CHEM, FIRE, NEW);
        assertThat(MajorCriterion.inForceOn(all, LocalDate.of(2026, 6, 15), Industry.COAL))
                .containsExactly(NEW, FIRE, CHEM);
        assertThat(HazardDraft.validateCitationInForce(major(MajorCriterionCitation.clause("F-01")),
                MajorCriterion.inForceOn(all, LocalDate.of(2017, 12, 1), null)))
                .extracting(FieldError::messageKey).containsExactly("validation.majorCriterion.unknown");
    }
}
