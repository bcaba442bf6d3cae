package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One clause of an industry's major-hazard criteria (重大事故隐患判定标准), as versioned reference data.
 * The clause text is a short paraphrase in our own words, not the regulation's text.
 *
 * @param industry the industry it applies to; null = any industry (fire, gas)
 */
public record MajorCriterion(String code, int version, Industry industry, String instrument, String clause,
                             LocalDate inForceFrom) {

    /**
     * The clauses in force on {@code day}: of each code the latest version in force by then; those of
     * {@code industry} first, then those for any industry, then the other industries', each by code.
     */
    public static List<MajorCriterion> inForceOn(List<MajorCriterion> all, LocalDate day, Industry industry) {
        Map<String, MajorCriterion> latest = new LinkedHashMap<>();
        for (MajorCriterion c : all) {
            if (day != null && c.inForceFrom().isAfter(day)) {
                continue;
            }
            latest.merge(c.code(), c, (a, b) -> a.version() >= b.version() ? a : b);
        }
        List<MajorCriterion> result = new ArrayList<>(latest.values());
        result.sort(Comparator.comparingInt((MajorCriterion c) -> c.rank(industry)).thenComparing(MajorCriterion::code));
        return result;
    }

    /** The clause of {@code code} in force on {@code day}, if any. */
    public static Optional<MajorCriterion> find(List<MajorCriterion> all, String code, LocalDate day) {
        return inForceOn(all, day, null).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private int rank(Industry preferred) {
        if (preferred != null && industry == preferred) {
            return 0;
        }
        return industry == null ? 1 : 2;
    }

    /** "GM-2023-01 工贸企业重大事故隐患判定标准: …" : what a chooser shows. */
    public String display() {
        return code + "  " + instrument + "：" + clause;
    }
}
