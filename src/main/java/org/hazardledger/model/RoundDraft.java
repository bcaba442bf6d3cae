package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An inspection round as typed in, before it is recorded. */
public record RoundDraft(UUID unitId, LocalDate heldOn, List<UUID> inspectorIds, String checklistCode,
                         List<RoundItemResult> results, String note) {

    /** How far back a round may be entered (records are kept two years). */
    public static final int YEARS_BACK = 2;
    public static final int NOTE_MAX = 2000;
    public static final int ITEM_NOTE_MAX = 500;

    public static final String UNIT = "unit";
    public static final String HELD_ON = "heldOn";
    public static final String INSPECTORS = "inspectors";
    public static final String CHECKLIST = "checklist";
    public static final String RESULTS = "results";
    public static final String NOTE = "note";

    public RoundDraft {
        // a copy that may hold a null (an empty picker), so validate() can name it
        inspectorIds = inspectorIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(inspectorIds));
        results = results == null ? List.of() : List.copyOf(results);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A round where every item of {@code checklist} is OK: the one-key quick entry. */
    public static RoundDraft allOk(UUID unitId, LocalDate day, List<UUID> inspectors, Checklist checklist) {
        List<RoundItemResult> ok = new ArrayList<>();
        for (ChecklistItem i : checklist.items()) {
            ok.add(RoundItemResult.ok(i));
        }
        return new RoundDraft(unitId, day, inspectors, checklist.code(), ok, null);
    }

    /** Checks what can be checked without the ledger; the service checks unit, people and checklist. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (unitId == null) {
            errors.add(FieldError.of(UNIT, "validation.required"));
        }
        if (heldOn == null) {
            errors.add(FieldError.of(HELD_ON, "validation.required"));
        } else if (heldOn.isAfter(today)) {
            errors.add(FieldError.of(HELD_ON, "validation.round.future"));
        } else if (heldOn.isBefore(today.minusYears(YEARS_BACK))) {
            errors.add(FieldError.of(HELD_ON, "validation.round.tooOld", YEARS_BACK));
        }
        if (inspectorIds.isEmpty()) {
            errors.add(FieldError.of(INSPECTORS, "validation.round.inspectors"));
        } else if (new HashSet<>(inspectorIds).size() != inspectorIds.size() || inspectorIds.contains(null)) {
            errors.add(FieldError.of(INSPECTORS, "validation.round.inspectorTwice"));
        }
        if (checklistCode == null || checklistCode.isBlank()) {
            errors.add(FieldError.of(CHECKLIST, "validation.required"));
        }
        if (results.isEmpty()) {
            errors.add(FieldError.of(RESULTS, "validation.round.noResults"));
        } else {
            Set<String> codes = new HashSet<>();
            for (RoundItemResult r : results) {
                if (!codes.add(r.itemCode())) {
                    errors.add(FieldError.of(RESULTS, "validation.round.resultsMismatch"));
                    break;
                }
                if (r.note() != null && r.note().length() > ITEM_NOTE_MAX) {
                    errors.add(FieldError.of(RESULTS, "validation.tooLong", ITEM_NOTE_MAX));
                    break;
                }
            }
        }
        if (note != null && note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        return errors;
    }

    /** Whether the results answer exactly the items of {@code checklist}, in any order. */
    public boolean matches(Checklist checklist) {
        if (results.size() != checklist.items().size()) {
            return false;
        }
        Set<String> expected = new HashSet<>();
        checklist.items().forEach(i -> expected.add(i.code()));
        for (RoundItemResult r : results) {
            if (!expected.remove(r.itemCode())) {
                return false;
            }
        }
        return expected.isEmpty();
    }
}
