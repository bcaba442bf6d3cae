package org.hazardledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A participating unit's place in a 安康杯 competition: its scores per criterion, the weighted total
 * (Σ score × weight ÷ 100, two decimals; a criterion not yet scored counts 0) and its rank. Units
 * with equal totals share a rank (1, 2, 2, 4) and are listed by unit code.
 */
public record CupStanding(int rank, OrgUnit unit, Map<String, BigDecimal> scores, BigDecimal total,
                          int scoredCount) {

    public static final BigDecimal MAX_SCORE = new BigDecimal("100");

    /** Refuses a score outside 0–100 or with more than one decimal. */
    public static BigDecimal requireValidScore(BigDecimal score) {
        if (score == null) {
            throw new DomainException("error.cup.scoreRange", "");
        }
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0 || score.stripTrailingZeros().scale() > 1) {
            throw new DomainException("error.cup.scoreRange", score.toPlainString());
        }
        return score.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The weighted total of {@code scores} (by criterion code) under {@code criteria}. */
    public static BigDecimal weightedTotal(List<CupCriterion> criteria, Map<String, BigDecimal> scores) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CupCriterion c : criteria) {
            BigDecimal s = scores.get(c.code());
            if (s != null) {
                sum = sum.add(s.multiply(BigDecimal.valueOf(c.weight())));
            }
        }
        return sum.divide(BigDecimal.valueOf(CupCriterion.TOTAL_WEIGHT), 2, RoundingMode.HALF_UP);
    }

    /** The ranking of {@code units} by weighted total, best first; ties share a rank, ordered by unit code. */
    public static List<CupStanding> rank(List<CupCriterion> criteria, List<OrgUnit> units,
                                         Map<java.util.UUID, Map<String, BigDecimal>> scoresByUnit) {
        List<CupStanding> unranked = new ArrayList<>();
        for (OrgUnit u : units) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            Map<String, BigDecimal> given = scoresByUnit.getOrDefault(u.id(), Map.of());
            int scored = 0;
            for (CupCriterion c : criteria) {
                BigDecimal s = given.get(c.code());
                if (s != null) {
                    scores.put(c.code(), s);
                    scored++;
                }
            }
            unranked.add(new CupStanding(0, u, Map.copyOf(scores), weightedTotal(criteria, scores), scored));
        }
        unranked.sort(Comparator.comparing(CupStanding::total).reversed()
                .thenComparing(st -> st.unit().code()));
        List<CupStanding> out = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < unranked.size(); i++) {
            CupStanding st = unranked.get(i);
            if (previous == null || st.total().compareTo(previous) != 0) {
                rank = i + 1;
                previous = st.total();
            }
            out.add(new CupStanding(rank, st.unit(), st.scores(), st.total(), st.scoredCount()));
        }
        return out;
    }

    /** Whether every criterion has a score. */
    public boolean complete(int criteriaCount) {
        return scoredCount == criteriaCount;
    }
}
