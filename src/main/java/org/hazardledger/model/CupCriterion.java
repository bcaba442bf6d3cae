package org.hazardledger.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A criterion of a 安康杯 competition with its weight in percent. The weights of a competition's
 * criteria are whole numbers from 1 to 100 that sum to exactly {@link #TOTAL_WEIGHT}.
 */
public record CupCriterion(String code, String name, int weight, int sortOrder) {

    public static final int TOTAL_WEIGHT = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,20}");

    /** Refuses a list whose codes, names or weights are not acceptable: the ledger keeps the old list. */
    public static void requireValid(List<CupCriterion> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            throw new DomainException("error.cup.noCriteria");
        }
        Set<String> codes = new HashSet<>();
        int sum = 0;
        for (CupCriterion c : criteria) {
            if (c.code() == null || !CODE.matcher(c.code()).matches()) {
                throw new DomainException("error.cup.criterionCode", c.code() == null ? "" : c.code());
            }
            if (!codes.add(c.code())) {
                throw new DomainException("error.cup.criterionDuplicate", c.code());
            }
            if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
                throw new DomainException("error.cup.criterionName", c.code());
            }
            if (c.weight() < 1 || c.weight() > TOTAL_WEIGHT) {
                throw new DomainException("error.cup.weightRange", c.name(), c.weight());
            }
            sum += c.weight();
        }
        if (sum != TOTAL_WEIGHT) {
            throw new DomainException("error.cup.weightsNot100", sum);
        }
    }
}
