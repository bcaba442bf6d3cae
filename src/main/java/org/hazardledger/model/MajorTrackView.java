package org.hazardledger.model;

/**
 * What the lifecycle needs to know of a major hazard's own track (report, plan, listing, evaluation,
 * resumption request, department review, struck off): the state machine guards plan approval and
 * closure on it. {@link #NONE} for a general hazard or a major hazard with nothing recorded yet.
 */
public record MajorTrackView(boolean planComplete, boolean reported, boolean listed, boolean reviewed,
                             boolean struckOff) {

    public static final MajorTrackView NONE = new MajorTrackView(false, false, false, false, false);

    /** A major hazard may be closed once reported and reviewed by the department, and struck off when listed. */
    public boolean allowsClosure() {
        return reported && reviewed && (!listed || struckOff);
    }
}
