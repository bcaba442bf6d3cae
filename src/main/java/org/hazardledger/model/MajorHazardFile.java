package org.hazardledger.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A major hazard's own file (one per hazard): the three-part report, the six-item treatment plan,
 * the safeguards in force, and the steps towards being struck off. Parts not yet entered are null.
 * {@link MajorTrack} says which entry may be made when; a failed department review clears the
 * evaluation and the request (the treatment must be evaluated again) and stays here as
 * {@link #review} until the next review replaces it.
 */
public record MajorHazardFile(UUID id, int revision, UUID hazardId, Report report, Plan plan, Safeguards safeguards,
                              DepartmentReport departmentReport, Listing listing, Evaluation evaluation,
                              ResumptionRequest request, Review review, LocalDate struckOffOn, String struckOffBy,
                              Instant updatedAt) {

    /** An empty file for {@code hazardId}, not yet stored (revision 0). */
    public static MajorHazardFile empty(UUID id, UUID hazardId) {
        return new MajorHazardFile(id, 0, hazardId, null, null, Safeguards.NONE, null, null, null, null, null, null,
                null, null);
    }

    public MajorHazardFile {
        safeguards = safeguards == null ? Safeguards.NONE : safeguards;
    }

    public MajorStage stage() {
        if (struckOffOn != null) {
            return MajorStage.STRUCK_OFF;
        }
        if (review != null && review.passed()) {
            return MajorStage.REVIEWED;
        }
        if (request != null) {
            return MajorStage.RESUMPTION_REQUESTED;
        }
        if (evaluation != null) {
            return MajorStage.EVALUATED;
        }
        if (listing != null) {
            return MajorStage.LISTED;
        }
        return departmentReport != null ? MajorStage.REPORTED : MajorStage.OPENED;
    }

    public boolean planComplete() {
        return plan != null && plan.complete();
    }

    public boolean reviewPassed() {
        return review != null && review.passed();
    }

    /** The review that sent the treatment back to evaluation, while no newer review replaced it. */
    public Optional<Review> failedReview() {
        return Optional.ofNullable(review).filter(r -> !r.passed());
    }

    /**
     * The department's review clock, running from the day the request was delivered; empty before
     * a request is delivered.
     */
    public Optional<Deadline> reviewDeadline(ReviewClock clock, WorkingCalendar calendar) {
        return Optional.ofNullable(request).map(r -> clock.forRequest(r.deliveredOn(), calendar));
    }

    /** The review clock's state on {@code today}: the review of the present request answers it. */
    public Optional<ClockState> reviewClockState(ReviewClock clock, WorkingCalendar calendar, LocalDate today) {
        Optional<LocalDate> answered = Optional.ofNullable(review).filter(Review::passed).map(Review::reviewedOn);
        return reviewDeadline(clock, calendar).map(d -> d.stateOn(today, answered));
    }

    MajorHazardFile with(Report r, Plan p, Safeguards g, DepartmentReport d, Listing l, Evaluation e,
                         ResumptionRequest q, Review v, LocalDate struck, String struckBy) {
        return new MajorHazardFile(id, revision, hazardId, r, p, g, d, l, e, q, v, struck, struckBy, updatedAt);
    }

    /** The three-part report: present state and cause; degree of harm and difficulty; the plan in brief. */
    public record Report(String presentStateAndCause, String harmAndDifficulty, String planSummary) {
    }

    /** The six-item treatment plan. */
    public record Plan(String goalAndTasks, String methodsAndMeasures, String fundsAndMaterials,
                       String organisationAndResponsible, String timeLimitAndRequirements,
                       String safetyAndEmergency) {

        /** All six items filled in: only then may the principal approve it. */
        public boolean complete() {
            return filled(goalAndTasks) && filled(methodsAndMeasures) && filled(fundsAndMaterials)
                    && filled(organisationAndResponsible) && filled(timeLimitAndRequirements)
                    && filled(safetyAndEmergency);
        }
    }

    /** What protects people while the hazard is treated: warning signs, people withdrawn, use stopped. */
    public record Safeguards(boolean warningSigns, boolean peopleWithdrawn, boolean useStopped, String note) {

        public static final Safeguards NONE = new Safeguards(false, false, false, null);

        public boolean any() {
            return warningSigns || peopleWithdrawn || useStopped || filled(note);
        }
    }

    /** The report to the department: when, to which department, under which document number. */
    public record DepartmentReport(LocalDate reportedOn, String department, String documentNumber) {
    }

    /** Listing for supervised rectification (挂牌督办): when, by which authority, document number. */
    public record Listing(LocalDate listedOn, String listedBy, String documentNumber) {
    }

    /** The evaluation of the treatment: in-house experts or a named qualified body, and its conclusion. */
    public record Evaluation(LocalDate evaluatedOn, EvaluatorKind by, String evaluatorName, String conclusion) {
    }

    /** The written request to resume production, and the day the department received it (the clock starts). */
    public record ResumptionRequest(LocalDate requestedOn, LocalDate deliveredOn, String submittedBy) {
    }

    /** The department's on-site review of the request. */
    public record Review(LocalDate reviewedOn, String reviewer, boolean passed, String note) {
    }

    static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
