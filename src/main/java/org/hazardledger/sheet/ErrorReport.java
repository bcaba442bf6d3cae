package org.hazardledger.sheet;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.ImportProblem;
import org.hazardledger.service.Messages;

/**
 * The import's error report (.xlsx): the sheet's header and data rows as they were read, the cells
 * with a problem filled red with the reason as a comment, a 问题 column at the end of each bad row,
 * and a second sheet listing every problem (row, column, value, problem).
 */
public final class ErrorReport {

    private ErrorReport() {
    }

    /**
     * {@code headers} are the sheet's header texts per column ({@link SheetImport#headers()}); a
     * problem's column is found through {@code mapping} from its field (a row problem has none).
     */
    public static void write(Path out, SheetGrid grid, SheetHeader header, List<String> headers,
                             ColumnMapping mapping, List<ImportProblem> problems, Messages messages) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
