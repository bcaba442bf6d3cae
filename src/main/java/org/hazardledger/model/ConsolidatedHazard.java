package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A hazard received from an enterprise, as a row of the federation's consolidated views.
 *
 * @param grade    null when the sender used a grade this version does not know
 * @param status   null when the sender used a status this version does not know
 * @param listedOn for a listed major hazard (挂牌督办): the day it was listed; otherwise null
 */
public record ConsolidatedHazard(UUID installation, String enterpriseName, UUID hazardId, String number,
                                 String summary, Grade grade, HazardStatus status, LocalDate foundOn,
                                 LocalDate deadline, LocalDate closedOn, LocalDate listedOn) {

    public boolean open() {
        return status != null && status.isOpen();
    }

    /** Open with its deadline before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return open() && deadline != null && deadline.isBefore(today);
    }
}
