package org.hazardledger.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hazardledger.model.MajorStage.EVALUATED;
import static org.hazardledger.model.MajorStage.LISTED;
import static org.hazardledger.model.MajorStage.OPENED;
import static org.hazardledger.model.MajorStage.REPORTED;
import static org.hazardledger.model.MajorStage.RESUMPTION_REQUESTED;
import static org.hazardledger.model.MajorStage.REVIEWED;

/**
 * The major-hazard track as a small state machine (decision 0005): report to the department →
 * optional listing (挂牌督办) → evaluation → request to resume production (the principal) → the
 * department's on-site review → struck off (核销, listed hazards only). A failed review sends the
 * file back to evaluation. The report, plan and safeguards may be kept up to date until struck off.
 * A refusal names the step that is missing.
 */
public final class MajorTrack {

    /** For each step: the stages it may be taken in, and the step missing when the file is not that far. */
    private record Rule(Set<MajorStage> stages, MajorStep missing) {
    }

    private static final Set<MajorStage> UNTIL_STRUCK_OFF = EnumSet.complementOf(EnumSet.of(MajorStage.STRUCK_OFF));

    private static final Map<MajorStep, Rule> RULES = Map.of(
            MajorStep.RECORD_REPORT, new Rule(UNTIL_STRUCK_OFF, null),
            MajorStep.RECORD_PLAN, new Rule(UNTIL_STRUCK_OFF, null),
            MajorStep.SET_SAFEGUARDS, new Rule(UNTIL_STRUCK_OFF, null),
            MajorStep.REPORT_TO_DEPARTMENT, new Rule(EnumSet.of(OPENED), null),
            MajorStep.LIST, new Rule(EnumSet.of(REPORTED), MajorStep.REPORT_TO_DEPARTMENT),
            MajorStep.EVALUATE, new Rule(EnumSet.of(REPORTED, LISTED), MajorStep.REPORT_TO_DEPARTMENT),
            MajorStep.REQUEST_RESUMPTION, new Rule(EnumSet.of(EVALUATED), MajorStep.EVALUATE),
            MajorStep.RECORD_REVIEW, new Rule(EnumSet.of(RESUMPTION_REQUESTED), MajorStep.REQUEST_RESUMPTION),
            MajorStep.STRIKE_OFF, new Rule(EnumSet.of(REVIEWED), MajorStep.RECORD_REVIEW));

    private MajorTrack() {
    }

    /**
     * Why {@code role} may not take {@code step} on the file of hazard {@code number} now, or empty:
     * first the role, then whether the file is far enough (naming the missing step) or past it.
     */
    public static Optional<DomainException> refusal(String number, MajorHazardFile f, MajorStep step,
                                                    AccountRole role) {
        if (role == null || !step.roles().contains(role)) {
            AccountRole needed = step.roles().iterator().next();
            return Optional.of(new DomainException("error.major.role", number, step.labelKey(), needed.labelKey(),
                    role == null ? "accountRole.none" : role.labelKey()));
        }
        MajorStage stage = f.stage();
        Rule rule = RULES.get(step);
        if (rule.stages().contains(stage)) {
            if (step == MajorStep.STRIKE_OFF && f.listing() == null) {
                return Optional.of(new DomainException("error.major.strikeOffNotListed", number));
            }
            return Optional.empty();
        }
        if (stage == MajorStage.STRUCK_OFF) {
            return Optional.of(new DomainException("error.major.struckOff", number, step.labelKey()));
        }
        if (rule.missing() != null && stage.ordinal() < rule.stages().iterator().next().ordinal()) {
            return Optional.of(new DomainException("error.major.needs", number, step.labelKey(),
                    rule.missing().labelKey()));
        }
        return Optional.of(new DomainException("error.major.past", number, step.labelKey(), stage.labelKey()));
    }

    /** The steps {@code role} may take on the file now. */
    public static List<MajorStep> allowed(String number, MajorHazardFile f, AccountRole role) {
        List<MajorStep> out = new ArrayList<>();
        for (MajorStep s : MajorStep.values()) {
            if (refusal(number, f, s, role).isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Takes {@code entry} for {@code who} (written as the submitter of a request), or throws: a
     * {@link DomainException} naming the missing step or right, a {@link ValidationException} for bad input.
     */
    public static MajorHazardFile take(String number, MajorHazardFile f, MajorEntry entry, AccountRole role,
                                       String who, LocalDate today) {
        Optional<DomainException> refused = refusal(number, f, entry.step(), role);
        if (refused.isPresent()) {
            throw refused.get();
        }
        List<FieldError> errors = MajorEntryRules.validate(f, entry, today);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return apply(f, entry, who);
    }

    private static MajorHazardFile apply(MajorHazardFile f, MajorEntry entry, String who) {
        MajorHazardFile.Report report = f.report();
        MajorHazardFile.Plan plan = f.plan();
        MajorHazardFile.Safeguards safeguards = f.safeguards();
        MajorHazardFile.DepartmentReport departmentReport = f.departmentReport();
        MajorHazardFile.Listing listing = f.listing();
        MajorHazardFile.Evaluation evaluation = f.evaluation();
        MajorHazardFile.ResumptionRequest request = f.request();
        MajorHazardFile.Review review = f.review();
        LocalDate struckOn = null;
        String struckBy = null;
        if (entry instanceof MajorEntry.RecordReport e) {
            report = e.report();
        } else if (entry instanceof MajorEntry.RecordPlan e) {
            plan = e.plan();
        } else if (entry instanceof MajorEntry.SetSafeguards e) {
            safeguards = e.safeguards();
        } else if (entry instanceof MajorEntry.ReportToDepartment e) {
            departmentReport = e.report();
        } else if (entry instanceof MajorEntry.ListForSupervision e) {
            listing = e.listing();
        } else if (entry instanceof MajorEntry.Evaluate e) {
            evaluation = e.evaluation();
        } else if (entry instanceof MajorEntry.RequestResumption e) {
            request = new MajorHazardFile.ResumptionRequest(e.requestedOn(), e.deliveredOn(), who);
        } else if (entry instanceof MajorEntry.RecordReview e) {
            review = e.review();
            if (!review.passed()) {
                // the treatment goes back to evaluation, and a new request follows the new evaluation
                evaluation = null;
                request = null;
            }
        } else if (entry instanceof MajorEntry.StrikeOff e) {
            struckOn = e.on();
            struckBy = who;
        }
        return f.with(report, plan, safeguards, departmentReport, listing, evaluation, request, review, struckOn,
                struckBy);
    }
}
