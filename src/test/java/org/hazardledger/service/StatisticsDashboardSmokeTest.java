package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hazardledger.model.Dashboard;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

class StatisticsDashboardSmokeTest {

    @Test
    void theDemoDashboardHasEveryPart() {
        LedgerFixture demo = DemoLedger.shared();
        Dashboard d = demo.statistics.dashboard(DashboardFilter.period(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)));
        assertThat(d.byMonth()).hasSize(6);
        assertThat(d.byTier()).hasSize(4);
        assertThat(d.asOf()).isEqualTo(LedgerFixture.TODAY);
        assertThat(d.byCategory()).isNotEmpty();
        assertThat(d.compliance()).isNotEmpty();
        assertThat(d.participation().workers()).isPositive();
    }
}
