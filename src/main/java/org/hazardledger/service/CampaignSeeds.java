package org.hazardledger.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.TeamSectionKind;
import org.hazardledger.store.StoreSession;

/**
 * The shipped reference data of the 安康杯 and the standardised safe teams:
 * seeds/reference/ankang-criteria.csv (the default criteria a first competition starts from) and
 * seeds/reference/team-checklist.csv (the team checklist, loaded into the ledger).
 */
final class CampaignSeeds {

    static final String CRITERIA = "reference/ankang-criteria.csv";
    static final String TEAM_CHECKLIST = "reference/team-checklist.csv";

    private CampaignSeeds() {
    }

    /** The default criteria and weights of a first competition. */
    static List<CupCriterion> defaultCriteria() {
        List<CupCriterion> out = new ArrayList<>();
        for (CSVRecord r : SeedFiles.read(CRITERIA)) {
            out.add(new CupCriterion(r.get("code"), r.get("name_zh"), Integer.parseInt(r.get("weight")),
                    Integer.parseInt(r.get("sort_order"))));
        }
        return out;
    }

    /** The shipped team check items, in order. */
    static List<TeamCheckItem> teamChecklist() {
        List<TeamCheckItem> out = new ArrayList<>();
        int order = 0;
        for (CSVRecord r : SeedFiles.read(TEAM_CHECKLIST)) {
            out.add(new TeamCheckItem(r.get("item"), r.get("section"), TeamSectionKind.valueOf(r.get("section_kind")),
                    r.get("section_name"), r.get("text"), Integer.parseInt(r.get("max_points")), ++order));
        }
        return out;
    }

    /**
     * Loads the shipped team check items whose code the ledger lacks (a ledger made before they
     * shipped, or items added in a later release); items already there are left alone.
     */
    static int loadMissingTeamItems(StoreSession s) {
        Set<String> have = s.teamStandards().itemCodes();
        int loaded = 0;
        for (TeamCheckItem item : teamChecklist()) {
            if (!have.contains(item.code())) {
                s.teamStandards().insertItem(item);
                loaded++;
            }
        }
        return loaded;
    }

    /** The team checklist, loading the shipped one first if the ledger has none. */
    static List<TeamCheckItem> ensureTeamChecklist(StoreSession s) {
        List<TeamCheckItem> items = s.teamStandards().checklist();
        if (items.isEmpty()) {
            loadMissingTeamItems(s);
            items = s.teamStandards().checklist();
        }
        return items;
    }
}
