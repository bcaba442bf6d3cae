package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How often a unit must hold a round: a frequency at least the tier's minimum, the unit's duty rota,
 * and whether non-working days of the working calendar (weekends and public holidays, make-up days
 * counting as working) are days off.
 *
 * <p>{@code revision} is the stored rule's revision it was read at (optimistic locking): 0 for a
 * rule not stored yet (the tier's default), which a save inserts; a save of a stored revision
 * replaces it only while nobody else has saved the rule since.
 */
public record RoundRule(UUID unitId, InspectionFrequency frequency, Rota rota, boolean skipHolidays,
                        LocalDate requiredFrom, int revision) {

    public static final String FREQUENCY = "frequency";

    public RoundRule {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(frequency, "frequency");
        rota = rota == null ? Rota.EVERY_DAY : rota;
        if (revision < 0) {
            throw new IllegalArgumentException("revision " + revision);
        }
    }

    /** A rule not stored yet (revision 0), held from {@code requiredFrom} (null: from the unit's entry). */
    public RoundRule(UUID unitId, InspectionFrequency frequency, Rota rota, boolean skipHolidays,
                     LocalDate requiredFrom) {
        this(unitId, frequency, rota, skipHolidays, requiredFrom, 0);
    }

    /**
     * A rule held from the day the unit was entered in the ledger. {@code requiredFrom}, when set,
     * is the first day the unit is held to the rule instead (a unit entered late, or set up later).
     */
    public RoundRule(UUID unitId, InspectionFrequency frequency, Rota rota, boolean skipHolidays) {
        this(unitId, frequency, rota, skipHolidays, null);
    }

    public RoundRule withRequiredFrom(LocalDate day) {
        return new RoundRule(unitId, frequency, rota, skipHolidays, day, revision);
    }

    /** The same rule, as read or saved at {@code storedRevision}. */
    public RoundRule withRevision(int storedRevision) {
        return new RoundRule(unitId, frequency, rota, skipHolidays, requiredFrom, storedRevision);
    }

    /** The campaign's rule for the tier: its minimum frequency, every day on duty. */
    public static RoundRule defaultFor(UUID unit, Tier tier) {
        return new RoundRule(unit, tier.minimumFrequency(), Rota.EVERY_DAY, false);
    }

    /** Whether this rule is what {@link #defaultFor} gives (then it need not be stored). */
    public boolean isDefaultFor(Tier tier) {
        return frequency == tier.minimumFrequency() && rota.everyDay() && !skipHolidays && requiredFrom == null;
    }

    /** A unit may inspect more often than its tier's minimum, never less often. */
    public List<FieldError> validate(Tier tier) {
        List<FieldError> errors = new ArrayList<>();
        if (!atLeast(frequency, tier.minimumFrequency())) {
            errors.add(FieldError.of(FREQUENCY, "validation.roundRule.tooRare", tier.labelKey()));
        }
        return errors;
    }

    /** Whether {@code f} is as frequent as {@code minimum} or more (DAILY > WEEKLY > HALF_MONTHLY). */
    public static boolean atLeast(InspectionFrequency f, InspectionFrequency minimum) {
        return f.ordinal() <= minimum.ordinal();
    }
}
