package org.hazardledger.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The rungs an overdue hazard climbs: every {@code escalationDays} calendar days past its deadline
 * it goes one level higher than the tier that rectifies it — the next tier's head, then the next, up
 * to the plant — and finally to the principal. A plant-tier hazard goes straight to the principal.
 * Level 0 means not escalated.
 */
public final class EscalationLadder {

    private EscalationLadder() {
    }

    /** How many rungs there are above {@code rectifying}: the higher tiers and the principal. */
    public static int levels(Tier rectifying) {
        return Tier.values().length - rectifying.ordinal();
    }

    /** The tier of rung {@code level} (1-based); empty for the last rung, the principal. */
    public static Optional<Tier> tierAt(Tier rectifying, int level) {
        if (level < 1 || level > levels(rectifying)) {
            throw new IllegalArgumentException("no rung " + level + " above " + rectifying);
        }
        int ordinal = rectifying.ordinal() + level;
        return ordinal < Tier.values().length ? Optional.of(Tier.values()[ordinal]) : Optional.empty();
    }

    /** Calendar days past {@code deadline} on {@code today} (0 on the deadline day or before it). */
    public static int daysOverdue(LocalDate deadline, LocalDate today) {
        return deadline == null || !today.isAfter(deadline) ? 0 : (int) ChronoUnit.DAYS.between(deadline, today);
    }

    /** The rung reached after {@code daysOverdue} days, at most the last. */
    public static int levelFor(int daysOverdue, int escalationDays, Tier rectifying) {
        if (escalationDays < 1) {
            throw new IllegalArgumentException("escalation days must be at least 1");
        }
        return Math.min(Math.max(daysOverdue, 0) / escalationDays, levels(rectifying));
    }

    /**
     * Who heads a unit of {@code tier}, in order of preference: the team leader (班组长), the workshop
     * director (车间主任), the plant's safety officer (安全管理) or else a principal placed at the plant.
     */
    public static List<Role> headRoles(Tier tier) {
        return switch (tier) {
            case POST -> List.of(Role.WORKER);
            case TEAM -> List.of(Role.TEAM_LEADER);
            case WORKSHOP -> List.of(Role.WORKSHOP_DIRECTOR);
            case PLANT -> List.of(Role.SAFETY_OFFICER, Role.PRINCIPAL);
        };
    }
}
