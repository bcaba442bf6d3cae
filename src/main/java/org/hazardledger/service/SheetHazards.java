package org.hazardledger.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Handling;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;

/**
 * Turns one sheet line into a hazard as it stands (the inverse of {@link SheetLines}), with the
 * defaults for absent columns and the checks of decision 0017. Nothing is written; units and people
 * come from a {@link SheetResolver} (found, or planned for creation).
 *
 * <p>Defaults: PLACE the unit's own name; FINDER absent = anonymous (the sheet does not say who);
 * SOURCE the check of the unit's tier (POST → POST_CHECK … PLANT → PLANT_CHECK); FORM UNSAFE_STATE
 * (the catalogue does not tie a form to a category); GRADE GENERAL; RECTIFYING_TIER the unit's tier
 * for a general hazard, PLANT for a major one; STATUS from the dates (closed → CLOSED, accepted →
 * AWAITING_SIGN_OFF, rectified → AWAITING_ACCEPTANCE, responsible and deadline → RECTIFYING, else
 * REGISTERED); a CLOSED status without a closing date takes the acceptance date, else the
 * rectification date. FUNDS with more than two decimals are rounded half up to fen.
 */
final class SheetHazards {

    /** What makes two hazards the same finding. */
    record Key(LocalDate foundOn, UUID unitId, String place, String description) {
    }

    /** One line converted: its problems, the hazard (null when a required part is missing), its key. */
    record Converted(List<ImportProblem> problems, Hazard hazard, Key key) {
    }

    /** The states that need the 五定's responsible person and deadline. */
    private static final Set<HazardStatus> NEED_RECTIFICATION = EnumSet.of(HazardStatus.RECTIFYING,
            HazardStatus.AWAITING_ACCEPTANCE, HazardStatus.AWAITING_SIGN_OFF, HazardStatus.SIGNED_OFF,
            HazardStatus.CLOSED);
    static final int SUB_GRADE_MAX = 20;
    static final int MEASURES_MAX = 4000;
    static final int TEXT_MAX = 2000;
    static final int NAME_ON_RECORD_MAX = 140;
    static final int CRITERION_MAX = 40;
    private static final BigDecimal FUNDS_LIMIT = new BigDecimal("1000000000000");
    private static final HazardNumber PLACEHOLDER = new HazardNumber(java.time.YearMonth.of(2000, 1), 1);

    private final SheetResolver names;
    private final List<MajorCriterion> criteria;
    private final LocalDate today;
    private final Instant now;

    SheetHazards(SheetResolver names, List<MajorCriterion> criteria, LocalDate today, Instant now) {
        this.names = names;
        this.criteria = criteria;
        this.today = today;
        this.now = now;
    }

    /** The row's problems (its cells' own first), and the hazard when nothing required is missing. */
    Converted convert(ImportLine importLine) {
        Row r = new Row(importLine);
        return r.convert();
    }

    private final class Row {
        private final int row;
        private final LedgerLine l;
        private final List<ImportProblem> problems;

        Row(ImportLine line) {
            this.row = line.row();
            this.l = line.line();
            this.problems = new ArrayList<>(line.problems());
        }

        private void problem(LedgerField field, Object value, String key, Object... args) {
            Object[] shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                // MessageFormat would write 4000 as "4,000".
                shown[i] = args[i] instanceof Number ? args[i].toString() : args[i];
            }
            problems.add(ImportProblem.of(row, field, value == null ? null : value.toString(), key, shown));
        }

        private String text(LedgerField field, int max) {
            String t = l.text(field);
            if (t != null && t.length() > max) {
                problem(field, t, "sheet.check.tooLong", max);
            }
            return t;
        }

