package org.hazardledger.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.service.Messages;

/**
 * What the 隐患整改通知单 prints, worded for the reader: every value is already a finished string, so
 * the template only lays out text. Null means "leave the cell empty" (filled in by hand, e.g. when
 * the 五定 are not assigned yet). The record's component names are the template's parameter names.
 */
record NoticeData(String enterpriseName, String number, String location, String foundOn, String finder,
                  String category, String grade, String description, String measures, String interimSafeguards,
                  String responsible, String deadline, String funds, String acceptanceStandard, String acceptor) {

    static NoticeData of(HazardDetails details, Messages messages) {
        Registration reg = details.hazard().registration();
        Rectification rect = details.hazard().rectification();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), messages.locale());
        return new NoticeData(
                details.enterpriseName(),
                details.hazard().number().toString(),
                location(details.unitPath(), reg.place(), messages),
                date(reg.foundOn(), dates),
                // the reporter's identity is confidential: an anonymous report never prints a name
                reg.anonymous() ? messages.get("report.notice.anonymous") : details.finderName(),
                details.categoryNameZh(),
                grade(details.hazard().grading(), messages),
                reg.description(),
                rect == null ? null : rect.measures(),
                rect == null ? null : rect.interimSafeguards(),
                details.responsibleName(),
                rect == null ? null : date(rect.deadline(), dates),
                rect == null ? null : funds(rect.funds(), messages),
                rect == null ? null : rect.acceptanceStandard(),
                details.acceptorName());
    }

    /** The fill parameters, keyed as the template declares them. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("enterpriseName", enterpriseName);
        p.put("number", number);
        p.put("location", location);
        p.put("foundOn", foundOn);
        p.put("finder", finder);
        p.put("category", category);
        p.put("grade", grade);
        p.put("description", description);
        p.put("measures", measures);
        p.put("interimSafeguards", interimSafeguards);
        p.put("responsible", responsible);
        p.put("deadline", deadline);
        p.put("funds", funds);
        p.put("acceptanceStandard", acceptanceStandard);
        p.put("acceptor", acceptor);
        return p;
    }

    static String location(String unitPath, String place, Messages messages) {
        boolean hasUnit = unitPath != null && !unitPath.isBlank();
        boolean hasPlace = place != null && !place.isBlank();
        if (hasUnit && hasPlace) {
            return messages.get("report.notice.location", unitPath, place);
        }
        return hasUnit ? unitPath : hasPlace ? place : null;
    }

    static String grade(Grading grading, Messages messages) {
        if (grading == null || grading.grade() == null) {
            return null;
        }
        String label = messages.label(grading.grade());
        if (grading.grade() == Grade.GENERAL && grading.subGrade() != null && !grading.subGrade().isBlank()) {
            return messages.get("report.notice.gradeWithSubGrade", label, grading.subGrade());
        }
        if (grading.grade() == Grade.MAJOR && grading.majorReason() != null) {
            return messages.get("report.notice.gradeWithReason", label, messages.label(grading.majorReason()));
        }
        return label;
    }

    static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? null : format.format(date);
    }

    private static String funds(BigDecimal funds, Messages messages) {
        if (funds == null) {
            return null;
        }
        // pre-formatted: MessageFormat would round a number argument to its default three decimals
        String amount = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(funds);
        return messages.get("report.notice.funds", amount);
    }
}
