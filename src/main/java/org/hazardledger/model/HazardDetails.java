package org.hazardledger.model;

/** A hazard with the names a person reads instead of ids: for the detail pane and printed forms. */
public record HazardDetails(Hazard hazard, String enterpriseName, String unitPath, String finderName,
                            String categoryNameZh, String categoryNameEn, String responsibleName,
                            String acceptorName, String recheckerName) {
}
