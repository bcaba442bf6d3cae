package org.hazardledger.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Deadline;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorStep;

/**
 * A major hazard's file as the signed-in user sees it: the hazard's number and status, the file (an
 * empty one at revision 0 before anything is entered), the steps the user may take now, and the
 * department's review clock once a request was delivered.
 */
public record MajorHazardSheet(UUID hazardId, String number, HazardStatus status, MajorHazardFile file,
                               List<MajorStep> allowedSteps, Optional<Deadline> reviewDeadline) {

    public MajorHazardSheet {
        allowedSteps = List.copyOf(allowedSteps);
    }

    public boolean allows(MajorStep step) {
        return allowedSteps.contains(step);
    }
}
