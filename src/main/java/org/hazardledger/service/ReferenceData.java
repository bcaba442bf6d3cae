package org.hazardledger.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.Industry;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/** Loads {@code seeds/reference/*.csv} into a ledger; loading twice changes nothing. */
final class ReferenceData {

    private ReferenceData() {
    }

    static void load(StoreSession s) {
        for (CSVRecord r : SeedFiles.read("reference/catalogs.csv")) {
            s.catalogs().save(new CatalogEntry(r.get("catalog"), r.get("code"), r.get("name_zh"), r.get("name_en"),
                    Integer.parseInt(r.get("sort_order"))));
        }
        for (CSVRecord r : SeedFiles.read("reference/tiers.csv")) {
            s.catalogs().saveTierRule(Tier.valueOf(r.get("tier")), r.get("name_zh"), r.get("name_en"),
                    r.get("inspector_zh"));
        }
        for (CSVRecord r : SeedFiles.read("reference/lec-factors.csv")) {
            s.catalogs().saveLecFactor(r.get("factor"), new BigDecimal(r.get("value")), r.get("label_zh"),
                    r.get("label_en"));
        }
        for (CSVRecord r : SeedFiles.read("reference/lec-bands.csv")) {
            s.catalogs().saveLecBand(r.get("level"), decimal(r.get("min_exclusive")),
                    decimal(r.get("max_inclusive")), r.get("name_zh"), r.get("name_en"), r.get("risk_colour"));
        }
        loadHolidays(s);
        loadMissingChecklists(s);
    }

    /**
     * The shipped checklists (seeds/reference/checklists.csv) whose code the ledger does not have
     * yet, as version 1; lists already there (perhaps edited) are left alone.
     */
    static int loadMissingChecklists(StoreSession s) {
        Map<String, List<CSVRecord>> byCode = new LinkedHashMap<>();
        for (CSVRecord r : SeedFiles.read("reference/checklists.csv")) {
            byCode.computeIfAbsent(r.get("checklist"), k -> new ArrayList<>()).add(r);
        }
        int loaded = 0;
        for (Map.Entry<String, List<CSVRecord>> e : byCode.entrySet()) {
            if (s.rounds().latestVersion(e.getKey()) > 0) {
                continue;
            }
            CSVRecord head = e.getValue().get(0);
            List<ChecklistItem> items = new ArrayList<>();
            for (CSVRecord r : e.getValue()) {
                items.add(new ChecklistItem(r.get("item"), r.get("text")));
            }
            String industry = head.get("industry");
            s.rounds().insertChecklist(new Checklist(e.getKey(), Tier.valueOf(head.get("tier")),
                    industry.isBlank() ? null : Industry.valueOf(industry), head.get("name"), 1, items),
                    SEED_AUTHOR);
            loaded++;
        }
        return loaded;
    }

    /** Who "saved" the shipped checklists. */
    static final String SEED_AUTHOR = "seeds/reference";

    /** The audit trail's record id of a checklist (all its versions). */
    static UUID checklistEntityId(String code) {
        return UUID.nameUUIDFromBytes(("checklist:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** The State Council's holiday schedule (holidays and make-up working days) the working-day clocks count on. */
    static void loadHolidays(StoreSession s) {
        for (CSVRecord r : SeedFiles.read("reference/holidays-cn.csv")) {
            s.catalogs().saveCalendarDay(LocalDate.parse(r.get("date")), switch (r.get("kind")) {
                case "HOLIDAY" -> false;
                case "MAKE_UP_WORKING_DAY" -> true;
                default -> throw new IllegalStateException("unknown calendar day kind in the seed: " + r.get("kind"));
            }, r.get("festival_zh"), r.get("festival_en"));
        }
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }
}
