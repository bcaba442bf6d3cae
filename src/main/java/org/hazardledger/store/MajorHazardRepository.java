package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.MAJOR_HAZARD_FILE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.EvaluatorKind;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.store.jooq.tables.records.MajorHazardFileRecord;
import org.jooq.DSLContext;

/** Major hazards' files, one per hazard. */
public final class MajorHazardRepository {

    private final DSLContext dsl;
    private final Clock clock;

    MajorHazardRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public Optional<MajorHazardFile> byHazard(UUID hazardId) {
        return dsl.selectFrom(MAJOR_HAZARD_FILE)
                .where(MAJOR_HAZARD_FILE.HAZARD_ID.eq(hazardId).and(MAJOR_HAZARD_FILE.DELETED.isFalse()))
                .fetchOptional(MajorHazardRepository::toFile);
    }

    /** Stores a new file (its revision 0 becomes 1); returns it as stored. */
    public MajorHazardFile insert(MajorHazardFile f) {
        MajorHazardFileRecord r = dsl.newRecord(MAJOR_HAZARD_FILE);
        write(f, r);
        r.setCreatedAt(r.getUpdatedAt());
        r.setRevision(1);
        r.insert();
        return byHazard(f.hazardId()).orElseThrow();
    }

    /** Saves a changed file if nobody changed it since it was read; returns it with its new revision. */
    public MajorHazardFile update(MajorHazardFile f, String hazardNumber) {
        MajorHazardFileRecord r = dsl.newRecord(MAJOR_HAZARD_FILE);
        write(f, r);
        r.setRevision(f.revision() + 1);
        r.changed(MAJOR_HAZARD_FILE.ID, false);
        r.changed(MAJOR_HAZARD_FILE.CREATED_AT, false);
        r.changed(MAJOR_HAZARD_FILE.DELETED, false);
        r.changed(MAJOR_HAZARD_FILE.HAZARD_ID, false);
        int updated = dsl.update(MAJOR_HAZARD_FILE).set(r)
                .where(MAJOR_HAZARD_FILE.ID.eq(f.id()).and(MAJOR_HAZARD_FILE.REVISION.eq(f.revision())))
                .execute();
        if (updated != 1) {
            throw new StaleRecordException("error.major.stale", hazardNumber);
        }
        return byHazard(f.hazardId()).orElseThrow();
    }

    /**
     * The safeguards in force for those of {@code hazardIds} that are open and have any, by hazard
     * id: what the ledger shows beside a major hazard still under treatment.
     */
    public Map<UUID, MajorHazardFile.Safeguards> safeguardsInForce(Collection<UUID> hazardIds) {
        Map<UUID, MajorHazardFile.Safeguards> out = new LinkedHashMap<>();
        if (hazardIds.isEmpty()) {
            return out;
        }
        dsl.select(MAJOR_HAZARD_FILE.HAZARD_ID, MAJOR_HAZARD_FILE.WARNING_SIGNS, MAJOR_HAZARD_FILE.PEOPLE_WITHDRAWN,
                        MAJOR_HAZARD_FILE.USE_STOPPED, MAJOR_HAZARD_FILE.SAFEGUARDS_NOTE, HAZARD.STATUS)
                .from(MAJOR_HAZARD_FILE).join(HAZARD).on(HAZARD.ID.eq(MAJOR_HAZARD_FILE.HAZARD_ID))
                .where(MAJOR_HAZARD_FILE.HAZARD_ID.in(hazardIds).and(MAJOR_HAZARD_FILE.DELETED.isFalse())
                        .and(MAJOR_HAZARD_FILE.STRUCK_OFF_ON.isNull()))
                .forEach(row -> {
                    MajorHazardFile.Safeguards g = new MajorHazardFile.Safeguards(row.value2(), row.value3(),
                            row.value4(), row.value5());
                    if (g.any() && HazardStatus.valueOf(row.value6()).isOpen()) {
                        out.put(row.value1(), g);
                    }
                });
        return out;
    }

    private void write(MajorHazardFile f, MajorHazardFileRecord r) {
        r.setId(f.id());
        r.setHazardId(f.hazardId());
        r.setUpdatedAt(OffsetDateTime.now(clock));
        r.setChangeSeq(ChangeSequence.next(dsl));
        MajorHazardFile.Report rep = f.report();
        r.setPresentStateAndCause(rep == null ? null : rep.presentStateAndCause());
        r.setHarmAndDifficulty(rep == null ? null : rep.harmAndDifficulty());
        r.setPlanSummary(rep == null ? null : rep.planSummary());
        MajorHazardFile.Plan p = f.plan();
        r.setGoalAndTasks(p == null ? null : p.goalAndTasks());
        r.setMethodsAndMeasures(p == null ? null : p.methodsAndMeasures());
        r.setFundsAndMaterials(p == null ? null : p.fundsAndMaterials());
        r.setOrganisationAndResponsible(p == null ? null : p.organisationAndResponsible());
        r.setTimeLimitAndRequirements(p == null ? null : p.timeLimitAndRequirements());
        r.setSafetyAndEmergency(p == null ? null : p.safetyAndEmergency());
        MajorHazardFile.Safeguards g = f.safeguards();
        r.setWarningSigns(g.warningSigns());
        r.setPeopleWithdrawn(g.peopleWithdrawn());
        r.setUseStopped(g.useStopped());
        r.setSafeguardsNote(g.note());
        writeTrack(f, r);
    }

