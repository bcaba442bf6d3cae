package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A team passes with a total of at least 80 and every section at 60 % of its points or more. */
class TeamResultTest {

    // two sections of 50 points each
    private static final List<TeamCheckItem> CHECKLIST = List.of(
            new TeamCheckItem("A1-1", "A1", TeamSectionKind.ABILITY, "安全管理能力", "制度", 30, 1),
            new TeamCheckItem("A1-2", "A1", TeamSectionKind.ABILITY, "安全管理能力", "班前会", 20, 2),
            new TeamCheckItem("S1-1", "S1", TeamSectionKind.STANDARD, "安全责任全员化", "责任书", 50, 3));

    private static TeamResult score(int a1, int a2, int s1) {
        Map<String, Integer> points = Map.of("A1-1", a1, "A1-2", a2, "S1-1", s1);
        Map<String, Integer> max = new HashMap<>();
        CHECKLIST.forEach(i -> max.put(i.code(), i.maxPoints()));
        return TeamResult.of(new TeamAssessment(null, null, null, "x", null, points, max, "x", null), CHECKLIST);
    }

    @Test
    void eightyWithEverySectionAtSixtyPercentPasses() {
        TeamResult r = score(30, 20, 30); // 80; S1 30/50 = 60 %
        assertThat(r.total()).isEqualByComparingTo("80.0");
        assertThat(r.passed()).isTrue();
        assertThat(r.sections()).extracting(TeamSectionScore::points).containsExactly(50, 30);
    }

    @Test
    void aSectionBelowSixtyPercentFailsWhateverTheTotal() {
        TeamResult r = score(30, 20, 29); // 79
        assertThat(r.passed()).isFalse();
        assertThat(r.failingSections()).extracting(TeamSectionScore::sectionCode).containsExactly("S1");
        assertThat(r.total()).isEqualByComparingTo("79.0");
    }

    @Test
    void aHighTotalWithOneWeakSectionFails() {
        List<TeamCheckItem> list = List.of(
                new TeamCheckItem("A", "A1", TeamSectionKind.ABILITY, "应急处置能力", "演练", 20, 1),
                new TeamCheckItem("S", "S1", TeamSectionKind.STANDARD, "作业现场标准化", "定置", 80, 2));
        TeamResult r = TeamResult.of(new TeamAssessment(null, null, null, "x", null, Map.of("A", 10, "S", 80),
                Map.of("A", 20, "S", 80), "x", null), list);
        assertThat(r.total()).isEqualByComparingTo("90.0");
        assertThat(r.passed()).isFalse();
        assertThat(r.failingSections()).extracting(TeamSectionScore::sectionName).containsExactly("应急处置能力");
    }

    @Test
    void aLowTotalFailsEvenWithEverySectionAboveItsMinimum() {
        TeamResult r = score(20, 15, 40); // 75; A1 35/50 = 70 %, S1 80 %
        assertThat(r.failingSections()).isEmpty();
        assertThat(r.passed()).isFalse();
    }

    @Test
    void theTotalIsAPercentageOfThePointsPossible() {
        assertThat(TeamResult.percent(45, 60)).isEqualByComparingTo("75.0");
        assertThat(TeamResult.percent(0, 0)).isEqualByComparingTo("0.0");
    }
}
