package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazardledger.model.Handling;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.service.Messages;

/**
 * What the 重大隐患治理方案 prints: the hazard's facts, the six items of the plan and its approval by
 * the principal. Items not written yet are null and print as empty blocks.
 */
record MajorPlanData(NoticeData head, MajorHazardFile.Plan plan, String approvedOn, String approvedBy) {

    private static final MajorHazardFile.Plan EMPTY = new MajorHazardFile.Plan(null, null, null, null, null, null);

    static MajorPlanData of(HazardDetails details, MajorHazardFile file, Messages messages) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), messages.locale());
        Handling h = details.hazard().handling();
        return new MajorPlanData(NoticeData.of(details, messages), file.plan() == null ? EMPTY : file.plan(),
                NoticeData.date(h.planApprovedOn(), dates), h.planApprovedBy());
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>(head.parameters());
        p.put("goalAndTasks", plan.goalAndTasks());
        p.put("methodsAndMeasures", plan.methodsAndMeasures());
        p.put("fundsAndMaterials", plan.fundsAndMaterials());
        p.put("organisationAndResponsible", plan.organisationAndResponsible());
        p.put("timeLimitAndRequirements", plan.timeLimitAndRequirements());
        p.put("safetyAndEmergency", plan.safetyAndEmergency());
        p.put("approvedOn", approvedOn);
        p.put("approvedBy", approvedBy);
        return p;
    }
}
