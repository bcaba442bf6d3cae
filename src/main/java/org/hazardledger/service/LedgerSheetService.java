package org.hazardledger.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.ImportCheck;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.LedgerLines;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.store.Store;
import org.hazardledger.store.StoreSession;

/**
 * The ledger as sheet lines (S07): full lines for export, page by page, and the import of lines
 * read from a sheet, checked against the ledger and written in one transaction. Each public method
 * is one transaction.
 */
public final class LedgerSheetService {

    /** The most lines one page may ask for. */
    public static final int MAX_PAGE = 2_000;

    private final Store store;
    private final UserSession session;

    public LedgerSheetService(Store store, UserSession session) {
        this.store = store;
        this.session = session;
    }

    /** The enterprise's name, for the title row of a sheet. */
    public String enterpriseName() {
        return store.transact(s -> s.organisation().enterprise().map(Enterprise::name).orElse(""));
    }

    /** How many hazards {@code query} selects. */
    public int count(HazardQuery query) {
        return store.transact(s -> s.hazards().count(query, unitSubtree(s, query), today(s)));
    }

    /**
     * One page of full ledger lines in the ledger's order (newest first), after {@code cursor} (null:
     * from the start), names resolved: the unit as its path below the enterprise, people by name.
     */
    public LedgerLines lines(HazardQuery query, LedgerPage.PageCursor cursor, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_PAGE));
        return store.transact(s -> {
            List<Hazard> page = s.hazards().fullPage(query, unitSubtree(s, query), today(s), cursor, bounded);
            LedgerPage.PageCursor next = null;
            if (page.size() > bounded) {
                page = page.subList(0, bounded);
                Hazard last = page.get(bounded - 1);
                next = new LedgerPage.PageCursor(last.registration().foundOn(), last.number().toString());
            }
            SheetLines names = SheetLines.of(s);
            return new LedgerLines(page.stream().map(names::line).toList(), next);
        });
    }

    private static Set<UUID> unitSubtree(StoreSession s, HazardQuery q) {
        return q.unitId() == null ? Set.of() : OrganisationOperations.subtree(s, q.unitId());
    }

    private static LocalDate today(StoreSession s) {
        return LocalDate.now(s.clock());
    }

    /**
     * Whether the signed-in account (or a process) may import sheets into this ledger: a clerk or an
     * administrator answering for the whole enterprise, or a process without an account.
     */
    public boolean canImport() {
        return SheetImportOperations.mayImport(session.actor());
    }

    /**
     * Checks the rows against the ledger without writing anything: the same problems
     * {@link #importLines} would find, and the names the ledger does not know.
     */
    public ImportCheck check(List<ImportLine> lines, ImportOptions options) {
        SheetImportOperations.requireImporter(session.actor());
        ImportOptions o = options == null ? ImportOptions.defaults(null) : options;
        return store.transact(s -> SheetImportOperations.plan(s, lines, o, Progress.NONE).check());
    }

    /**
     * Imports the rows in one transaction: all of them or nothing ({@code ALL_OR_NOTHING} with any
     * problem writes nothing), or the valid ones ({@code VALID_ONLY}). Cancelling rolls back.
     */
    public ImportOutcome importLines(List<ImportLine> lines, ImportOptions options, Progress progress) {
        Actor actor = session.actor();
        SheetImportOperations.requireImporter(actor);
        ImportOptions o = options == null ? ImportOptions.defaults(null) : options;
        Progress p = progress == null ? Progress.NONE : progress;
        return store.transact(s -> SheetImportOperations.write(s, actor,
                SheetImportOperations.plan(s, lines, o, p), o, p));
    }
}
