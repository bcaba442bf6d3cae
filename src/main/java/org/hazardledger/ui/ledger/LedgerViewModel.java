package org.hazardledger.ui.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.MajorHazardFile;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Debouncer;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.sheetexport.SheetExportViewModel;
import org.hazardledger.sheet.LedgerExport;

/**
 * The ledger table's state. Rows come page by page (keyset cursors), never the whole ledger: the
 * first {@value #PAGE_SIZE} (by default) after each query, more when the user nears the end. Every database call
 * runs on the TaskExecutor; a reply to an older query is dropped.
 */
public final class LedgerViewModel {

    public static final int PAGE_SIZE = 200;
    /** After registering, how many further pages to read looking for the new hazard. */
    private static final int FIND_PAGES_MAX = 5;

    private final WorkbenchServices services;
    private final Messages messages;
    private final LedgerFilterViewModel filter;
    private final HazardDetailViewModel detail;
    private final ObservableList<HazardRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper();
    private final ObjectProperty<HazardRow> selected = new SimpleObjectProperty<>();
    private final SheetExportViewModel excel;
    private final int pageSize;
    /** How close to the last loaded row scrolling must come before the next page is fetched. */
    private final int prefetchRows;
    private Map<String, CatalogEntry> categories = Map.of();

    private HazardQuery query = HazardQuery.ALL;
    /** "My tasks" found nothing for the signed-in user: the query alone would select more than is shown. */
    private boolean noTasks;
    private LedgerPage.PageCursor next;
    private final Map<UUID, String> safeguards = new HashMap<>();
    private long generation;
    private int inFlight;
    private UUID wanted;
    private int findPagesLeft;

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
        selected.addListener((o, was, now) -> detail.show(now == null ? null : now.id()));
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

    /** Runs the current filters again from the first page (F5, a filter change, a new hazard). */
    public void refresh() {
        query = filter.query();
        long asked = ++generation;
        UUID keep = wanted != null ? wanted : Optional.ofNullable(selected.get()).map(HazardRow::id).orElse(null);
        next = null;
        hasMore.set(false);
        begin();
        HazardQuery asQueried = query;
        boolean mine = filter.myTasksProperty().get();
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    Optional<HazardQuery> q = mine ? services.hazards().myTasks(asQueried) : Optional.of(asQueried);
                    if (q.isEmpty()) {
                        return new FirstPage(0, LedgerPage.EMPTY, asQueried, Map.of());
                    }
                    LedgerPage page = services.hazards().page(q.get(), null, pageSize);
                    return new FirstPage(services.hazards().count(q.get()), page, q.get(), safeguardsOf(page));
                },
                first -> {
                    end();
                    if (asked != generation) {
                        return;
                    }
                    query = first.query();
                    noTasks = mine && first.page() == LedgerPage.EMPTY;
                    safeguards.clear();
                    safeguards.putAll(first.safeguards());
                    total.set(first.count());
                    rows.setAll(first.page().rows());
                    setNext(first.page());
                    reselect(keep);
                },
                this::failed));
    }

    /** Fetches the next page, if there is one and none is on its way. */
    public void loadMore() {
        if (next == null || loading.get()) {
            return;
        }
        long asked = generation;
        LedgerPage.PageCursor from = next;
        HazardQuery q = query;
        begin();
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    LedgerPage page = services.hazards().page(q, from, pageSize);
                    return new NextPage(page, safeguardsOf(page));
                },
                more -> {
                    end();
                    if (asked != generation) {
                        return;
                    }
                    LedgerPage page = more.page();
                    safeguards.putAll(more.safeguards());
                    rows.addAll(page.rows());
                    setNext(page);
                    if (wanted != null) {
                        reselect(wanted);
                    } else {
                        updateCountText();
                    }
                },
                this::failed));
    }

    /** The table shows row {@code index}: near the end of what is loaded, fetch more. */
    public void rowShown(int index) {
        if (index >= rows.size() - prefetchRows) {
            loadMore();
        }
    }

    /** A hazard was registered: say so, reload and select it. */
    public void hazardRegistered(Hazard hazard) {
        notice.set(null);
        notice.set(messages.get("ledger.registered", hazard.number().toString()));
        wanted = hazard.id();
        findPagesLeft = FIND_PAGES_MAX;
        refresh();
    }

    /** A lifecycle action was taken on a hazard: say so, reload, keep it selected and show it anew. */
    public void hazardChanged(Hazard hazard) {
        notice.set(null);
        notice.set(messages.get("ledger.changed", hazard.number().toString(), messages.label(hazard.status())));
        wanted = hazard.id();
        findPagesLeft = FIND_PAGES_MAX;
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

    private void reselect(UUID id) {
        HazardRow row = id == null ? null
                : rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null && id != null && id.equals(wanted) && next != null && findPagesLeft-- > 0) {
            updateCountText();
            loadMore();
            return;
        }
        if (id != null && id.equals(wanted)) {
            wanted = null;
        }
        selected.set(row);
        updateCountText();
    }

    private void setNext(LedgerPage page) {
        next = page.nextCursor().orElse(null);
        hasMore.set(next != null);
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
        countText.set(messages.get("ledger.count", total.get(), rows.size()));
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

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** "共 N 条，已显示 M 条". */
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
    private Map<UUID, String> safeguardsOf(LedgerPage page) {
        List<UUID> majors = page.rows().stream().filter(r -> r.grade() == Grade.MAJOR && r.status().isOpen())
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
        return safeguards.getOrDefault(hazardId, "");
    }

    private record NextPage(LedgerPage page, Map<UUID, String> safeguards) {
    }

    private record FirstPage(int count, LedgerPage page, HazardQuery query, Map<UUID, String> safeguards) {
    }
}
