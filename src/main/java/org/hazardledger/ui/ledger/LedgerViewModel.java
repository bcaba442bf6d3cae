package org.hazardledger.ui.ledger;

import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableListBase;
import javafx.collections.ObservableList;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.LedgerPositions;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.sheetexport.SheetExportViewModel;
import org.hazardledger.sheet.LedgerExport;

/**
 * The ledger table's state. The table's items are a window on the whole result ({@link #rows()} has
 * the result's size), but only a few pages of rows are ever held: the pages around what the table
 * shows ({@link #MAX_PAGES} pages of {@value #PAGE_SIZE} rows by default); the others are evicted
 * and read again, by keyset from the page above or by the query's positions (an anchor every
 * 1,000 rows), when the user scrolls back to them. A row not read yet is a placeholder
 * ({@link #isPlaceholder}). Every database call runs on the TaskExecutor; a reply to an older
 * query is dropped.
 */
public final class LedgerViewModel {

    public static final int PAGE_SIZE = 200;
    /** The most pages held at once: what is on screen plus a margin either side. */
    public static final int MAX_PAGES = 5;
    /** After registering, how many pages to read looking for the new hazard. */
    private static final int FIND_PAGES_MAX = 5;

    private final WorkbenchServices services;
    private final Messages messages;
    private final LedgerFilterViewModel filter;
    private final HazardDetailViewModel detail;
    private final WindowRows rows = new WindowRows();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** Counts the pages that arrived: the table redraws the rows in view when it moves. */
    private final ReadOnlyIntegerWrapper arrivals = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ObjectProperty<HazardRow> selected = new SimpleObjectProperty<>();
    private final SheetExportViewModel excel;
    private final int pageSize;
    /** How close to a page's edge a shown row must come before the page beyond is fetched. */
    private final int prefetchRows;
    private Map<String, CatalogEntry> categories = Map.of();

    private HazardQuery query = HazardQuery.ALL;
    /** "My tasks" found nothing for the signed-in user: the query alone would select more than is shown. */
    private boolean noTasks;
    /** The pages held, by page number (row {@code n} is on page {@code n / pageSize}). */
    private final Map<Integer, Page> pages = new HashMap<>();
    private final Set<Integer> pending = new HashSet<>();
    /** The query's positions, once read (only needed to reach a page whose page above is not held). */
    private LedgerPositions positions;
    /** The page of the row the table showed last, read by the background tasks to drop stale requests. */
    private volatile int shownPage;
    private long generation;
    private int inFlight;
    private int peakHeld;
    private UUID wanted;
    /** The hazard to select once found, and the pages still to look in for it. */
    private UUID keep;
    private final Deque<Integer> lookIn = new ArrayDeque<>();

    public LedgerViewModel(WorkbenchServices services, Debouncer searchDebouncer) {
        this(services, searchDebouncer, PAGE_SIZE);
    }

    /** With a smaller page, so tests can page through a small ledger. */
    public LedgerViewModel(WorkbenchServices services, Debouncer searchDebouncer, int pageSize) {
        this.services = services;
        this.pageSize = pageSize;
        this.prefetchRows = Math.max(1, pageSize / 5);
        this.messages = services.messages();
        this.filter = new LedgerFilterViewModel(messages, searchDebouncer);
        this.detail = new HazardDetailViewModel(services);
        this.excel = new SheetExportViewModel(services);
        filter.setOnChange(this::refresh);
        selected.addListener((o, was, now) -> detail.show(now == null || isPlaceholder(now) ? null : now.id()));
        detail.actions().setOnChanged(this::hazardChanged);
        updateCountText();
    }

    /** Reads the category names and the units for the filter, then the first page. */
    public void start() {
        begin();
        services.tasks().execute(BackgroundTask.of(
                () -> new Reference(services.referenceData().hazardCategories(),
                        UnitOption.fromUnits(services.organisation().units())),
                ref -> {
                    end();
                    categories = ref.categories().stream()
                            .collect(Collectors.toMap(CatalogEntry::code, Function.identity(), (a, b) -> a));
                    filter.setUnits(ref.units());
                    refresh();
                },
                this::failed));
    }

