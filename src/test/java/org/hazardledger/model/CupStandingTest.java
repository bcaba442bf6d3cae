package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The 安康杯 rules: weights summing to 100, scores 0–100, weighted totals and shared ranks. */
class CupStandingTest {

    private static final List<CupCriterion> CRITERIA = List.of(new CupCriterion("A", "整改率", 60, 1),
            new CupCriterion("B", "培训", 40, 2));

    private static OrgUnit unit(String code) {
        return new OrgUnit(UUID.randomUUID(), null, Tier.WORKSHOP, code, "车间" + code, false);
    }

    private static Map<String, BigDecimal> scores(String a, String b) {
        return Map.of("A", new BigDecimal(a), "B", new BigDecimal(b));
    }

    @Test
    void weightsMustSumToExactlyOneHundred() {
        CupCriterion.requireValid(CRITERIA);
        assertThatThrownBy(() -> CupCriterion.requireValid(List.of(new CupCriterion("A", "整改率", 60, 1),
                new CupCriterion("B", "培训", 30, 2))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.cup.weightsNot100");
                    assertThat(e.args()).containsExactly(90);
                });
    }

    @Test
    void criteriaNeedCodesNamesAndWeightsInRange() {
        assertThatThrownBy(() -> CupCriterion.requireValid(List.of())).hasMessageStartingWith("error.cup.noCriteria");
        assertThatThrownBy(() -> CupCriterion.requireValid(List.of(new CupCriterion("A", "x", 100, 1),
                new CupCriterion("A", "y", 0, 2)))).hasMessageStartingWith("error.cup.criterionDuplicate");
        assertThatThrownBy(() -> CupCriterion.requireValid(List.of(new CupCriterion("A", " ", 100, 1))))
                .hasMessageStartingWith("error.cup.criterionName");
        assertThatThrownBy(() -> CupCriterion.requireValid(List.of(new CupCriterion("A", "x", 110, 1),
                new CupCriterion("B", "y", -10, 2)))).hasMessageStartingWith("error.cup.weightRange");
        assertThatThrownBy(() -> CupCriterion.requireValid(List.of(new CupCriterion("a b", "x", 100, 1))))
                .hasMessageStartingWith("error.cup.criterionCode");
    }

    @Test
    void scoresAreZeroToHundredWithOneDecimalAtMost() {
        assertThat(CupStanding.requireValidScore(new BigDecimal("87.5"))).isEqualByComparingTo("87.5");
        assertThat(CupStanding.requireValidScore(new BigDecimal("100"))).isEqualByComparingTo("100");
        assertThat(CupStanding.requireValidScore(new BigDecimal("0"))).isEqualByComparingTo("0");
        for (String bad : List.of("-1", "100.1", "99.25")) {
            assertThatThrownBy(() -> CupStanding.requireValidScore(new BigDecimal(bad)))
                    .hasMessageStartingWith("error.cup.scoreRange");
        }
    }

    @Test
    void theTotalIsWeightedAndUnscoredCriteriaCountZero() {
        assertThat(CupStanding.weightedTotal(CRITERIA, scores("90", "80"))).isEqualByComparingTo("86.00");
        assertThat(CupStanding.weightedTotal(CRITERIA, Map.of("A", new BigDecimal("90"))))
                .isEqualByComparingTo("54.00");
    }

    @Test
    void tiesShareARankAndAreOrderedByUnitCode() {
        OrgUnit w3 = unit("W3");
        OrgUnit w1 = unit("W1");
        OrgUnit w2 = unit("W2");
        OrgUnit w4 = unit("W4");
        List<CupStanding> ranked = CupStanding.rank(CRITERIA, List.of(w3, w1, w2, w4), Map.of(
                w3.id(), scores("90", "80"),     // 86
                w1.id(), scores("80", "95"),     // 86
                w2.id(), scores("100", "100"),   // 100
                w4.id(), scores("50", "50")));   // 50
        assertThat(ranked).extracting(s -> s.unit().code()).containsExactly("W2", "W1", "W3", "W4");
        assertThat(ranked).extracting(CupStanding::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked.get(1).complete(2)).isTrue();
    }

    @Test
    void periodsReadAndCompare() {
        assertThat(CupPeriod.parse("2026").kind()).isEqualTo(CupPeriod.Kind.YEAR);
        assertThat(CupPeriod.parse("2026-H2").lastDay()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(CupPeriod.parse("2026-Q2").firstDay()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        assertThat(CupPeriod.parse("2026").compareTo(CupPeriod.parse("2026-Q1"))).isNegative();
        assertThatThrownBy(() -> CupPeriod.parse("2026-Q5")).hasMessageStartingWith("error.cup.periodInvalid");
        assertThatThrownBy(() -> CupPeriod.parse("26")).hasMessageStartingWith("error.cup.periodInvalid");
    }
}
