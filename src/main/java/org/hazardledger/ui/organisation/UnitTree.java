package org.hazardledger.ui.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.UnitEntry;

/** Orders units as a tree (each followed by its children, by code) with their paths. */
final class UnitTree {

    private UnitTree() {
    }

    /** Every unit in tree order; retired ones (and what is below them) only when {@code withRetired}. */
    static List<UnitRow> rows(List<UnitEntry> units, boolean withRetired) {
        Map<UUID, List<UnitEntry>> children = new HashMap<>();
        List<UnitEntry> roots = new ArrayList<>();
        for (UnitEntry u : units) {
            if (u.unit().parentId() == null) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.unit().parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitRow> out = new ArrayList<>();
        walk(roots, "", 0, children, withRetired, out);
        return out;
    }

    /** The unit and every unit below it, retired or not. */
    static Set<UUID> subtree(List<UnitEntry> units, UUID root) {
        Set<UUID> result = new HashSet<>(List.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (UnitEntry u : units) {
                if (u.unit().parentId() != null && result.contains(u.unit().parentId())) {
                    grew |= result.add(u.unit().id());
                }
            }
        }
        return result;
    }

    private static void walk(List<UnitEntry> level, String prefix, int depth, Map<UUID, List<UnitEntry>> children,
                             boolean withRetired, List<UnitRow> out) {
        List<UnitEntry> sorted = new ArrayList<>(level);
        sorted.sort(Comparator.comparing(u -> u.unit().code()));
        for (UnitEntry u : sorted) {
            if (u.unit().retired() && !withRetired) {
                continue;
            }
            String path = prefix.isEmpty() ? u.unit().name() : prefix + " / " + u.unit().name();
            out.add(new UnitRow(u, path, depth));
            walk(children.getOrDefault(u.unit().id(), List.of()), path, depth + 1, children, withRetired, out);
        }
    }
}
