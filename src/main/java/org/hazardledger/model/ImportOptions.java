package org.hazardledger.model;

import java.util.Map;
import java.util.UUID;

/**
 * How the ledger takes an imported sheet.
 *
 * @param createUnits   units the ledger does not know are created (by their path, tier by depth)
 * @param createPeople  people the ledger does not know are created in the hazard's unit
 * @param unitMap       a sheet's unit text mapped by the user to a ledger unit
 * @param personMap     a sheet's person name mapped by the user to a ledger person
 * @param categoryMap   a sheet's category text mapped by the user to a catalogue code; the key
 *                      {@link #NO_CATEGORY} gives the category of the rows that state none
 * @param fileName      the file's name, written on the audit trail
 */
public record ImportOptions(ImportMode mode, boolean createUnits, boolean createPeople, Map<String, UUID> unitMap,
                            Map<String, UUID> personMap, Map<String, String> categoryMap, String fileName) {

    /** The category text of a row that states none: listed as unknown until the user maps it. */
    public static final String NO_CATEGORY = "";

    public ImportOptions {
        mode = mode == null ? ImportMode.ALL_OR_NOTHING : mode;
        unitMap = unitMap == null ? Map.of() : Map.copyOf(unitMap);
        personMap = personMap == null ? Map.of() : Map.copyOf(personMap);
        categoryMap = categoryMap == null ? Map.of() : Map.copyOf(categoryMap);
    }

    /** All or nothing, creating unknown units and people. */
    public static ImportOptions defaults(String fileName) {
        return new ImportOptions(ImportMode.ALL_OR_NOTHING, true, true, Map.of(), Map.of(), Map.of(), fileName);
    }

    public ImportOptions withMode(ImportMode m) {
        return new ImportOptions(m, createUnits, createPeople, unitMap, personMap, categoryMap, fileName);
    }

    public ImportOptions withCreate(boolean units, boolean people) {
        return new ImportOptions(mode, units, people, unitMap, personMap, categoryMap, fileName);
    }

    public ImportOptions withMaps(Map<String, UUID> units, Map<String, UUID> people, Map<String, String> categories) {
        return new ImportOptions(mode, createUnits, createPeople, units, people, categories, fileName);
    }
}
