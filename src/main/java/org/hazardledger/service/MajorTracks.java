package org.hazardledger.service;

import org.hazardledger.model.Hazard;
import org.hazardledger.model.MajorTrackView;
import org.hazardledger.store.StoreSession;

/** What the lifecycle needs to know of a major hazard's own track (report, plan, review, struck off). */
final class MajorTracks {

    private MajorTracks() {
    }

    static MajorTrackView view(StoreSession s, Hazard h) {
        // The major-hazard file (report, six-item plan, department review) is kept by MajorHazardService.
        return MajorTrackView.NONE;
    }
}
