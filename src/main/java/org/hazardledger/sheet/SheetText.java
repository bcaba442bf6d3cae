package org.hazardledger.sheet;

import java.time.LocalDate;
import org.hazardledger.service.Messages;

/** The words of an exported sheet's title and filter rows. */
final class SheetText {

    private SheetText() {
    }

    /** "XX公司 隐患排查治理台账": the enterprise, then what the table is. */
    static String title(String enterprise, String what) {
        return enterprise == null || enterprise.isBlank() ? what : enterprise + " " + what;
    }

    /** "筛选：… 导出日期：2026-06-15"; the filter reads "全部" when there is none. */
    static String filterLine(Messages messages, String filter) {
        String shown = filter == null || filter.isBlank() ? messages.get("sheetExport.filter.none") : filter;
        return messages.get("sheetExport.filterLine", shown, LocalDate.now().toString());
    }
}
