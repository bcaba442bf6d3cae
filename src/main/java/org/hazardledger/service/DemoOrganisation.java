package org.hazardledger.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/**
 * The demo's plants, workshops, teams and posts, created from {@code units.csv} through the normal
 * checks, and kept in memory so the generator never has to read the tree back.
 */
final class DemoOrganisation {

    private final Map<String, OrgUnit> byCode = new HashMap<>();
    private final Map<UUID, OrgUnit> byId = new HashMap<>();
    private final Map<UUID, List<OrgUnit>> children = new HashMap<>();
    private final Map<Tier, List<OrgUnit>> byTier = new HashMap<>();
    private final Map<UUID, String> workshopKinds = new HashMap<>();

    private DemoOrganisation() {
    }

    /** Creates the units in file order (a parent always comes before its children). */
    static DemoOrganisation create(StoreSession s, Actor actor, List<DemoSeeds.UnitRow> rows) {
        DemoOrganisation org = new DemoOrganisation();
        for (DemoSeeds.UnitRow row : rows) {
            OrgUnit parent = row.parentCode().isBlank() ? null : org.byCode.get(row.parentCode());
            if (!row.parentCode().isBlank() && parent == null) {
                throw new IllegalStateException("units.csv: " + row.code() + " comes before its parent");
            }
            OrgUnit u = OrganisationOperations.addUnit(s, actor, parent == null ? null : parent.id(), row.tier(),
                    row.code(), row.name());
            org.add(u, row.kind());
        }
        return org;
    }

    private void add(OrgUnit u, String kind) {
        byCode.put(u.code(), u);
        byId.put(u.id(), u);
        byTier.computeIfAbsent(u.tier(), t -> new ArrayList<>()).add(u);
        if (u.parentId() != null) {
            children.computeIfAbsent(u.parentId(), p -> new ArrayList<>()).add(u);
        }
        if (u.tier() == Tier.WORKSHOP) {
            if (kind == null || kind.isBlank()) {
                throw new IllegalStateException("units.csv: workshop " + u.code() + " needs a kind");
            }
            workshopKinds.put(u.id(), kind);
        }
    }

    int size() {
        return byId.size();
    }

    List<OrgUnit> all(Tier tier) {
        return byTier.getOrDefault(tier, List.of());
    }

    List<OrgUnit> children(OrgUnit u) {
        return children.getOrDefault(u.id(), List.of());
    }

    /** The units of {@code tier} at or below {@code u}, in file order. */
    List<OrgUnit> below(OrgUnit u, Tier tier) {
        if (u.tier() == tier) {
            return List.of(u);
        }
        List<OrgUnit> result = new ArrayList<>();
        if (u.tier().ordinal() > tier.ordinal()) {
            for (OrgUnit c : children(u)) {
                result.addAll(below(c, tier));
            }
        }
        return result;
    }

    /** The unit of {@code tier} that {@code u} belongs to ({@code u} itself at its own tier). */
    OrgUnit above(OrgUnit u, Tier tier) {
        OrgUnit at = u;
        while (at.tier().ordinal() < tier.ordinal()) {
            at = byId.get(at.parentId());
        }
        if (at.tier() != tier) {
            throw new IllegalArgumentException(u.code() + " is not below a " + tier);
        }
        return at;
    }

    String kind(OrgUnit workshop) {
        return workshopKinds.get(workshop.id());
    }
}
