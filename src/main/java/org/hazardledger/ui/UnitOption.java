package org.hazardledger.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;

/**
 * An org unit as people pick it: its path from the plant down ("一厂 / 合成车间 / 甲班"), so two
 * teams both called 甲班 can be told apart.
 */
public record UnitOption(UUID id, Tier tier, String path, int depth) {

    private static final String SEPARATOR = " / ";

    @Override
    public String toString() {
        return path;
    }

    /** The unit's own name: the last step of its path. */
    public String name() {
        int last = path.lastIndexOf(SEPARATOR);
        return last < 0 ? path : path.substring(last + SEPARATOR.length());
    }

    /** The units in tree order (each followed by its children), retired ones left out. */
    public static List<UnitOption> fromUnits(List<OrgUnit> units) {
        Map<UUID, List<OrgUnit>> children = new HashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit u : units) {
            if (u.retired()) {
                continue;
            }
            if (u.parentId() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitOption> out = new ArrayList<>();
        roots.sort(Comparator.comparing(OrgUnit::code));
        for (OrgUnit root : roots) {
            walk(root, "", 0, children, out);
        }
        return out;
    }

    private static void walk(OrgUnit u, String prefix, int depth, Map<UUID, List<OrgUnit>> children,
                             List<UnitOption> out) {
        String path = prefix.isEmpty() ? u.name() : prefix + SEPARATOR + u.name();
        out.add(new UnitOption(u.id(), u.tier(), path, depth));
        List<OrgUnit> kids = new ArrayList<>(children.getOrDefault(u.id(), List.of()));
        kids.sort(Comparator.comparing(OrgUnit::code));
        for (OrgUnit k : kids) {
            walk(k, path, depth + 1, children, out);
        }
    }
}
