package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hazardledger.model.Handling;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.Outcome;
import org.hazardledger.service.Messages;

/**
 * What the 隐患治理销号单 prints beyond the notice's facts and 五定: rectification, acceptance, the
 * union's signature, closure and recheck, each a finished string. A step not reached yet is null, so
 * its block prints empty (with its signature lines) to be filled in by hand.
 */
record ClosureData(NoticeData head, String rectifiedOn, String evidence, String acceptanceResult,
                   String acceptedBy, String acceptedOn, String signOffUnion, String signedOffBy,
                   String signedOffOn, String signOffNote, String closedOn, String closedBy, String rechecker,
                   String recheckedOn, String recheckResult) {

    static ClosureData of(HazardDetails details, Messages messages) {
        Outcome o = details.hazard().outcome();
        Handling h = details.hazard().handling();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), messages.locale());
        return new ClosureData(NoticeData.of(details, messages),
                NoticeData.date(o.rectifiedOn(), dates), h.evidence(),
                o.acceptanceResult(), h.acceptedBy(), NoticeData.date(o.acceptedOn(), dates),
                h.signedOffTier() == null ? null
                        : messages.get("report.closure.unionOfTier", messages.label(h.signedOffTier())),
                h.signedOffBy(), NoticeData.date(h.signedOffOn(), dates), h.signOffNote(),
                NoticeData.date(o.closedOn(), dates), h.closedBy(),
                o.recheckedOn() == null ? null : details.recheckerName(),
                NoticeData.date(o.recheckedOn(), dates), o.recheckedOn() == null ? null : h.recheckResult());
    }

    /** The fill parameters: the notice's, and the later steps'. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>(head.parameters());
        p.put("rectifiedOn", rectifiedOn);
        p.put("evidence", evidence);
        p.put("acceptanceResult", acceptanceResult);
        p.put("acceptedBy", acceptedBy);
        p.put("acceptedOn", acceptedOn);
        p.put("signOffUnion", signOffUnion);
        p.put("signedOffBy", signedOffBy);
        p.put("signedOffOn", signedOffOn);
        p.put("signOffNote", signOffNote);
        p.put("closedOn", closedOn);
        p.put("closedBy", closedBy);
        p.put("rechecker", rechecker);
        p.put("recheckedOn", recheckedOn);
        p.put("recheckResult", recheckResult);
        p.put("rechecked", recheckedOn != null);
        return p;
    }
}