        Converted convert() {
            LocalDate foundOn = l.date(LedgerField.FOUND_ON);
            if (foundOn == null) {
                if (!l.has(LedgerField.FOUND_ON)) {
                    problem(LedgerField.FOUND_ON, null, "sheet.check.required");
                }
            } else if (foundOn.isAfter(today)) {
                problem(LedgerField.FOUND_ON, foundOn, "sheet.check.future");
            }
            OrgUnit unit = unit();
            UUID unitId = unit == null ? null : unit.id();
            String place = l.text(LedgerField.PLACE);
            if (place == null && unit != null) {
                place = unit.name();
            }
            // No place and no unit found: the unit's own problem says what is missing.
            if (place != null && place.length() > HazardDraft.PLACE_MAX) {
                problem(LedgerField.PLACE, place, "sheet.check.tooLong", HazardDraft.PLACE_MAX);
            }
            String description = l.text(LedgerField.DESCRIPTION);
            if (description == null) {
                problem(LedgerField.DESCRIPTION, null, "sheet.check.required");
            } else if (description.length() < HazardDraft.DESCRIPTION_MIN) {
                problem(LedgerField.DESCRIPTION, description, "sheet.check.tooShort", HazardDraft.DESCRIPTION_MIN);
            } else if (description.length() > HazardDraft.DESCRIPTION_MAX) {
                problem(LedgerField.DESCRIPTION, description, "sheet.check.tooLong", HazardDraft.DESCRIPTION_MAX);
            }
            String category = category();
            boolean anonymous = !l.has(LedgerField.FINDER) || l.anonymous();
            UUID finder = anonymous ? null : person(LedgerField.FINDER, unitId);
            Grading grading = grading(unit, foundOn);
            HazardSource source = l.has(LedgerField.SOURCE) ? l.choice(LedgerField.SOURCE, HazardSource.class)
                    : unit == null ? null : sourceOf(unit.tier());
            HazardForm form = l.has(LedgerField.FORM) ? l.choice(LedgerField.FORM, HazardForm.class)
                    : HazardForm.UNSAFE_STATE;
            Rectification rect = rectification(unitId);
            Outcome outcome = outcome(unitId);
            Handling handling = handling();
            HazardStatus status = status(rect, outcome);
            if (status == HazardStatus.CLOSED && outcome.closedOn() == null) {
                LocalDate closed = outcome.acceptedOn() != null ? outcome.acceptedOn() : outcome.rectifiedOn();
                if (closed == null) {
                    problem(LedgerField.CLOSED_ON, null, "sheet.check.closedWithoutDate");
                } else {
                    outcome = new Outcome(outcome.rectifiedOn(), outcome.acceptanceResult(), outcome.acceptedOn(),
                            closed, outcome.recheckerId(), outcome.recheckedOn());
                }
            }
            if (NEED_RECTIFICATION.contains(status)) {
                if (!l.has(LedgerField.RESPONSIBLE)) {
                    problem(LedgerField.RESPONSIBLE, null, "sheet.check.rectificationRequired");
                }
                if (!l.has(LedgerField.DEADLINE)) {
                    problem(LedgerField.DEADLINE, null, "sheet.check.rectificationRequired");
                }
            }
            dates(foundOn, rect, outcome, handling);
            Key key = foundOn == null || unitId == null || place == null || description == null ? null
                    : new Key(foundOn, unitId, place, description);
            if (!problems.isEmpty() || foundOn == null || unit == null || place == null || description == null
                    || category == null || grading == null || source == null) {
                return new Converted(problems, null, key);
            }
            Registration reg = new Registration(unitId, place, foundOn, finder, anonymous, source, category, form,
                    description);
            Hazard h = new Hazard(null, 1, PLACEHOLDER, status, reg, grading, rect, outcome, handling, now, now);
            return new Converted(problems, h, key);
        }

        private OrgUnit unit() {
            String text = l.text(LedgerField.UNIT);
            if (text == null) {
                problem(LedgerField.UNIT, null, "sheet.check.required");
                return null;
            }
            SheetResolver.UnitResult found = names.unit(text);
            switch (found.found()) {
                case FOUND:
                    return found.unit();
                case AMBIGUOUS:
                    problem(LedgerField.UNIT, text, "sheet.check.unitAmbiguous");
                    return null;
                case TOO_DEEP:
                    problem(LedgerField.UNIT, text, "sheet.check.unitTooDeep");
                    return null;
                case TOO_LONG:
                    problem(LedgerField.UNIT, text, "sheet.check.tooLong", SheetResolver.UNIT_NAME_MAX);
                    return null;
                default:
                    problem(LedgerField.UNIT, text, "sheet.check.unitUnknown");
                    return null;
            }
        }

        private String category() {
            String text = l.text(LedgerField.CATEGORY);
            if (text == null) {
                // Many sheets keep no category: the user may name one for every row that states none.
                String fallback = names.category(ImportOptions.NO_CATEGORY);
                if (fallback == null) {
                    problem(LedgerField.CATEGORY, null, "sheet.check.required");
                }
                return fallback;
            }
            String code = names.category(text);
            if (code == null) {
                problem(LedgerField.CATEGORY, text, "sheet.check.categoryUnknown");
            }
            return code;
        }

