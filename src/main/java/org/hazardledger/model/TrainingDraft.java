package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A training session as typed into the form, before it is recorded. */
public record TrainingDraft(TrainingKind kind, String topic, LocalDate heldOn, BigDecimal hours, String trainer,
                            UUID unitId, String evaluation, List<TrainingAttendance> attendees) {

    public static final int TOPIC_MAX = 200;
    public static final int TRAINER_MAX = 100;
    public static final int EVALUATION_MAX = 4000;
    /** A session lasts at most one day. */
    public static final BigDecimal HOURS_MAX = new BigDecimal("24");

    public static final String KIND = "kind";
    public static final String TOPIC = "topic";
    public static final String HELD_ON = "heldOn";
    public static final String HOURS = "hours";
    public static final String TRAINER = "trainer";
    public static final String UNIT = "unit";
    public static final String EVALUATION = "evaluation";
    public static final String ATTENDEES = "attendees";

    public TrainingDraft {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** Checks what can be checked without the ledger; the service adds the checks that need it. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.required"));
        }
        Texts.required(errors, TOPIC, topic, TOPIC_MAX);
        Texts.required(errors, TRAINER, trainer, TRAINER_MAX);
        Texts.optional(errors, EVALUATION, evaluation, EVALUATION_MAX);
        Texts.date(errors, HELD_ON, heldOn, today);
        if (hours == null) {
            errors.add(FieldError.of(HOURS, "validation.required"));
        } else if (hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0) {
            errors.add(FieldError.of(HOURS, "validation.training.hoursRange", hours.toPlainString()));
        } else if (hours.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(HOURS, "validation.training.hoursScale"));
        }
        if (unitId == null) {
            errors.add(FieldError.of(UNIT, "validation.required"));
        }
        if (attendees.isEmpty()) {
            errors.add(FieldError.of(ATTENDEES, "validation.training.noAttendees"));
        } else {
            Set<UUID> seen = new HashSet<>();
            for (TrainingAttendance a : attendees) {
                if (a.personId() == null || !seen.add(a.personId())) {
                    errors.add(FieldError.of(ATTENDEES, "validation.training.duplicateAttendee"));
                    break;
                }
                if (a.score() != null && (a.score().signum() < 0 || a.score().compareTo(TrainingAttendance.SCORE_MAX) > 0)) {
                    errors.add(FieldError.of(ATTENDEES, "validation.training.scoreRange", a.score().toPlainString()));
                    break;
                }
            }
        }
        return errors;
    }
}
