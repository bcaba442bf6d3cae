package org.hazardledger.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.service.Messages;

/**
 * What the 巡查记录 of one round prints, worded for the reader: every value a finished string, null =
 * an empty cell. The items are the whole checklist in its order (the ledger stores only the items not
 * answered OK; the round as read back has them all).
 *
 * @param unit      the unit's path from the plant down, with its code
 * @param checklist the checklist's name, code and version, e.g. 班组日常检查表（TEAM-GEN，第 2 版）
 * @param tally     how many items were OK, failed and not applicable
 * @param hazards   the numbers of the hazards registered from the round, or null for none
 * @param items     one row per checklist item, keyed as the template's fields
 */
record RoundRecordData(String unit, String tier, String heldOn, String inspectors, String checklist, String tally,
                       String hazards, String note, List<Map<String, ?>> items) {

    RoundRecordData {
        items = List.copyOf(items);
    }

    static RoundRecordData of(InspectionRound round, String unitPath, String unitCode, List<String> inspectorNames,
                              String checklistName, List<String> hazardNumbers, Messages zh, DateTimeFormatter dates) {
        List<Map<String, ?>> items = new ArrayList<>();
        int ok = 0;
        int failed = 0;
        int notApplicable = 0;
        for (RoundItemResult r : round.results()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", Integer.toString(items.size() + 1));
            m.put("code", r.itemCode());
            m.put("text", r.itemText());
            m.put("answer", zh.label(r.answer()));
            m.put("failed", r.answer() == RoundAnswer.FAILED);
            m.put("note", r.note());
            items.add(m);
            if (r.answer() == RoundAnswer.OK) {
                ok++;
            } else if (r.answer() == RoundAnswer.FAILED) {
                failed++;
            } else {
                notApplicable++;
            }
        }
        String name = checklistName == null || checklistName.isBlank() ? round.checklistCode() : checklistName;
        return new RoundRecordData(
                unitCode == null ? unitPath : zh.get("report.round.unit", unitPath, unitCode),
                zh.label(round.tier()),
                dates.format(round.heldOn()),
                inspectorNames.isEmpty() ? null : String.join("、", inspectorNames),
                zh.get("report.round.checklist", name, round.checklistCode(), round.checklistVersion()),
                zh.get("report.round.tally", round.results().size(), ok, failed, notApplicable),
                hazardNumbers.isEmpty() ? null : String.join("、", hazardNumbers),
                round.note(),
                items);
    }

    /** The fill parameters, keyed as the template declares them. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("unit", unit);
        p.put("tier", tier);
        p.put("heldOn", heldOn);
        p.put("inspectors", inspectors);
        p.put("checklist", checklist);
        p.put("tally", tally);
        p.put("hazards", hazards);
        p.put("note", note);
        return p;
    }
}
