package org.hazardledger.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.service.Messages;

/**
 * The compliance calendar (which unit held its rounds in which period) as a sheet: unit, tier, the
 * period's first and last day (real dates), the state and the rounds held.
 */
public final class CalendarSheet {

    private CalendarSheet() {
    }

    public static SheetTable table(List<ComplianceEntry> entries, String enterprise, String filter, Messages messages) {
        String what = messages.get("sheetExport.calendar.title");
        List<SheetColumn> columns = List.of(
                new SheetColumn(messages.get("sheetExport.calendar.unit"), ColumnKind.TEXT, 20),
                new SheetColumn(messages.get("sheetExport.calendar.tier"), ColumnKind.TEXT, 12),
                new SheetColumn(messages.get("sheetExport.calendar.from"), ColumnKind.DATE, 12),
                new SheetColumn(messages.get("sheetExport.calendar.to"), ColumnKind.DATE, 12),
                new SheetColumn(messages.get("sheetExport.calendar.state"), ColumnKind.TEXT, 10),
                new SheetColumn(messages.get("sheetExport.calendar.held"), ColumnKind.INTEGER, 10));
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceEntry e : entries) {
            rows.add(Arrays.asList(e.unitName(), messages.label(e.tier()), e.period().from(), e.period().to(),
                    messages.label(e.state()), e.roundsHeld()));
        }
        return new SheetTable(what, SheetText.title(enterprise, what), SheetText.filterLine(messages, filter),
                columns, rows, rows.size());
    }
}