        private UUID person(LedgerField field, UUID unitId) {
            String name = l.text(field);
            if (name == null) {
                return null;
            }
            SheetResolver.PersonResult found = names.person(name, unitId);
            switch (found.found()) {
                case FOUND:
                    return found.person().id();
                case AMBIGUOUS:
                    problem(field, name, "sheet.check.personAmbiguous");
                    return null;
                case TOO_LONG:
                    problem(field, name, "sheet.check.tooLong", SheetResolver.PERSON_NAME_MAX);
                    return null;
                default:
                    problem(field, name, "sheet.check.personUnknown");
                    return null;
            }
        }

        private Grading grading(OrgUnit unit, LocalDate foundOn) {
            Grade grade = l.has(LedgerField.GRADE) ? l.choice(LedgerField.GRADE, Grade.class) : Grade.GENERAL;
            String subGrade = text(LedgerField.SUB_GRADE, SUB_GRADE_MAX);
            MajorReason reason = l.choice(LedgerField.MAJOR_REASON, MajorReason.class);
            RiskColour colour = l.choice(LedgerField.RISK_COLOUR, RiskColour.class);
            Tier tier = l.has(LedgerField.RECTIFYING_TIER) ? l.choice(LedgerField.RECTIFYING_TIER, Tier.class)
                    : grade == Grade.MAJOR ? Tier.PLANT : unit == null ? null : unit.tier();
            MajorCriterionCitation citation = null;
            String criterion = l.text(LedgerField.MAJOR_CRITERION);
            if (grade == Grade.MAJOR) {
                if (reason == null) {
                    problem(LedgerField.MAJOR_REASON, null, "sheet.check.majorReason");
                }
                if (subGrade != null) {
                    problem(LedgerField.SUB_GRADE, subGrade, "sheet.check.subGradeOnlyGeneral");
                }
                if (tier != null && tier != Tier.PLANT) {
                    problem(LedgerField.RECTIFYING_TIER, tier.name(), "sheet.check.majorAtPlant");
                }
                if (criterion != null && foundOn != null) {
                    MajorCriterion found = MajorCriterion.find(criteria, criterion, foundOn).orElse(null);
                    if (found == null) {
                        problem(LedgerField.MAJOR_CRITERION, criterion, "sheet.check.criterionUnknown");
                    } else {
                        citation = MajorCriterionCitation.clause(found.code()).withVersion(found.version());
                    }
                }
            } else {
                if (reason != null) {
                    problem(LedgerField.MAJOR_REASON, reason.name(), "sheet.check.onlyMajor");
                }
                if (criterion != null) {
                    problem(LedgerField.MAJOR_CRITERION, criterion, "sheet.check.onlyMajor");
                }
            }
            if (tier != null && unit != null && tier.ordinal() < unit.tier().ordinal()) {
                problem(LedgerField.RECTIFYING_TIER, tier.name(), "sheet.check.tierBelowUnit");
            }
            return tier == null ? null : new Grading(grade, subGrade, reason, colour, tier, citation);
        }

        private Rectification rectification(UUID unitId) {
            String measures = text(LedgerField.MEASURES, MEASURES_MAX);
            String interim = text(LedgerField.INTERIM_SAFEGUARDS, TEXT_MAX);
            UUID responsible = person(LedgerField.RESPONSIBLE, unitId);
            LocalDate deadline = l.date(LedgerField.DEADLINE);
            BigDecimal funds = l.amount(LedgerField.FUNDS);
            if (funds != null) {
                if (funds.signum() < 0) {
                    problem(LedgerField.FUNDS, funds.toPlainString(), "sheet.check.fundsNegative");
                } else if (funds.compareTo(FUNDS_LIMIT) >= 0) {
                    problem(LedgerField.FUNDS, funds.toPlainString(), "sheet.check.fundsTooLarge");
                } else if (funds.scale() > 2) {
                    funds = funds.setScale(2, RoundingMode.HALF_UP);
                }
            }
            String standard = text(LedgerField.ACCEPTANCE_STANDARD, TEXT_MAX);
            UUID acceptor = person(LedgerField.ACCEPTOR, unitId);
            if (measures == null && interim == null && !l.has(LedgerField.RESPONSIBLE) && deadline == null
                    && funds == null && standard == null && !l.has(LedgerField.ACCEPTOR)) {
                return null;
            }
            return new Rectification(measures, interim, responsible, deadline, funds, standard, acceptor);
        }

