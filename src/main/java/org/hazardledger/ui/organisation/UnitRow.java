package org.hazardledger.ui.organisation;

import java.util.UUID;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.UnitEntry;

/** One node of the unit tree: the unit, the revision a change must match, and its path from the plant. */
public record UnitRow(UnitEntry entry, String path, int depth) {

    public OrgUnit unit() {
        return entry.unit();
    }

    public UUID id() {
        return entry.unit().id();
    }

    public boolean retired() {
        return entry.unit().retired();
    }

    @Override
    public String toString() {
        return entry.unit().name();
    }
}
