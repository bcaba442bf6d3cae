package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** The demo's 安康杯 (last year and this year) and its teams' self-assessments, some short. */
class DemoCupAndTeamsTest {

    @Test
    void theDemoHasTwoCompetitionsWithTheWorkshopsScored() {
        LedgerFixture demo = DemoLedger.shared();
        List<CupCompetition> competitions = demo.campaign.ankangCup().competitions();
        assertThat(competitions).extracting(CupCompetition::period)
                .containsExactly(CupPeriod.year(2025), CupPeriod.year(2026));
        CupBoard current = demo.campaign.ankangCup().board(competitions.get(1).id());
        assertThat(current.standings()).isNotEmpty();
        assertThat(current.standings()).allSatisfy(s -> assertThat(s.unit().tier().name()).isEqualTo("WORKSHOP"));
        assertThat(current.standings().get(0).rank()).isEqualTo(1);
        assertThat(demo.campaign.ankangCup().history()).hasSizeGreaterThan(current.standings().size());
    }

    @Test
    void mostTeamsAreAssessedSomeFailAndSomeAreMissing() {
        LedgerFixture demo = DemoLedger.shared();
        List<TeamRow> rows = demo.campaign.teams().teams();
        List<TeamShortfall> shortList = demo.campaign.teams().stillShort();
        assertThat(rows.stream().filter(r -> r.latest() != null).count()).isGreaterThan(rows.size() / 2);
        assertThat(shortList).extracting(TeamShortfall::reason)
                .contains(TeamShortfall.Reason.FAILED, TeamShortfall.Reason.NOT_ASSESSED_THIS_YEAR);
        assertThat(shortList.size()).isLessThan(rows.size());
    }
}
