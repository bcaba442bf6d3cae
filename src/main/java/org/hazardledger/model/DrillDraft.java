package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** An emergency drill as typed into the form: scenario, day, unit, participants, evaluation, findings. */
public record DrillDraft(String scenario, LocalDate heldOn, UUID unitId, List<UUID> participantIds,
                         String evaluation, List<String> findings) {

    public static final int SCENARIO_MAX = 200;
    public static final int EVALUATION_MAX = 4000;
    public static final int FINDING_MAX = 2000;

    public static final String SCENARIO = "scenario";
    public static final String HELD_ON = "heldOn";
    public static final String UNIT = "unit";
    public static final String PARTICIPANTS = "participants";
    public static final String EVALUATION = "evaluation";
    public static final String FINDINGS = "findings";

    public DrillDraft {
        participantIds = participantIds == null ? List.of()
                : java.util.Collections.unmodifiableList(new ArrayList<>(participantIds));
        findings = findings == null ? List.of()
                : findings.stream().filter(f -> f != null && !f.isBlank()).map(String::strip).toList();
    }

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Texts.required(errors, SCENARIO, scenario, SCENARIO_MAX);
        Texts.date(errors, HELD_ON, heldOn, today);
        if (unitId == null) {
            errors.add(FieldError.of(UNIT, "validation.required"));
        }
        if (participantIds.isEmpty()) {
            errors.add(FieldError.of(PARTICIPANTS, "validation.drill.noParticipants"));
        } else if (participantIds.stream().anyMatch(java.util.Objects::isNull)
                || new HashSet<>(participantIds).size() != participantIds.size()) {
            errors.add(FieldError.of(PARTICIPANTS, "validation.training.duplicateAttendee"));
        }
        Texts.optional(errors, EVALUATION, evaluation, EVALUATION_MAX);
        for (String f : findings) {
            if (f.length() > FINDING_MAX) {
                errors.add(FieldError.of(FINDINGS, "validation.tooLong", FINDING_MAX));
                break;
            }
        }
        return errors;
    }
}
