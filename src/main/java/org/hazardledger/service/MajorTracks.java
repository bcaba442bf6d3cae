package org.hazardledger.service;

import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.MajorTrackView;
import org.hazardledger.store.StoreSession;

/** What the lifecycle needs to know of a major hazard's own track (report, plan, review, struck off). */
final class MajorTracks {

    private MajorTracks() {
    }

    static MajorTrackView view(StoreSession s, Hazard h) {
        if (h.grading().grade() != Grade.MAJOR) {
            return MajorTrackView.NONE;
        }
        return s.majorHazards().byHazard(h.id()).map(MajorTracks::view).orElse(MajorTrackView.NONE);
    }

    static MajorTrackView view(MajorHazardFile f) {
        return new MajorTrackView(f.planComplete(), f.departmentReport() != null, f.listing() != null,
                f.reviewPassed(), f.struckOffOn() != null);
    }
}
