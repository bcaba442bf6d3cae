package org.hazardledger.sheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.LedgerLines;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;

/**
 * The hazard ledger (any view, with its filters) as an .xlsx sheet: every {@link
 * org.hazardledger.model.LedgerField} as a column, read page by page while it is written.
 * <p>What it writes is what the importer reads back: the headers are exactly the fields' labels, a
 * choice (grade, status...) is exactly its label, dates are real dates and funds numbers.
 */
public final class LedgerExport {

    /** Lines fetched per page while writing. */
    static final int PAGE = 1_000;

    private final LedgerSheetService sheets;
    private final Messages messages;

    public LedgerExport(LedgerSheetService sheets, Messages messages) {
        this.sheets = sheets;
        this.messages = messages;
    }

    /** Writes the hazards {@code query} selects; {@code filter} says in words what it selects. */
    public void write(Path out, HazardQuery query, String filter, Progress progress) {
        XlsxExport.write(out, List.of(table(query, filter)), progress);
    }

    /** The ledger as a table whose rows are fetched a page at a time while they are written. */
    SheetTable table(HazardQuery query, String filter) {
        String name = messages.get("sheetExport.ledger.title");
        return new SheetTable(name, SheetText.title(sheets.enterpriseName(), name),
                SheetText.filterLine(messages, filter), columns(messages), () -> new Pages(query),
                sheets.count(query));
    }

    /** Every ledger field, in order, headed by its label. */
    static List<SheetColumn> columns(Messages messages) {
        List<SheetColumn> out = new ArrayList<>();
        for (LedgerField f : LedgerField.values()) {
            out.add(new SheetColumn(messages.label(f), kind(f), width(f)));
        }
        return out;
    }

    static ColumnKind kind(LedgerField field) {
        if (field.isDate()) {
            return ColumnKind.DATE;
        }
        return field.type() == BigDecimal.class ? ColumnKind.AMOUNT : ColumnKind.TEXT;
    }

    static int width(LedgerField field) {
        switch (field) {
            case DESCRIPTION:
            case MEASURES:
                return 40;
            case INTERIM_SAFEGUARDS:
            case ACCEPTANCE_STANDARD:
            case MAJOR_REASON:
            case MAJOR_CRITERION:
            case DISPOSITION_REASON:
            case ACCEPTANCE_RESULT:
            case RECHECK_RESULT:
            case PLACE:
                return 24;
            case UNIT:
            case CATEGORY:
                return 20;
            case NUMBER:
                return 16;
            default:
                return field.isDate() ? 12 : 10;
        }
    }

    /** One line as cell values: enums as their labels, everything else as it is. */
    static List<Object> values(LedgerLine line, Messages messages) {
        List<Object> row = new ArrayList<>(LedgerField.values().length);
        for (LedgerField f : LedgerField.values()) {
            Object v = line.get(f);
            row.add(v instanceof Labelled l ? messages.label(l) : v instanceof LocalDate || v == null ? v
                    : v instanceof BigDecimal ? v : v.toString());
        }
        return row;
    }

    /** The ledger's lines, a page at a time: the next page is fetched when the previous is used up. */
    private final class Pages implements Iterator<List<Object>> {

        private final HazardQuery query;
        private Iterator<LedgerLine> page;
        private LedgerPage.PageCursor next;
        private boolean last;

        Pages(HazardQuery query) {
            this.query = query;
            fetch(null);
        }

        private void fetch(LedgerPage.PageCursor cursor) {
            LedgerLines lines = sheets.lines(query, cursor, PAGE);
            page = lines.lines().iterator();
            next = lines.next();
            last = next == null;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !last) {
                fetch(next);
            }
            return page.hasNext();
        }

        @Override
        public List<Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return values(page.next(), messages);
        }
    }
}
