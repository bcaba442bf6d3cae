package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A proposal as typed in: who proposes what, in which category, when, and the hazards it concerns. */
public record ProposalDraft(ProposalCategory category, String title, String content, UUID proposerId,
                            LocalDate submittedOn, List<String> hazardNumbers) {

    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 4000;

    public static final String CATEGORY = "category";
    public static final String TITLE = "title";
    public static final String CONTENT = "content";
    public static final String PROPOSER = "proposer";
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String HAZARDS = "hazards";

    public ProposalDraft {
        hazardNumbers = hazardNumbers == null ? List.of() : hazardNumbers.stream().filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().toList();
    }

    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (category == null) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        Texts.required(errors, TITLE, title, TITLE_MAX);
        Texts.required(errors, CONTENT, content, CONTENT_MAX);
        if (proposerId == null) {
            errors.add(FieldError.of(PROPOSER, "validation.required"));
        }
        Texts.date(errors, SUBMITTED_ON, submittedOn, today);
        return errors;
    }
}
