package org.hazardledger.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Grade;
import org.hazardledger.model.MajorEntry;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorStep;
import org.hazardledger.model.MajorTrack;
import org.hazardledger.model.ReviewClock;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.store.Store;

/**
 * The major-hazard track's use cases for the signed-in user: each step is one transaction, audited
 * with the fields before and after, refused when the track or the user's role does not allow it,
 * and refused as stale when the file changed since {@code revision} (0 before the file exists).
 */
public final class MajorHazardService {

    private final Store store;
    private final UserSession session;
    private final ReviewClock reviewClock;
    private final WorkingCalendar calendar;

    public MajorHazardService(Store store, UserSession session) {
        // "within 10 days", calendar days; the calendar matters only to a working-day clock
        this(store, session, ReviewClock.DEFAULT, WorkingCalendar.weekdaysOnly());
    }

    public MajorHazardService(Store store, UserSession session, ReviewClock reviewClock, WorkingCalendar calendar) {
        this.store = store;
        this.session = session;
        this.reviewClock = reviewClock;
        this.calendar = calendar;
    }

    /** The stored file of a hazard; empty while nothing has been entered. */
    public Optional<MajorHazardFile> file(UUID hazardId) {
        return store.transact(s -> s.majorHazards().byHazard(hazardId));
    }

    /** The file with the steps the signed-in user may take now; empty for an unknown or general hazard. */
    public Optional<MajorHazardSheet> sheet(UUID hazardId) {
        Actor actor = session.actor();
        return store.transact(s -> s.hazards().byId(hazardId).filter(h -> h.grading().grade() == Grade.MAJOR)
                .map(h -> {
                    MajorHazardFile f = MajorHazardOperations.fileOf(s, h);
                    String number = h.number().toString();
                    List<MajorStep> allowed = h.status().isOpen()
                            ? MajorTrack.allowed(number, f, actor.role()) : List.of();
                    return new MajorHazardSheet(h.id(), number, h.status(), f, allowed,
                            f.reviewDeadline(reviewClock, calendar));
                }));
    }

    /** The safeguards in force of those hazards that are open major hazards with any: a ledger column. */
    public Map<UUID, MajorHazardFile.Safeguards> safeguardsInForce(Collection<UUID> hazardIds) {
        return store.transact(s -> s.majorHazards().safeguardsInForce(hazardIds));
    }

    /** Takes any one entry (the step is the entry's). */
    public MajorHazardFile take(UUID hazardId, int revision, MajorEntry entry) {
        Actor actor = session.actor();
        return store.transact(s -> MajorHazardOperations.take(s, actor, hazardId, revision, entry));
    }

    public MajorHazardFile recordReport(UUID hazardId, int revision, MajorHazardFile.Report report) {
        return take(hazardId, revision, new MajorEntry.RecordReport(report));
    }

    public MajorHazardFile recordPlan(UUID hazardId, int revision, MajorHazardFile.Plan plan) {
        return take(hazardId, revision, new MajorEntry.RecordPlan(plan));
    }

    public MajorHazardFile setSafeguards(UUID hazardId, int revision, MajorHazardFile.Safeguards safeguards) {
        return take(hazardId, revision, new MajorEntry.SetSafeguards(safeguards));
    }

    public MajorHazardFile reportToDepartment(UUID hazardId, int revision, MajorHazardFile.DepartmentReport report) {
        return take(hazardId, revision, new MajorEntry.ReportToDepartment(report));
    }

    public MajorHazardFile list(UUID hazardId, int revision, MajorHazardFile.Listing listing) {
        return take(hazardId, revision, new MajorEntry.ListForSupervision(listing));
    }

    public MajorHazardFile evaluate(UUID hazardId, int revision, MajorHazardFile.Evaluation evaluation) {
        return take(hazardId, revision, new MajorEntry.Evaluate(evaluation));
    }

    /** The principal submits the written request; the clock runs from {@code deliveredOn}. */
    public MajorHazardFile requestResumption(UUID hazardId, int revision, LocalDate requestedOn,
                                             LocalDate deliveredOn) {
        return take(hazardId, revision, new MajorEntry.RequestResumption(requestedOn, deliveredOn));
    }

    public MajorHazardFile recordReview(UUID hazardId, int revision, MajorHazardFile.Review review) {
        return take(hazardId, revision, new MajorEntry.RecordReview(review));
    }

    public MajorHazardFile strikeOff(UUID hazardId, int revision, LocalDate on) {
        return take(hazardId, revision, new MajorEntry.StrikeOff(on));
    }

    /** The clock configuration the sheets use. */
    public ReviewClock reviewClock() {
        return reviewClock;
    }
}
