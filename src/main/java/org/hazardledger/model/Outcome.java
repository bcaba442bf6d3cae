package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** What happened after rectification: done, accepted, closed (销号), rechecked. All empty at first. */
public record Outcome(LocalDate rectifiedOn, String acceptanceResult, LocalDate acceptedOn, LocalDate closedOn,
                      UUID recheckerId, LocalDate recheckedOn) {

    public static final Outcome NONE = new Outcome(null, null, null, null, null, null);
}