    private static void writeTrack(MajorHazardFile f, MajorHazardFileRecord r) {
        MajorHazardFile.DepartmentReport d = f.departmentReport();
        r.setReportedOn(d == null ? null : d.reportedOn());
        r.setDepartment(d == null ? null : d.department());
        r.setReportDocument(d == null ? null : d.documentNumber());
        MajorHazardFile.Listing l = f.listing();
        r.setListedOn(l == null ? null : l.listedOn());
        r.setListedBy(l == null ? null : l.listedBy());
        r.setListingDocument(l == null ? null : l.documentNumber());
        MajorHazardFile.Evaluation e = f.evaluation();
        r.setEvaluatedOn(e == null ? null : e.evaluatedOn());
        r.setEvaluatorKind(e == null || e.by() == null ? null : e.by().name());
        r.setEvaluatorName(e == null ? null : e.evaluatorName());
        r.setEvaluationConclusion(e == null ? null : e.conclusion());
        MajorHazardFile.ResumptionRequest q = f.request();
        r.setResumptionRequestedOn(q == null ? null : q.requestedOn());
        r.setResumptionDeliveredOn(q == null ? null : q.deliveredOn());
        r.setResumptionSubmittedBy(q == null ? null : q.submittedBy());
        MajorHazardFile.Review v = f.review();
        r.setReviewedOn(v == null ? null : v.reviewedOn());
        r.setReviewer(v == null ? null : v.reviewer());
        r.setReviewPassed(v == null ? null : v.passed());
        r.setReviewNote(v == null ? null : v.note());
        r.setStruckOffOn(f.struckOffOn());
        r.setStruckOffBy(f.struckOffBy());
    }

    private static MajorHazardFile toFile(MajorHazardFileRecord r) {
        MajorHazardFile.Report report = r.getPresentStateAndCause() == null && r.getHarmAndDifficulty() == null
                && r.getPlanSummary() == null ? null
                : new MajorHazardFile.Report(r.getPresentStateAndCause(), r.getHarmAndDifficulty(), r.getPlanSummary());
        MajorHazardFile.Plan plan = r.getGoalAndTasks() == null && r.getMethodsAndMeasures() == null
                && r.getFundsAndMaterials() == null && r.getOrganisationAndResponsible() == null
                && r.getTimeLimitAndRequirements() == null && r.getSafetyAndEmergency() == null ? null
                : new MajorHazardFile.Plan(r.getGoalAndTasks(), r.getMethodsAndMeasures(), r.getFundsAndMaterials(),
                r.getOrganisationAndResponsible(), r.getTimeLimitAndRequirements(), r.getSafetyAndEmergency());
        return new MajorHazardFile(r.getId(), r.getRevision(), r.getHazardId(), report, plan,
                new MajorHazardFile.Safeguards(r.getWarningSigns(), r.getPeopleWithdrawn(), r.getUseStopped(),
                        r.getSafeguardsNote()),
                r.getReportedOn() == null ? null
                        : new MajorHazardFile.DepartmentReport(r.getReportedOn(), r.getDepartment(),
                        r.getReportDocument()),
                r.getListedOn() == null ? null
                        : new MajorHazardFile.Listing(r.getListedOn(), r.getListedBy(), r.getListingDocument()),
                r.getEvaluatedOn() == null ? null
                        : new MajorHazardFile.Evaluation(r.getEvaluatedOn(),
                        r.getEvaluatorKind() == null ? null : EvaluatorKind.valueOf(r.getEvaluatorKind()),
                        r.getEvaluatorName(), r.getEvaluationConclusion()),
                r.getResumptionRequestedOn() == null ? null
                        : new MajorHazardFile.ResumptionRequest(r.getResumptionRequestedOn(),
                        r.getResumptionDeliveredOn(), r.getResumptionSubmittedBy()),
                r.getReviewedOn() == null ? null
                        : new MajorHazardFile.Review(r.getReviewedOn(), r.getReviewer(),
                        Boolean.TRUE.equals(r.getReviewPassed()), r.getReviewNote()),
                r.getStruckOffOn(), r.getStruckOffBy(), r.getUpdatedAt().toInstant());
    }
}
