package org.hazardledger.sheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * The ledger's lines, a page at a time, read one page ahead on a second thread: while the writer
     * turns page N into cells, the reader fetches page N+1 from the ledger and makes its cell values,
     * so the two cores share the work. At most two pages are held (the one written and the one read
     * ahead). {@link #close()} lets a read in flight end on its own (an interrupt would close the H2
     * file channel under it) and reads nothing more.
     */
    private final class Pages implements Iterator<List<Object>>, AutoCloseable {

        private final HazardQuery query;
        private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "ledger-export-reader");
            t.setDaemon(true);
            return t;
        });
        private Iterator<List<Object>> page = java.util.Collections.emptyIterator();
        private Future<Page> ahead;

        Pages(HazardQuery query) {
            this.query = query;
            ahead = reader.submit(() -> fetch(null));
        }

        private Page fetch(LedgerPage.PageCursor cursor) {
            LedgerLines lines = sheets.lines(query, cursor, PAGE);
            List<List<Object>> rows = new ArrayList<>(lines.lines().size());
            for (LedgerLine line : lines.lines()) {
                rows.add(values(line, messages));
            }
            return new Page(rows, lines.next());
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && ahead != null) {
                Page fetched = await(ahead);
                LedgerPage.PageCursor cursor = fetched.next();
                ahead = cursor == null ? null : reader.submit(() -> fetch(cursor));
                if (ahead == null) {
                    reader.shutdown();
                }
                page = fetched.rows().iterator();
            }
            return page.hasNext();
        }

        @Override
        public List<Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }

        @Override
        public void close() {
            ahead = null;
            reader.shutdown();
        }

        private Page await(Future<Page> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new CancellationException();
            } catch (ExecutionException e) {
                close();
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /** One page of rows and where the next begins (null: none). */
    private record Page(List<List<Object>> rows, LedgerPage.PageCursor next) {
    }
}
