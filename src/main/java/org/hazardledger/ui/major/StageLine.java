package org.hazardledger.ui.major;

import org.hazardledger.model.MajorStage;

/**
 * One stage of the track in the stepper: its name, the date it was reached ("" if not yet), and how
 * it stands.
 */
public record StageLine(MajorStage stage, String label, String date, State state) {

    public enum State {
        DONE,
        /** The next stage to reach. */
        NEXT,
        PENDING,
        /** Listing is optional: passed over without it. */
        SKIPPED
    }
}
