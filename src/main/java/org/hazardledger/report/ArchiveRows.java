package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.TierArchive;
import org.hazardledger.service.Messages;

/**
 * The rows of the archive's four tables as one source, made one row at a time (a 10,000-hazard
 * archive never holds 10,000 row maps): each row names its section (the template groups on it) and
 * its kind (which detail band prints it). A section without rows yields one row of kind "none".
 */
final class ArchiveRows implements JRDataSource {

    /** Tables print dates short, so the columns stay narrow: 2026-06-20. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final List<Section<?>> sections;
    private int section;
    private int index = -1;
    private Map<String, String> current;

    ArchiveRows(TierArchive archive, Messages messages) {
        Map<String, CatalogEntry> categories = archive.categories();
        Function<HazardRow, Map<String, String>> hazard = h -> hazard(h, categories, messages);
        this.sections = List.of(
                new Section<>("FOUND", messages.get("report.archive.section.found", archive.found().size()),
                        "hazard", archive.found(), hazard),
                new Section<>("HANDLED", messages.get("report.archive.section.handled", archive.handled().size()),
                        "hazard", archive.handled(), hazard),
                new Section<>("HELD", messages.get("report.archive.section.held", archive.roundsHeld().size()),
                        "round", archive.roundsHeld(), ArchiveRows::round),
                new Section<>("MISSED", messages.get("report.archive.section.missed", archive.roundsMissed().size()),
                        "missed", archive.roundsMissed(), e -> missed(e, messages)));
    }

    /** How many rows the source yields, for progress. */
    long count() {
        return sections.stream().mapToLong(s -> Math.max(1, s.items().size())).sum();
    }

    @Override
    public boolean next() {
        while (section < sections.size()) {
            Section<?> s = sections.get(section);
            index++;
            if (s.items().isEmpty() && index == 0) {
                current = s.row(null, 0);
                return true;
            }
            if (index < s.items().size()) {
                current = s.row(s.items().get(index), index + 1);
                return true;
            }
            section++;
            index = -1;
        }
        current = null;
        return false;
    }

    @Override
    public Object getFieldValue(JRField field) {
        return current == null ? null : current.get(field.getName());
    }

    private static Map<String, String> hazard(HazardRow h, Map<String, CatalogEntry> categories, Messages messages) {
        Map<String, String> m = new HashMap<>();
        m.put("number", h.number());
        m.put("foundOn", day(h.foundOn()));
        m.put("place", place(h.unitName(), h.place(), messages));
        m.put("description", h.description());
        CatalogEntry category = h.categoryCode() == null ? null : categories.get(h.categoryCode());
        m.put("category", category == null ? h.categoryCode() : category.nameZh());
        m.put("grade", h.grade() == null ? null : messages.label(h.grade()));
        m.put("responsible", h.responsibleName());
        m.put("deadline", day(h.deadline()));
        String status = messages.label(h.status());
        m.put("status", h.overdue() ? messages.get("report.archive.overdueStatus", status) : status);
        m.put("closedOn", day(h.closedOn()));
        return m;
    }

    private static Map<String, String> round(RoundRow r) {
        Map<String, String> m = new HashMap<>();
        m.put("heldOn", day(r.heldOn()));
        m.put("unit", r.unitName());
        m.put("inspectors", r.inspectorNames());
        m.put("checklist", r.checklistName());
        m.put("failed", String.valueOf(r.failedCount()));
        m.put("hazards", String.valueOf(r.hazardCount()));
        return m;
    }

    private static Map<String, String> missed(ComplianceEntry e, Messages messages) {
        Map<String, String> m = new HashMap<>();
        m.put("period", e.period().singleDay() ? day(e.period().from())
                : messages.get("report.archive.periodRange", day(e.period().from()), day(e.period().to())));
        m.put("unit", e.unitName());
        m.put("state", messages.label(e.state()));
        return m;
    }

    private static String place(String unit, String place, Messages messages) {
        boolean hasUnit = unit != null && !unit.isBlank();
        boolean hasPlace = place != null && !place.isBlank();
        if (hasUnit && hasPlace) {
            return messages.get("report.notice.location", unit, place);
        }
        return hasUnit ? unit : hasPlace ? place : null;
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? null : DAY.format(d);
    }

    /** One table: its rows and how one item becomes a row. */
    private record Section<T>(String name, String title, String kind, List<T> items,
                              Function<T, Map<String, String>> columns) {

        @SuppressWarnings("unchecked")
        Map<String, String> row(Object item, int seq) {
            Map<String, String> m = item == null ? new HashMap<>() : columns.apply((T) item);
            m.put("section", name);
            m.put("sectionTitle", title);
            m.put("kind", item == null ? "none" : kind);
            m.put("seq", item == null ? null : String.valueOf(seq));
            return m;
        }
    }
}