        private Outcome outcome(UUID unitId) {
            String result = text(LedgerField.ACCEPTANCE_RESULT, TEXT_MAX);
            UUID rechecker = person(LedgerField.RECHECKER, unitId);
            return new Outcome(l.date(LedgerField.RECTIFIED_ON), result, l.date(LedgerField.ACCEPTED_ON),
                    l.date(LedgerField.CLOSED_ON), rechecker, l.date(LedgerField.RECHECKED_ON));
        }

        private Handling handling() {
            return new Handling(null, null, null, null, null, null, null, l.date(LedgerField.SIGNED_OFF_ON),
                    text(LedgerField.SIGNED_OFF_BY, NAME_ON_RECORD_MAX), null, null,
                    text(LedgerField.CLOSED_BY, NAME_ON_RECORD_MAX), text(LedgerField.RECHECK_RESULT, TEXT_MAX),
                    text(LedgerField.DISPOSITION_REASON, TEXT_MAX), null, 0);
        }

        private HazardStatus status(Rectification rect, Outcome o) {
            if (l.has(LedgerField.STATUS)) {
                return l.choice(LedgerField.STATUS, HazardStatus.class);
            }
            if (o.closedOn() != null) {
                return HazardStatus.CLOSED;
            }
            if (o.acceptedOn() != null) {
                return HazardStatus.AWAITING_SIGN_OFF;
            }
            if (o.rectifiedOn() != null) {
                return HazardStatus.AWAITING_ACCEPTANCE;
            }
            if (l.has(LedgerField.RESPONSIBLE) && rect != null && rect.deadline() != null) {
                return HazardStatus.RECTIFYING;
            }
            return HazardStatus.REGISTERED;
        }

        /** Found ≤ rectified ≤ accepted ≤ closed; nothing done after today; no deadline before the find. */
        private void dates(LocalDate foundOn, Rectification rect, Outcome o, Handling d) {
            if (rect != null && rect.deadline() != null && foundOn != null && rect.deadline().isBefore(foundOn)) {
                problem(LedgerField.DEADLINE, rect.deadline(), "sheet.check.beforeFound", foundOn.toString());
            }
            done(LedgerField.RECTIFIED_ON, o.rectifiedOn(), foundOn);
            done(LedgerField.ACCEPTED_ON, o.acceptedOn(), foundOn);
            done(LedgerField.SIGNED_OFF_ON, d.signedOffOn(), foundOn);
            done(LedgerField.CLOSED_ON, o.closedOn(), foundOn);
            done(LedgerField.RECHECKED_ON, o.recheckedOn(), foundOn);
            if (o.rectifiedOn() != null && o.acceptedOn() != null && o.acceptedOn().isBefore(o.rectifiedOn())) {
                problem(LedgerField.ACCEPTED_ON, o.acceptedOn(), "sheet.check.acceptedBeforeRectified",
                        o.rectifiedOn().toString());
            }
            if (o.acceptedOn() != null && o.closedOn() != null && o.closedOn().isBefore(o.acceptedOn())) {
                problem(LedgerField.CLOSED_ON, o.closedOn(), "sheet.check.closedBeforeAccepted",
                        o.acceptedOn().toString());
            } else if (o.rectifiedOn() != null && o.closedOn() != null && o.closedOn().isBefore(o.rectifiedOn())) {
                problem(LedgerField.CLOSED_ON, o.closedOn(), "sheet.check.closedBeforeRectified",
                        o.rectifiedOn().toString());
            }
        }

        private void done(LedgerField field, LocalDate day, LocalDate foundOn) {
            if (day == null) {
                return;
            }
            if (day.isAfter(today)) {
                problem(field, day, "sheet.check.future");
            } else if (foundOn != null && day.isBefore(foundOn)) {
                problem(field, day, "sheet.check.beforeFound", foundOn.toString());
            }
        }
    }

    static HazardSource sourceOf(Tier tier) {
        switch (tier) {
            case POST:
                return HazardSource.POST_CHECK;
            case TEAM:
                return HazardSource.TEAM_CHECK;
            case WORKSHOP:
                return HazardSource.WORKSHOP_CHECK;
            default:
                return HazardSource.PLANT_CHECK;
        }
    }
}
