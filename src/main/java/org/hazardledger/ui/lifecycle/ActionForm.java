package org.hazardledger.ui.lifecycle;

import java.util.List;

import org.hazardledger.model.HazardAction;

/**
 * Which inputs the form of one lifecycle action shows, and the bundle keys of their labels: the
 * field names are the ones the model names in its refusals, so each refusal lands at its field.
 */
record ActionForm(List<String> fields, String dateLabelKey, String textField, String textLabelKey) {

    static final String ON = "on";
    static final String REASON = "reason";
    static final String EVIDENCE = "evidence";
    static final String RESULT = "result";
    static final String NOTE = "note";
    static final String PLAN = "plan";
    static final String INTO = "into";
    static final String RECHECKER = "rechecker";
    static final String MEASURES = "measures";
    static final String INTERIM = "interimSafeguards";
    static final String RESPONSIBLE = "responsible";
    static final String DEADLINE = "deadline";
    static final String FUNDS = "funds";
    static final String STANDARD = "acceptanceStandard";
    static final String ACCEPTOR = "acceptor";
    static final String GRADE = "grade";
    static final String SUB_GRADE = "subGrade";
    static final String MAJOR_REASON = "majorReason";
    static final String TIER = "rectifyingTier";
    static final String MAJOR_CRITERION = org.hazardledger.model.HazardDraft.MAJOR_CRITERION;
    static final String MAJOR_CRITERION_REASON = org.hazardledger.model.HazardDraft.MAJOR_CRITERION_REASON;

    static ActionForm of(HazardAction action) {
        return switch (action) {
            case REGRADE -> new ActionForm(List.of(GRADE, SUB_GRADE, MAJOR_REASON, MAJOR_CRITERION, MAJOR_CRITERION_REASON,
                    TIER), null, null, null);
            case ASSIGN -> new ActionForm(List.of(MEASURES, INTERIM, RESPONSIBLE, DEADLINE, FUNDS, STANDARD, ACCEPTOR,
                    PLAN), null, null, null);
            case APPROVE_PLAN -> dated("actionForm.on.approved", null, null);
            case ESCALATE -> text(REASON, "actionForm.reason.escalate");
            case REPORT_RECTIFIED -> dated("actionForm.on.rectified", EVIDENCE, "actionForm.evidence");
            case ACCEPT -> dated("actionForm.on.accepted", RESULT, "actionForm.result.accept");
            case REJECT_ACCEPTANCE -> text(REASON, "actionForm.reason.rejectAcceptance");
            case SIGN_OFF -> dated("actionForm.on.signed", NOTE, "actionForm.note");
            case CLOSE -> dated("actionForm.on.closed", null, null);
            case RECHECK_PASS -> new ActionForm(List.of(ON, RECHECKER, RESULT), "actionForm.on.rechecked", RESULT,
                    "actionForm.result.recheck");
            case RECHECK_FAIL -> new ActionForm(List.of(ON, RECHECKER, RESULT), "actionForm.on.rechecked", RESULT,
                    "actionForm.finding");
            case REJECT_NOT_HAZARD -> text(REASON, "actionForm.reason.notHazard");
            case MERGE_DUPLICATE -> new ActionForm(List.of(INTO, REASON), null, REASON, "actionForm.reason.merge");
            case REOPEN -> text(REASON, "actionForm.reason.reopen");
        };
    }

    private static ActionForm dated(String dateLabel, String textField, String textLabel) {
        return textField == null ? new ActionForm(List.of(ON), dateLabel, null, null)
                : new ActionForm(List.of(ON, textField), dateLabel, textField, textLabel);
    }

    private static ActionForm text(String field, String label) {
        return new ActionForm(List.of(field), null, field, label);
    }

    boolean has(String field) {
        return fields.contains(field);
    }
}
