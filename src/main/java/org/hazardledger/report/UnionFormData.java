package org.hazardledger.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.service.Messages;

/**
 * What a union record's form prints (建议书), worded for the reader: every value a finished string,
 * null = leave the space empty for a hand to fill. The template holds the letter's fixed wording; the
 * answer clock comes from the record's row ({@link UnionRecordRow#due()}), so the form and the union
 * page show the same due day.
 *
 * @param title     the form's title, which follows the record's kind (停产整改建议书 or 撤离建议书)
 * @param issuer    the union body that issued it, e.g. 合成车间分会
 * @param due       the day the enterprise's written answer is due
 * @param replyDays the proposal's reply period in working days, as a number
 * @param urgent    stop production or evacuate: the 特急 mark and the answer due on delivery
 * @param hazards   one row per hazard concerned, keyed as the template's fields
 */
record UnionFormData(String title, String number, String enterpriseName, String issuer, String issuedBy,
                     String issuedOn, String deliveredOn, String findings, String recommendation, String due,
                     String replyDays, boolean urgent, boolean evacuation, String answer, String answeredOn,
                     String answeredBy, List<Map<String, ?>> hazards) {

    UnionFormData {
        hazards = List.copyOf(hazards);
    }

    static UnionFormData of(UnionRecordRow row, String enterpriseName, String issuer, List<Map<String, ?>> hazards,
                            Messages messages, DateTimeFormatter dates) {
        UnionRecord r = row.record();
        return new UnionFormData(title(r.kind(), messages), r.number(), enterpriseName, issuer, r.issuedBy(),
                date(r.issuedOn(), dates), date(r.deliveredOn(), dates), r.findings(), r.recommendation(),
                date(row.due(), dates), Integer.toString(r.replyDays()), r.kind().urgent(), r.kind() == UnionRecordKind.EVACUATION,
                r.answer(), date(r.answeredOn(), dates), r.answeredBy(), hazards);
    }

    /** 工会劳动保护监督检查整改建议书, 停产整改建议书 or 撤离建议书. */
    static String title(UnionRecordKind kind, Messages messages) {
        switch (kind) {
            case PROPOSAL:
                return messages.label(FormKind.UNION_PROPOSAL);
            case STOP_PRODUCTION:
                return messages.label(FormKind.STOP_PRODUCTION);
            default:
                return messages.get("report.union.evacuationTitle");
        }
    }

    /** The form family a record prints as: the urgent kinds share one template. */
    static FormKind formKind(UnionRecordKind kind) {
        return kind.urgent() ? FormKind.STOP_PRODUCTION : FormKind.UNION_PROPOSAL;
    }

    /**
     * The union body's name as it heads a letter: the unit's name then the body, with the word they
     * share said once (合成车间 + 车间分会 = 合成车间分会; 甲班 + 工会小组 = 甲班工会小组).
     */
    static String bodyName(String unitName, String bodyLabel) {
        for (int n = Math.min(unitName.length(), bodyLabel.length()); n > 0; n--) {
            if (unitName.endsWith(bodyLabel.substring(0, n))) {
                return unitName + bodyLabel.substring(n);
            }
        }
        return unitName + bodyLabel;
    }

    /** The fill parameters, keyed as the templates declare them. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("number", number);
        p.put("issuer", issuer);
        p.put("issuedBy", issuedBy);
        p.put("issuedOn", issuedOn);
        p.put("deliveredOn", deliveredOn);
        p.put("findings", findings);
        p.put("recommendation", recommendation);
        p.put("due", due);
        p.put("replyDays", replyDays);
        p.put("evacuation", evacuation);
        p.put("urgent", urgent);
        p.put("answer", answer);
        p.put("answeredOn", answeredOn);
        p.put("answeredBy", answeredBy);
        return p;
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? null : format.format(date);
    }
}
