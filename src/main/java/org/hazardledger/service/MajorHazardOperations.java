package org.hazardledger.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.MajorEntry;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorTrack;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/**
 * The major-hazard file's steps inside a given transaction, so a use case (one step, or a whole
 * demo enterprise) runs the same checks. {@code revision} is the file's revision the user saw, 0
 * while the hazard has no file yet; the steps without it act on the file as it stands (the demo).
 */
final class MajorHazardOperations {

    static final String ENTITY = "majorHazardFile";

    private MajorHazardOperations() {
    }

    /** The hazard's file as stored, or an empty one (revision 0) for a major hazard without one. */
    static MajorHazardFile fileOf(StoreSession s, Hazard h) {
        return s.majorHazards().byHazard(h.id()).orElseGet(() -> MajorHazardFile.empty(s.newId(), h.id()));
    }

    /**
     * Takes one entry for {@code actor}: the hazard must be a major one still open, the track must
     * allow the step for the actor's role, and nobody may have changed the file since {@code revision}.
     * The audit event carries every changed field before and after.
     */
    static MajorHazardFile take(StoreSession s, Actor actor, UUID hazardId, int revision, MajorEntry entry) {
        Hazard h = majorHazard(s, hazardId);
        String number = h.number().toString();
        MajorHazardFile before = fileOf(s, h);
        if (before.revision() != revision) {
            throw new StaleRecordException("error.major.stale", number);
        }
        MajorHazardFile changed = MajorTrack.take(number, before, entry, actor.role(), actor.name(),
                LocalDate.now(s.clock()));
        MajorHazardFile after = before.revision() == 0 ? s.majorHazards().insert(changed)
                : s.majorHazards().update(changed, number);
        s.events().append(actor.name(), ENTITY, after.id(), entry.step().name(), payload(h, before, after).toJson());
        return after;
    }

    static MajorHazardFile take(StoreSession s, Actor actor, UUID hazardId, MajorEntry entry) {
        Hazard h = majorHazard(s, hazardId);
        return take(s, actor, hazardId, fileOf(s, h).revision(), entry);
    }

    static MajorHazardFile recordReport(StoreSession s, Actor actor, UUID hazardId, MajorHazardFile.Report report) {
        return take(s, actor, hazardId, new MajorEntry.RecordReport(report));
    }

    static MajorHazardFile recordPlan(StoreSession s, Actor actor, UUID hazardId, MajorHazardFile.Plan plan) {
        return take(s, actor, hazardId, new MajorEntry.RecordPlan(plan));
    }

    static MajorHazardFile setSafeguards(StoreSession s, Actor actor, UUID hazardId,
                                         MajorHazardFile.Safeguards safeguards) {
        return take(s, actor, hazardId, new MajorEntry.SetSafeguards(safeguards));
    }

    static MajorHazardFile reportToDepartment(StoreSession s, Actor actor, UUID hazardId,
                                              MajorHazardFile.DepartmentReport report) {
        return take(s, actor, hazardId, new MajorEntry.ReportToDepartment(report));
    }

    static MajorHazardFile list(StoreSession s, Actor actor, UUID hazardId, MajorHazardFile.Listing listing) {
        return take(s, actor, hazardId, new MajorEntry.ListForSupervision(listing));
    }

    static MajorHazardFile evaluate(StoreSession s, Actor actor, UUID hazardId,
                                    MajorHazardFile.Evaluation evaluation) {
        return take(s, actor, hazardId, new MajorEntry.Evaluate(evaluation));
    }

    static MajorHazardFile requestResumption(StoreSession s, Actor actor, UUID hazardId, LocalDate requestedOn,
                                             LocalDate deliveredOn) {
        return take(s, actor, hazardId, new MajorEntry.RequestResumption(requestedOn, deliveredOn));
    }

    static MajorHazardFile recordReview(StoreSession s, Actor actor, UUID hazardId, MajorHazardFile.Review review) {
        return take(s, actor, hazardId, new MajorEntry.RecordReview(review));
    }

    static MajorHazardFile strikeOff(StoreSession s, Actor actor, UUID hazardId, LocalDate on) {
        return take(s, actor, hazardId, new MajorEntry.StrikeOff(on));
    }

    static Hazard majorHazard(StoreSession s, UUID hazardId) {
        Hazard h = s.hazards().byId(hazardId)
                .orElseThrow(() -> new DomainException("error.hazard.notFound", hazardId.toString()));
        if (h.grading().grade() != Grade.MAJOR) {
            throw new DomainException("error.major.notMajor", h.number().toString());
        }
        if (!h.status().isOpen()) {
            throw new DomainException("error.major.hazardNotOpen", h.number().toString(), h.status().labelKey());
        }
        return h;
    }

    private static EventPayload payload(Hazard h, MajorHazardFile before, MajorHazardFile after) {
        EventPayload p = new EventPayload().put("hazard", h.id()).put("number", h.number())
                .put("stageBefore", before.revision() == 0 ? null : before.stage()).put("stageAfter", after.stage());
        Map<String, Object> was = fields(before);
        Map<String, Object> now = fields(after);
        for (Map.Entry<String, Object> e : now.entrySet()) {
            Object old = was.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                p.put(e.getKey() + "Before", old).put(e.getKey() + "After", e.getValue());
            }
        }
        return p;
    }

    /** Every entered field of the file, flat, for the audit trail. */
    private static Map<String, Object> fields(MajorHazardFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report", f.report());
        m.put("plan", f.plan());
        m.put("safeguards", f.safeguards());
        m.put("departmentReport", f.departmentReport());
        m.put("listing", f.listing());
        m.put("evaluation", f.evaluation());
        m.put("request", f.request());
        m.put("review", f.review());
        m.put("struckOffOn", f.struckOffOn());
        m.put("struckOffBy", f.struckOffBy());
        return m;
    }
}
