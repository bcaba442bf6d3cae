package org.hazardledger.ui.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.Dashboard.ComplianceCell;
import org.hazardledger.model.Labelled;

/**
 * The inspection-compliance heat-map: one line per unit that must inspect, one column per month,
 * each cell the share of due rounds held, banded for its colour.
 */
public record HeatMap(List<YearMonth> months, List<UnitLine> units) {

    public HeatMap {
        months = List.copyOf(months);
        units = List.copyOf(units);
    }

    /** How well a cell did: nothing due, under 60 %, under 90 %, under 100 %, all held. */
    public enum Level implements Labelled {
        NONE, LOW, MEDIUM, HIGH, FULL;

        @Override
        public String labelKey() {
            return "dashboard.legend." + name();
        }

        /** The style class the cell and its legend entry wear. */
        public String styleClass() {
            return "heat-" + name().toLowerCase(java.util.Locale.ROOT);
        }

        static Level of(BigDecimal rate) {
            if (rate == null) {
                return NONE;
            }
            double r = rate.doubleValue();
            if (r >= 100) {
                return FULL;
            }
            if (r >= 90) {
                return HIGH;
            }
            return r >= 60 ? MEDIUM : LOW;
        }
    }

    public record UnitLine(UUID unitId, String name, List<Cell> cells) {

        public UnitLine {
            cells = List.copyOf(cells);
        }
    }

    /** One cell: {@code text} is the rate ("87.5%") or "—" when nothing was due. */
    public record Cell(YearMonth month, int due, int held, BigDecimal rate, Level level, String text) {
    }

    public static HeatMap of(List<YearMonth> months, List<ComplianceCell> cells) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Map<YearMonth, ComplianceCell>> byUnit = new LinkedHashMap<>();
        for (ComplianceCell c : cells) {
            names.putIfAbsent(c.unitId(), c.unitName());
            byUnit.computeIfAbsent(c.unitId(), k -> new LinkedHashMap<>()).put(c.month(), c);
        }
        List<UnitLine> lines = new ArrayList<>();
        for (Map.Entry<UUID, String> unit : names.entrySet()) {
            List<Cell> row = new ArrayList<>();
            for (YearMonth m : months) {
                ComplianceCell c = byUnit.get(unit.getKey()).get(m);
                int due = c == null ? 0 : c.due();
                int held = c == null ? 0 : c.held();
                BigDecimal rate = c == null ? null : c.rate();
                row.add(new Cell(m, due, held, rate, Level.of(rate), rate == null ? "—" : rate.toPlainString() + "%"));
            }
            lines.add(new UnitLine(unit.getKey(), unit.getValue(), row));
        }
        return new HeatMap(months, lines);
    }

    public static HeatMap empty() {
        return new HeatMap(List.of(), List.of());
    }
}
