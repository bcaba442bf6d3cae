package org.hazardledger.report;

import java.io.OutputStream;
import org.hazardledger.service.HazardService;

/** Prints the ledger's forms as PDF (A4, Chinese, the CJK font embedded). */
public final class ReportService {

    private final HazardService hazards;

    public ReportService(HazardService hazards) {
        this.hazards = hazards;
    }

    /** Writes the 隐患整改通知单 (rectification notice) of one hazard as PDF. */
    public void writeNotice(String hazardNumber, OutputStream out) {
        throw new UnsupportedOperationException("notice not written yet: " + hazards + hazardNumber + out);
    }
}
