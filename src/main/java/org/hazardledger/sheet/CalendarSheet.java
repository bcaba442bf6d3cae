package org.hazardledger.sheet;

import java.util.List;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.service.Messages;

/** The compliance calendar (which unit held its rounds in which period) as a sheet. */
public final class CalendarSheet {

    private CalendarSheet() {
    }

    public static SheetTable table(List<ComplianceEntry> entries, String enterprise, String filter, Messages messages) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
