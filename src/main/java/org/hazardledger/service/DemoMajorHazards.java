package org.hazardledger.service;

import java.time.LocalDate;
import java.util.Random;

import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.store.StoreSession;

/**
 * A demo major hazard's own track, as the safety office would keep it: the three-part report, the
 * six-item plan and the safeguards when it is assigned, the report to the department, a listing for
 * about half of them, the principal's approval of the plan; then before closure the evaluation, the
 * request to resume production and the department's on-site review (and striking off when listed).
 * A step that would fall after today has not happened yet.
 */
final class DemoMajorHazards {

    private final DemoSeeds seeds;
    private final Random rng;
    private int documents;

    DemoMajorHazards(DemoSeeds seeds, Random rng) {
        this.seeds = seeds;
        this.rng = rng;
    }

    /** After ASSIGN: file, report, maybe list, then the principal approves the plan; false if not yet approved. */
    boolean treat(StoreSession s, DemoActors actors, DemoHazardPlan.Walk w, LocalDate today, boolean pending) {
        Hazard h = w.last();
        if (h.status() != HazardStatus.AWAITING_PLAN_APPROVAL) {
            return true;
        }
        Actor clerk = actors.clerk();
        LocalDate found = h.registration().foundOn();
        MajorHazardOperations.recordReport(s, clerk, h.id(), new MajorHazardFile.Report(seeds.phrase("major_state"),
                seeds.phrase("major_harm"), seeds.phrase("major_plan_summary")));
        MajorHazardOperations.setSafeguards(s, clerk, h.id(), new MajorHazardFile.Safeguards(true, true, true, null));
        MajorHazardOperations.reportToDepartment(s, clerk, h.id(), new MajorHazardFile.DepartmentReport(found,
                seeds.phrase("major_department"), document(found)));
        LocalDate listed = found.plusDays(DemoPick.between(rng, 1, 5));
        if (DemoPick.chance(rng, 0.5) && !listed.isAfter(today)) {
            MajorHazardOperations.list(s, clerk, h.id(), new MajorHazardFile.Listing(listed,
                    seeds.phrase("major_listing_authority"), document(listed)));
        }
        LocalDate approve = found.plusDays(DemoPick.between(rng, 2, 10));
        if (pending || approve.isAfter(today)) {
            // The plan is still being written: the hazard waits for the principal with the plan incomplete.
            return false;
        }
        MajorHazardOperations.recordPlan(s, clerk, h.id(), new MajorHazardFile.Plan(seeds.phrase("major_goal"),
                seeds.phrase("major_methods"), seeds.phrase("major_funds"), seeds.phrase("major_organisation"),
                seeds.phrase("major_time"), seeds.phrase("major_safety")));
        return w.step(actors.principal(), new HazardCommand.ApprovePlan(approve)).moved();
    }

    /**
     * Before closure: evaluation, the request (by the principal) and the department's review within
     * ten days, struck off when listed. Returns the day it may be closed, or null if not yet.
     */
    LocalDate review(StoreSession s, DemoActors actors, Hazard h, LocalDate signedOff, LocalDate today) {
        Actor clerk = actors.clerk();
        MajorHazardFile file = MajorHazardOperations.fileOf(s, h);
        LocalDate evaluated = later(signedOff, file.listing() == null ? null : file.listing().listedOn());
        MajorHazardOperations.evaluate(s, clerk, h.id(), new MajorHazardFile.Evaluation(evaluated,
                EvaluatorKind.QUALIFIED_BODY, seeds.phrase("major_evaluator"), seeds.phrase("major_evaluation")));
        LocalDate requested = evaluated.plusDays(DemoPick.between(rng, 0, 3));
        if (requested.isAfter(today)) {
            return null;
        }
        MajorHazardOperations.requestResumption(s, actors.principal(), h.id(), requested, requested);
        LocalDate reviewed = requested.plusDays(DemoPick.between(rng, 3, 12));
        if (reviewed.isAfter(today)) {
            // The department's ten days are running (or overrun): the clock shows in the tab.
            return null;
        }
        MajorHazardOperations.recordReview(s, clerk, h.id(), new MajorHazardFile.Review(reviewed,
                seeds.phrase("major_department"), true, seeds.phrase("major_review")));
        if (file.listing() != null) {
            MajorHazardOperations.strikeOff(s, clerk, h.id(), reviewed);
        }
        return reviewed;
    }

    private String document(LocalDate on) {
        documents++;
        return String.format(seeds.phrase("major_doc_number"), on.getYear(), documents);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
