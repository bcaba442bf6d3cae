package org.hazardledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment scored. The total is the points given as a percentage of the points possible (one
 * decimal; the shipped checklist is worth exactly 100). A team passes when the total is at least
 * {@link #PASS_TOTAL} and no section is below {@link #SECTION_MIN_PERCENT} per cent of its points.
 */
public record TeamResult(TeamAssessment assessment, List<TeamSectionScore> sections, int points, int maxPoints,
                         BigDecimal total, boolean passed) {

    /** The least total (per cent) a standardised safe team must reach. */
    public static final BigDecimal PASS_TOTAL = new BigDecimal("80");
    /** The least share (per cent) of each section's points. */
    public static final int SECTION_MIN_PERCENT = 60;

    public TeamResult {
        sections = List.copyOf(sections);
    }

    /** Scores {@code a} section by section, in the order of {@code checklist}. */
    public static TeamResult of(TeamAssessment a, List<TeamCheckItem> checklist) {
        Map<String, int[]> bySection = new LinkedHashMap<>();
        Map<String, TeamCheckItem> heads = new LinkedHashMap<>();
        for (TeamCheckItem item : checklist) {
            Integer max = a.maxPoints().get(item.code());
            if (max == null) {
                continue;
            }
            heads.putIfAbsent(item.sectionCode(), item);
            int[] sum = bySection.computeIfAbsent(item.sectionCode(), k -> new int[2]);
            sum[0] += a.points().getOrDefault(item.code(), 0);
            sum[1] += max;
        }
        List<TeamSectionScore> sections = new ArrayList<>();
        int points = 0;
        int max = 0;
        boolean allSections = true;
        for (Map.Entry<String, int[]> e : bySection.entrySet()) {
            int[] sum = e.getValue();
            boolean ok = sectionPasses(sum[0], sum[1]);
            allSections &= ok;
            TeamCheckItem head = heads.get(e.getKey());
            sections.add(new TeamSectionScore(e.getKey(), head.sectionName(), head.sectionKind(), sum[0], sum[1], ok));
            points += sum[0];
            max += sum[1];
        }
        BigDecimal total = percent(points, max);
        return new TeamResult(a, sections, points, max, total, allSections && total.compareTo(PASS_TOTAL) >= 0);
    }

    static boolean sectionPasses(int points, int max) {
        return max == 0 || points * 100 >= max * SECTION_MIN_PERCENT;
    }

    /** {@code points} out of {@code max} in per cent, one decimal. */
    public static BigDecimal percent(int points, int max) {
        return max == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(points * 100L).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP);
    }

    /** The sections below their minimum. */
    public List<TeamSectionScore> failingSections() {
        return sections.stream().filter(s -> !s.passed()).toList();
    }
}
