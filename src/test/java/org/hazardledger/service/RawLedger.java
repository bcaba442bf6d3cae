package org.hazardledger.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hazardledger.model.HazardStatistics.Counts;

/**
 * The hazards, people and units of an open ledger read with plain JDBC (a second connection to the
 * same H2 database in this JVM), and the statistics figures computed from them with Java streams:
 * written apart from the statistics store and service, so the tests compare two computations.
 */
final class RawLedger {

    record H(UUID id, UUID unit, LocalDate found, UUID finder, boolean anonymous, String source, String category,
             String form, String grade, String subGrade, String tier, String status, boolean deleted,
             LocalDate deadline, LocalDate rectified, LocalDate closed, BigDecimal funds) {

        boolean counted() {
            return !deleted && !status.equals("REJECTED") && !status.equals("MERGED");
        }

        boolean foundIn(LocalDate from, LocalDate to) {
            return in(found, from, to);
        }

        boolean rectifiedIn(LocalDate from, LocalDate to) {
            return in(rectified, from, to);
        }

        boolean closedIn(LocalDate from, LocalDate to) {
            return in(closed, from, to);
        }

        boolean openOn(LocalDate day) {
            return !found.isAfter(day) && (closed == null || closed.isAfter(day));
        }

        boolean overdueOn(LocalDate day) {
            return openOn(day) && deadline != null && deadline.isBefore(day);
        }

        private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
            return d != null && !d.isBefore(from) && !d.isAfter(to);
        }
    }

    record P(UUID id, UUID unit, boolean retired, boolean deleted) {
    }

    record U(UUID id, UUID parent, String tier, String code, String name, boolean retired, boolean deleted) {
    }

    final List<H> hazards;
    final List<P> people;
    final Map<UUID, U> units;

    private RawLedger(List<H> hazards, List<P> people, Map<UUID, U> units) {
        this.hazards = hazards;
        this.people = people;
        this.units = units;
    }

    static RawLedger read(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger") + ";FILE_LOCK=FILE;QUERY_CACHE_SIZE=64";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            List<H> hazards = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT id, unit_id, found_on, finder_id, anonymous, source, category,"
                    + " hazard_form, grade, sub_grade, rectifying_tier, status, deleted, deadline, rectified_on,"
                    + " closed_on, funds FROM hazard")) {
                while (r.next()) {
                    hazards.add(new H(r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                            r.getObject(3, LocalDate.class), r.getObject(4, UUID.class), r.getBoolean(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), r.getString(12), r.getBoolean(13), r.getObject(14, LocalDate.class),
                            r.getObject(15, LocalDate.class), r.getObject(16, LocalDate.class), r.getBigDecimal(17)));
                }
            }
            List<P> people = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT id, unit_id, retired, deleted FROM person")) {
                while (r.next()) {
                    people.add(new P(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getBoolean(3),
                            r.getBoolean(4)));
                }
            }
            Map<UUID, U> units = new HashMap<>();
            try (ResultSet r = st.executeQuery("SELECT id, parent_id, tier, code, name, retired, deleted FROM org_unit")) {
                while (r.next()) {
                    U u = new U(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
                            r.getString(4), r.getString(5), r.getBoolean(6), r.getBoolean(7));
                    units.put(u.id(), u);
                }
            }
            return new RawLedger(hazards, people, units);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counted hazards that pass {@code scope}. */
    List<H> counted(Predicate<H> scope) {
        return hazards.stream().filter(H::counted).filter(scope).toList();
    }

    /** Found, rectified, closed in the period; open and overdue on {@code asOf}. */
    static Counts counts(List<H> hs, LocalDate from, LocalDate to, LocalDate asOf) {
        return new Counts((int) hs.stream().filter(h -> h.foundIn(from, to)).count(),
                (int) hs.stream().filter(h -> h.rectifiedIn(from, to)).count(),
                (int) hs.stream().filter(h -> h.closedIn(from, to)).count(),
                (int) hs.stream().filter(h -> h.openOn(asOf)).count(),
                (int) hs.stream().filter(h -> h.overdueOn(asOf)).count());
    }

    /** Groups with at least one hazard found, rectified or closed in the period or open on asOf. */
    static <K> Map<K, Counts> groups(List<H> hs, Function<H, K> key, LocalDate from, LocalDate to, LocalDate asOf) {
        Map<K, List<H>> grouped = hs.stream()
                .filter(h -> h.foundIn(from, to) || h.rectifiedIn(from, to) || h.closedIn(from, to) || h.openOn(asOf))
                .collect(Collectors.groupingBy(key));
        Map<K, Counts> out = new HashMap<>();
        grouped.forEach((k, v) -> out.put(k, counts(v, from, to, asOf)));
        return out;
    }

    /** The unit and all units below it. */
    Set<UUID> subtree(UUID root) {
        Set<UUID> out = new HashSet<>();
        out.add(root);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (U u : units.values()) {
                if (!u.deleted() && u.parent() != null && out.contains(u.parent()) && out.add(u.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /** The workshop at or above the unit, else the top unit (the plant). */
    U rollUp(UUID unitId) {
        U u = units.get(unitId);
        while (!u.tier().equals("WORKSHOP") && u.parent() != null) {
            u = units.get(u.parent());
        }
        return u;
    }

    U plantOf(UUID unitId) {
        U u = units.get(unitId);
        while (u.parent() != null) {
            u = units.get(u.parent());
        }
        return u;
    }

    /** People not retired nor deleted in {@code unitIds} (null = all). */
    Set<UUID> workers(Set<UUID> unitIds) {
        return people.stream().filter(p -> !p.deleted() && !p.retired())
                .filter(p -> unitIds == null || unitIds.contains(p.unit())).map(P::id).collect(Collectors.toSet());
    }

    /** Workers named (not anonymously) as finder of a counted hazard passing {@code which} found in the period. */
    int finders(Set<UUID> workers, Predicate<H> which, LocalDate from, LocalDate to) {
        return (int) hazards.stream().filter(H::counted).filter(which).filter(h -> h.foundIn(from, to))
                .filter(h -> !h.anonymous() && h.finder() != null).map(H::finder).filter(workers::contains)
                .distinct().count();
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }
}
