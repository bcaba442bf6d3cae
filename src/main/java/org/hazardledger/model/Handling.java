package org.hazardledger.model;

import java.time.LocalDate;

/**
 * What the lifecycle records beyond the 五定 and the outcome dates: the plan, the evidence, who
 * accepted, the union's signature, who struck it off, the last recheck, and why it was rejected,
 * merged, escalated or reopened. Names are the signed-in users' names, as written on the record.
 */
public record Handling(String plan, LocalDate planApprovedOn, String planApprovedBy, String escalationReason,
                       String evidence, String acceptedBy, String acceptanceRejection, LocalDate signedOffOn,
                       String signedOffBy, Tier signedOffTier, String signOffNote, String closedBy,
                       String recheckResult, String dispositionReason, HazardNumber mergedInto, int reopenCount) {

    public static final Handling NONE = new Handling(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, 0);
}
