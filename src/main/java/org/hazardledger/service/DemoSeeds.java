package org.hazardledger.service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.model.Tier;

/** The raw material of the demo enterprise, as read from {@code seeds/demo/} (see its README). */
record DemoSeeds(String enterpriseName, String enterpriseShortName, String industry, List<UnitRow> units,
                 List<String> surnames, List<String> givenNames, List<DemoTemplate> templates,
                 Map<String, List<SlotValue>> slots, List<String> acceptanceResults, Map<String, String> phrases) {

    /** Kind that matches every workshop in {@code kinds} columns. */
    static final String ANY_KIND = "*";

    /** One row of {@code units.csv}. */
    record UnitRow(String code, String parentCode, Tier tier, String name, String kind) {
    }

    /** One value of a template placeholder, and the workshop kinds it fits. */
    record SlotValue(Set<String> kinds, String value) {

        boolean fits(String kind) {
            return kinds.contains(ANY_KIND) || kinds.contains(kind);
        }
    }

    static DemoSeeds read() {
        CSVRecord e = SeedFiles.read("demo/enterprise.csv").get(0);
        List<UnitRow> units = SeedFiles.read("demo/units.csv").stream()
                .map(r -> new UnitRow(r.get("code"), r.get("parent_code"), Tier.valueOf(r.get("tier")), r.get("name"),
                        r.get("kind")))
                .toList();
        Map<String, List<SlotValue>> slots = SeedFiles.read("demo/slots.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("slot"), LinkedHashMap::new,
                        Collectors.mapping(r -> new SlotValue(split(r.get("kinds")), r.get("value")),
                                Collectors.toList())));
        Map<String, String> phrases = SeedFiles.read("demo/phrases.csv").stream()
                .collect(Collectors.toMap(r -> r.get("key"), r -> r.get("text")));
        return new DemoSeeds(e.get("name"), e.get("short_name"), e.get("industry"), units,
                SeedFiles.lines("demo/surnames.txt"), SeedFiles.lines("demo/given-names.txt"),
                SeedFiles.read("demo/hazard-templates.csv").stream().map(DemoTemplate::of).toList(), slots,
                SeedFiles.lines("demo/acceptance-results.txt"), phrases);
    }

    String phrase(String key) {
        String text = phrases.get(key);
        if (text == null) {
            throw new IllegalStateException("seeds/demo/phrases.csv lacks " + key);
        }
        return text;
    }

    /** "A|B" → {A, B}; empty → {}. */
    static Set<String> split(String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.split("\\|")).map(String::strip).collect(Collectors.toUnmodifiableSet());
    }
}
