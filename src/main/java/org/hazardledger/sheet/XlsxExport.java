package org.hazardledger.sheet;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.service.Progress;

/**
 * Writes tables to an .xlsx file the way a person would hand it over: a title row, the filter
 * line, Chinese headers, real dates, a frozen header row, an auto-filter and column widths. Streams
 * (SXSSF) so the rows in memory stay bounded, and writes to a temporary file that replaces
 * {@code out} only when complete: a cancel or a full disk leaves no half file.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(Path out, List<SheetTable> tables, Progress progress) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
