package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesTest {

    @Test
    void tiersEscalateOneStepAtATimeUpToThePlant() {
        assertThat(Tier.POST.next()).contains(Tier.TEAM);
        assertThat(Tier.WORKSHOP.next()).contains(Tier.PLANT);
        assertThat(Tier.PLANT.next()).isEmpty();
        assertThat(Tier.TEAM.minimumFrequency()).isEqualTo(InspectionFrequency.DAILY);
        assertThat(Tier.WORKSHOP.minimumFrequency()).isEqualTo(InspectionFrequency.WEEKLY);
        assertThat(Tier.PLANT.minimumFrequency()).isEqualTo(InspectionFrequency.HALF_MONTHLY);
    }

    @Test
    void hazardNumbersPrintAndParseTheLedgerFormat() {
        HazardNumber n = new HazardNumber(YearMonth.of(2026, 3), 42);
        assertThat(n).hasToString("YH-2026-03-0042");
        assertThat(HazardNumber.parse(" YH-2026-03-0042 ")).isEqualTo(n);
        assertThat(HazardNumber.parse("YH-2026-12-12345").sequence()).isEqualTo(12345);
        assertThatThrownBy(() -> HazardNumber.parse("2026-03-42")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("error.hazardNumber.format"));
    }

    @ParameterizedTest
    @CsvSource({"10,10,100,10000,EXTREME", "6,6,15,540,EXTREME", "3,6,15,270,HIGH", "1,6,15,90,NOTABLE",
            "6,6,7,252,HIGH", "3,3,7,63,GENERAL", "1,1,15,15,ACCEPTABLE", "0.5,6,7,21,GENERAL",
            "1,10,7,70,NOTABLE", "1,2,10,20,GENERAL"})
    void lecScoresFallIntoTheirBands(String l, String e, String c, String d, Lec.Level level) {
        if (!Lec.C_VALUES.contains(new BigDecimal(c))) {
            assertThatThrownBy(() -> new Lec(new BigDecimal(l), new BigDecimal(e), new BigDecimal(c)))
                    .isInstanceOf(DomainException.class);
            return;
        }
        Lec lec = new Lec(new BigDecimal(l), new BigDecimal(e), new BigDecimal(c));
        assertThat(lec.score()).isEqualByComparingTo(d);
        assertThat(lec.level()).isEqualTo(level);
    }

    @Test
    void overdueStartsTheDayAfterTheDeadlineAndEndsWithClosure() {
        LocalDate deadline = LocalDate.of(2026, 6, 30);
        assertThat(Hazard.isOverdue(HazardStatus.RECTIFYING, deadline, deadline)).isFalse();
        assertThat(Hazard.isOverdue(HazardStatus.RECTIFYING, deadline, deadline.plusDays(1))).isTrue();
        assertThat(Hazard.isOverdue(HazardStatus.CLOSED, deadline, deadline.plusDays(1))).isFalse();
        assertThat(Hazard.isOverdue(HazardStatus.REGISTERED, null, deadline.plusDays(1))).isFalse();
    }
}