    /**
     * Runs the current filters again from the first page (F5, a filter change, a new hazard): the
     * count and the first page, then the selected hazard looked for where it was.
     */
    public void refresh() {
        query = filter.query();
        long asked = ++generation;
        HazardRow was = selected.get();
        UUID keepId = wanted != null ? wanted : was == null || isPlaceholder(was) ? null : was.id();
        int wasAt = was == null ? -1 : indexOf(was);
        begin();
        HazardQuery asQueried = query;
        boolean mine = filter.myTasksProperty().get();
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    Optional<HazardQuery> q = mine ? services.hazards().myTasks(asQueried) : Optional.of(asQueried);
                    if (q.isEmpty()) {
                        return new FirstPage(0, LedgerPage.EMPTY, asQueried, Map.of(), true);
                    }
                    LedgerPage page = services.hazards().page(q.get(), null, pageSize);
                    return new FirstPage(services.hazards().count(q.get()), page, q.get(), safeguardsOf(page.rows()),
                            false);
                },
                first -> {
                    end();
                    if (asked != generation) {
                        return;
                    }
                    query = first.query();
                    noTasks = mine && first.noTasks();
                    positions = null;
                    pending.clear();
                    pages.clear();
                    pages.put(0, new Page(first.page().rows(), first.safeguards()));
                    notePeak();
                    shownPage = 0;
                    int before = rows.size();
                    total.set(Math.max(first.count(), first.page().rows().size()));
                    rows.replacedAll(before);
                    lookFor(keepId, wasAt);
                    updateCountText();
                },
                this::failed));
    }

    /**
     * The table shows row {@code index}: read its page if it is not held, and the page beyond when
     * the row is near the page's edge. Pages far from it are evicted as new ones arrive.
     */
    public void rowShown(int index) {
        if (index < 0 || index >= total.get()) {
            return;
        }
        int page = index / pageSize;
        shownPage = page;
        request(page);
        int within = index % pageSize;
        if (within >= pageSize - prefetchRows) {
            request(page + 1);
        } else if (within < prefetchRows) {
            request(page - 1);
        }
    }

    /** Whether the row is a stand-in for one not read yet. */
    public static boolean isPlaceholder(HazardRow row) {
        return row != null && row.number() == null;
    }

    /** Where the row is in the table, if its page is held (a placeholder: its own index); else -1. */
    public int indexOf(HazardRow row) {
        return rows.indexOf(row);
    }

    /** How many rows are held now (all pages): never more than {@link #MAX_PAGES} pages. */
    public int heldRows() {
        return pages.values().stream().mapToInt(p -> p.rows().size()).sum();
    }

    /** The most rows held at once since this ViewModel was made. */
    public int peakHeldRows() {
        return peakHeld;
    }

    private void request(int page) {
        if (page < 0 || (long) page * pageSize >= total.get() || pages.containsKey(page) || pending.contains(page)) {
            return;
        }
        long asked = generation;
        HazardQuery q = query;
        Page above = pages.get(page - 1);
        LedgerPage.PageCursor after = page == 0 || above == null || above.rows().size() < pageSize ? null
                : cursorAfter(above.rows().get(above.rows().size() - 1));
        LedgerPositions known = positions;
        int offset = page * pageSize;
        boolean searching = keep != null;
        pending.add(page);
        begin();
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    if (!searching && Math.abs(page - shownPage) > MAX_PAGES / 2) {
                        return null; // scrolled past it before its turn came
                    }
                    LedgerPositions at = known;
                    List<HazardRow> read;
                    if (page == 0) {
                        read = services.hazards().page(q, null, pageSize).rows();
                    } else if (after != null) {
                        read = services.hazards().page(q, after, pageSize).rows();
                    } else {
                        if (at == null) {
                            at = services.hazards().positions(q);
                        }
                        read = services.hazards().pageAt(q, at, offset, pageSize);
                    }
                    return new Arrival(read, safeguardsOf(read), at);
                },
                arrived -> {
                    end();
                    if (asked != generation) {
                        return;
                    }
                    pending.remove(page);
                    if (arrived == null) {
                        return;
                    }
                    if (positions == null && arrived.positions() != null) {
                        positions = arrived.positions();
                    }
                    pages.put(page, new Page(arrived.rows(), arrived.safeguards()));
                    evict();
                    notePeak();
                    arrivals.set(arrivals.get() + 1);
                    if (keep != null) {
                        lookAgain();
                    }
                },
                failure -> {
                    pending.remove(page);
                    failed(failure);
                }));
    }

    /** Keeps the {@link #MAX_PAGES} pages nearest the row shown last (and the one the search waits for). */
    private void evict() {
        while (pages.size() > MAX_PAGES) {
            int far = pages.keySet().stream().max(java.util.Comparator.comparingInt(p -> Math.abs(p - shownPage)))
                    .orElseThrow();
            pages.remove(far);
        }
    }

    private void notePeak() {
        peakHeld = Math.max(peakHeld, heldRows());
    }

    private static LedgerPage.PageCursor cursorAfter(HazardRow row) {
        return new LedgerPage.PageCursor(row.foundOn(), row.number());
    }

    /**
     * After a refresh: select {@code id} again. A new hazard is looked for in the first pages in
     * turn; the hazard that was selected, on the first page and around where it was.
     */
    private void lookFor(UUID id, int wasAt) {
        keep = id;
        lookIn.clear();
        if (id == null) {
            selected.set(null);
            return;
        }
        if (id.equals(wanted)) {
            for (int p = 1; p <= FIND_PAGES_MAX; p++) {
                lookIn.add(p);
            }
        } else if (wasAt >= pageSize) {
            lookIn.add(wasAt / pageSize);
            lookIn.add((wasAt + 1) / pageSize);
            lookIn.add(Math.max(0, wasAt - 1) / pageSize);
        }
        lookAgain();
    }

    private void lookAgain() {
        while (true) {
            HazardRow row = held(keep);
            if (row != null) {
                done(row);
                return;
            }
            Integer next = lookIn.poll();
            if (next == null || (long) next * pageSize >= total.get()) {
                done(null);
                return;
            }
            if (!pages.containsKey(next)) {
                shownPage = next;
                request(next);
                if (pending.contains(next)) {
                    return;
                }
            }
        }
    }

    private void done(HazardRow row) {
        if (keep != null && keep.equals(wanted)) {
            wanted = null;
        }
        keep = null;
        lookIn.clear();
        selected.set(row);
    }

    private HazardRow held(UUID id) {
        if (id == null) {
            return null;
        }
        for (Page p : pages.values()) {
            for (HazardRow r : p.rows()) {
                if (r.id().equals(id)) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A hazard was registered: say so, reload and select it. */
    public void hazardRegistered(Hazard hazard) {
        notice.set(null);
        notice.set(messages.get("ledger.registered", hazard.number().toString()));
        wanted = hazard.id();
        refresh();
    }

    /** A lifecycle action was taken on a hazard: say so, reload, keep it selected and show it anew. */
    public void hazardChanged(Hazard hazard) {
        notice.set(null);
        notice.set(messages.get("ledger.changed", hazard.number().toString(), messages.label(hazard.status())));
        wanted = hazard.id();
        refresh();
        detail.show(hazard.id());
    }

    /**
     * 导出 Excel: exactly the hazards the table shows (the query as last run, "my tasks" included),
     * every ledger column, with the filters in words under the title.
     */
    public boolean exportExcel() {
        if (noTasks) {
            excel.refuse(messages.get("sheetExport.nothingShown"));
            return false;
        }
        HazardQuery q = query;
        String filterText = filter.describe();
        return excel.export(excel.fileName(messages.get("sheetExport.file.ledger")),
                (out, progress) -> new LedgerExport(services.sheets(), messages).write(out, q, filterText, progress));
    }

    /** The query the table shows (after "my tasks" narrowed it). */
    public HazardQuery currentQuery() {
        return query;
    }

    public SheetExportViewModel excel() {
        return excel;
    }

    /** The category's name in the user's language (the code when the catalog no longer has it). */
    public String categoryName(String code) {
        CatalogEntry e = code == null ? null : categories.get(code);
        return e == null ? code : e.name(messages.locale().getLanguage());
    }

    private void failed(Throwable failure) {
        end();
        wanted = null;
        services.dialogs().showError(messages.get("ledger.error.title"), Failures.describe(messages, failure));
    }

    private void begin() {
        inFlight++;
        loading.set(true);
    }

    private void end() {
        inFlight = Math.max(0, inFlight - 1);
        loading.set(inFlight > 0);
    }

    private void updateCountText() {
        countText.set(messages.get("ledger.total", total.get()));
    }

    public LedgerFilterViewModel filter() {
        return filter;
    }

    public HazardDetailViewModel detail() {
        return detail;
    }

    public ObservableList<HazardRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Moves each time a page arrives: the rows in view may have changed from placeholders. */
    public ReadOnlyIntegerProperty arrivalsProperty() {
        return arrivals.getReadOnlyProperty();
    }

    /** "共 N 条". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** A short message for the user ("已登记 YH-…"); set again for each new message. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObjectProperty<HazardRow> selectedProperty() {
        return selected;
    }

    public Messages messages() {
        return messages;
    }

    private record Reference(List<CatalogEntry> categories, List<UnitOption> units) {
    }

    /** The safeguards in force of the open major hazards on a page (read with the page, off the FX thread). */
    private Map<UUID, String> safeguardsOf(List<HazardRow> rows) {
        List<UUID> majors = rows.stream().filter(r -> r.grade() == Grade.MAJOR && r.status().isOpen())
                .map(HazardRow::id).toList();
        if (majors.isEmpty()) {
            return Map.of();
        }
        Map<UUID, MajorHazardFile.Safeguards> inForce = services.majorHazards().safeguardsInForce(majors);
        Map<UUID, String> out = new HashMap<>();
        // An open major hazard with nothing recorded has no safeguards in force: say so, in the ledger.
        majors.forEach(id -> out.put(id, describe(inForce.getOrDefault(id, MajorHazardFile.Safeguards.NONE))));
        return out;
    }

    private String describe(MajorHazardFile.Safeguards g) {
        List<String> parts = new ArrayList<>();
        if (g.warningSigns()) {
            parts.add(messages.get("safeguards.warningSigns"));
        }
        if (g.peopleWithdrawn()) {
            parts.add(messages.get("safeguards.peopleWithdrawn"));
        }
        if (g.useStopped()) {
            parts.add(messages.get("safeguards.useStopped"));
        }
        return parts.isEmpty() ? messages.get("safeguards.none") : String.join(messages.get("safeguards.separator"),
                parts);
    }

    /** The safeguards column's text for a row: empty for all but open major hazards. */
    public String safeguardsText(UUID hazardId) {
        for (Page p : pages.values()) {
            String text = p.safeguards().get(hazardId);
            if (text != null) {
                return text;
            }
        }
        return "";
    }

    /** One page held: its rows and the safeguards of its open major hazards. */
    private record Page(List<HazardRow> rows, Map<UUID, String> safeguards) {
    }

    private record Arrival(List<HazardRow> rows, Map<UUID, String> safeguards, LedgerPositions positions) {
    }

    private record FirstPage(int count, LedgerPage page, HazardQuery query, Map<UUID, String> safeguards,
                             boolean noTasks) {
    }

    /**
     * The table's items: as many as the result has, each the held row or a placeholder. Reading it
     * never reads the database (the table asks for pages through {@link #rowShown}); a page arriving
     * fires no change (the table redraws on {@link #arrivalsProperty}), a new result replaces all.
     */
    private final class WindowRows extends ObservableListBase<HazardRow> {

        @Override
        public HazardRow get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            Page p = pages.get(index / pageSize);
            int within = index % pageSize;
            return p != null && within < p.rows().size() ? p.rows().get(within) : placeholder(index);
        }

        @Override
        public int size() {
            return total.get();
        }

        /** Only the held rows are searched: any other row is a placeholder, found by its own index. */
        @Override
        public int indexOf(Object o) {
            if (!(o instanceof HazardRow row)) {
                return -1;
            }
            if (isPlaceholder(row)) {
                int i = (int) row.id().getLeastSignificantBits() - 1;
                return i >= 0 && i < size() && row.equals(get(i)) ? i : -1;
            }
            int best = -1;
            for (Map.Entry<Integer, Page> e : pages.entrySet()) {
                int i = e.getValue().rows().indexOf(row);
                if (i >= 0) {
                    int at = e.getKey() * pageSize + i;
                    best = best < 0 ? at : Math.min(best, at);
                }
            }
            return best;
        }

        @Override
        public int lastIndexOf(Object o) {
            return indexOf(o);
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        void replacedAll(int before) {
            if (before == 0 && size() == 0) {
                return;
            }
            beginChange();
            nextReplace(0, size(), new PlaceholderList(before));
            endChange();
        }
    }

    /** A stand-in row: no number, its index in its id (so no two are equal). */
    private static HazardRow placeholder(int index) {
        return new HazardRow(new UUID(0, index + 1L), null, null, null, null, null, null, null, null, null, null,
                null, false, null, null);
    }

    /** The rows a new result replaced, as placeholders (the table only counts them). */
    private static final class PlaceholderList extends AbstractList<HazardRow> {
        private final int size;

        PlaceholderList(int size) {
            this.size = size;
        }

        @Override
        public HazardRow get(int index) {
            return placeholder(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
