package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

    @Test
    void eachTierClimbsThroughTheHigherTiersToThePrincipal() {
        assertThat(rungs(Tier.POST)).containsExactly(Optional.of(Tier.TEAM), Optional.of(Tier.WORKSHOP),
                Optional.of(Tier.PLANT), Optional.empty());
        assertThat(rungs(Tier.TEAM)).containsExactly(Optional.of(Tier.WORKSHOP), Optional.of(Tier.PLANT),
                Optional.empty());
        assertThat(rungs(Tier.PLANT)).containsExactly(Optional.empty());
        assertThatThrownBy(() -> EscalationLadder.tierAt(Tier.PLANT, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneRungPerPeriodOverdueAndNoFurtherThanThePrincipal() {
        LocalDate deadline = LocalDate.of(2026, 6, 15);
        assertThat(EscalationLadder.daysOverdue(deadline, deadline)).isZero();
        assertThat(EscalationLadder.daysOverdue(deadline, deadline.minusDays(3))).isZero();
        assertThat(EscalationLadder.daysOverdue(deadline, LocalDate.of(2026, 7, 1))).isEqualTo(16);
        assertThat(EscalationLadder.levelFor(2, 3, Tier.TEAM)).isZero();
        assertThat(EscalationLadder.levelFor(3, 3, Tier.TEAM)).isEqualTo(1);
        assertThat(EscalationLadder.levelFor(8, 3, Tier.TEAM)).isEqualTo(2);
        assertThat(EscalationLadder.levelFor(9, 3, Tier.TEAM)).isEqualTo(3);
        assertThat(EscalationLadder.levelFor(300, 3, Tier.TEAM)).isEqualTo(3);
        assertThat(EscalationLadder.levelFor(1, 1, Tier.PLANT)).isEqualTo(1);
    }

    @Test
    void settingsOutsideOneToNinetyDaysAreRefusedAtTheirField() {
        assertThat(new ReminderSettings(1, 90).validate()).isEmpty();
        assertThat(new ReminderSettings(0, 91).validate()).extracting(FieldError::field)
                .containsExactly(ReminderSettings.ESCALATION_DAYS, ReminderSettings.DUE_SOON_DAYS);
    }

    private static List<Optional<Tier>> rungs(Tier t) {
        List<Optional<Tier>> out = new ArrayList<>();
        for (int level = 1; level <= EscalationLadder.levels(t); level++) {
            out.add(EscalationLadder.tierAt(t, level));
        }
        return out;
    }
}
