package org.hazardledger.model;

/**
 * Where a major hazard's own track stands (decision 0005): the file is opened, reported to the
 * department, optionally listed for supervised rectification (挂牌督办), evaluated, the request to
 * resume production delivered, reviewed on site by the department, struck off (核销).
 */
public enum MajorStage implements Labelled {
    OPENED,
    REPORTED,
    LISTED,
    EVALUATED,
    RESUMPTION_REQUESTED,
    REVIEWED,
    STRUCK_OFF;

    @Override
    public String labelKey() {
        return "majorStage." + name();
    }
}
