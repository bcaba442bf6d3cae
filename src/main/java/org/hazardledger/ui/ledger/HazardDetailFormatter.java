package org.hazardledger.ui.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Handling;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.service.Messages;

/** Lays out one hazard's details as the sections the detail pane shows, with every id turned into a name. */
final class HazardDetailFormatter {

    private final Messages messages;

    HazardDetailFormatter(Messages messages) {
        this.messages = messages;
    }

    List<DetailSection> sections(HazardDetails d, Map<String, String> subGradeNames, LocalDate today,
                                 List<UnionRecordRow> unionRecords) {
        return sections(d, subGradeNames, today, unionRecords, null, List.of());
    }

    /**
     * With the risk point the hazard is linked to (null: none) and the criteria library (to show
     * the clause a major grading cites).
     */
    List<DetailSection> sections(HazardDetails d, Map<String, String> subGradeNames, LocalDate today,
                                 List<UnionRecordRow> unionRecords, RiskPoint riskPoint,
                                 List<MajorCriterion> criteria) {
        Hazard h = d.hazard();
        List<DetailSection> out = new ArrayList<>();
        out.add(registration(d, h.registration()));
        DetailSection grading = grading(h.grading(), subGradeNames);
        List<DetailLine> lines = new ArrayList<>(grading.lines());
        MajorCriterionCitation c = h.grading().citation();
        if (c != null) {
            lines.add(2, line("detail.majorCriterion", citation(c, criteria)));
        }
        lines.add(line("detail.riskPoint", riskPoint == null ? messages.get("detail.riskPoint.none")
                : messages.get("detail.riskPoint.value", riskPoint.name(), messages.label(riskPoint.colour()),
                        riskPoint.lec().score().toPlainString(), messages.label(riskPoint.level()))));
        out.add(new DetailSection(grading.title(), lines));
        out.add(rectification(d, h, today));
        handling(h.handling()).ifPresent(out::add);
        out.add(outcome(d, h.outcome()));
        if (!unionRecords.isEmpty()) {
            out.add(union(unionRecords));
        }
        return out;
    }

    /** What the lifecycle recorded: only the lines that have something, in the order it happens. */
    private java.util.Optional<DetailSection> handling(Handling x) {
        List<DetailLine> lines = new ArrayList<>();
        addIf(lines, "detail.plan", x.plan());
        addIf(lines, "detail.planApproved", x.planApprovedOn() == null ? null
                : messages.get("detail.byOn", x.planApprovedBy(), date(x.planApprovedOn())));
        addIf(lines, "detail.escalationReason", x.escalationReason());
        addIf(lines, "detail.evidence", x.evidence());
        addIf(lines, "detail.acceptedBy", x.acceptedBy());
        addIf(lines, "detail.acceptanceRejection", x.acceptanceRejection());
        addIf(lines, "detail.signedOff", x.signedOffOn() == null ? null : messages.get("detail.signedOff.value",
                x.signedOffBy(), date(x.signedOffOn()), messages.label(x.signedOffTier())));
        addIf(lines, "detail.signOffNote", x.signOffNote());
        addIf(lines, "detail.closedBy", x.closedBy());
        addIf(lines, "detail.recheckResult", x.recheckResult());
        addIf(lines, "detail.dispositionReason", x.dispositionReason());
        addIf(lines, "detail.mergedInto", x.mergedInto() == null ? null : x.mergedInto().toString());
        addIf(lines, "detail.reopenCount", x.reopenCount() == 0 ? null : String.valueOf(x.reopenCount()));
        return lines.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new DetailSection(messages.get("detail.section.handling"), lines));
    }

    /** The union's proposals and recommendations on this hazard; an unanswered urgent or overdue one in red. */
    private DetailSection union(List<UnionRecordRow> rows) {
        List<DetailLine> lines = new ArrayList<>();
        for (UnionRecordRow r : rows) {
            String label = r.record().number() + " " + messages.label(r.record().kind());
            String value = messages.get("detail.union.value", messages.label(r.record().status()), date(r.due()));
            lines.add(new DetailLine(label, value, r.alarming()));
        }
        return new DetailSection(messages.get("detail.section.union"), lines);
    }

    /**
     * 上级工会通知: the federation's notices on this hazard, newest first; a listing, or a verification
     * that found the rectification not done, stands out.
     */
    DetailSection federationNotices(List<org.hazardledger.model.FederationNotice> notices) {
        List<DetailLine> lines = new ArrayList<>();
        for (org.hazardledger.model.FederationNotice n : notices) {
            String label = date(n.issuedOn()) + " " + messages.label(n.kind());
            String value = n.documentNo() == null ? n.title() : n.title() + "（" + n.documentNo() + "）";
            if (n.verified() != null) {
                value = value + " " + messages.get(n.verified() ? "federation.verified.yes" : "federation.verified.no");
            }
            boolean alert = n.kind() == org.hazardledger.model.NoticeKind.LISTING || Boolean.FALSE.equals(n.verified());
            lines.add(new DetailLine(label, value, alert));
        }
        return new DetailSection(messages.get("detail.section.federation"), lines);
    }

    private void addIf(List<DetailLine> lines, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(DetailLine.of(messages.get(labelKey), value));
        }
    }

    private DetailSection registration(HazardDetails d, Registration r) {
        String category = "zh".equals(messages.locale().getLanguage()) ? d.categoryNameZh() : d.categoryNameEn();
        return new DetailSection(messages.get("detail.section.registration"), List.of(
                line("detail.number", d.hazard().number().toString()),
                line("detail.status", messages.label(d.hazard().status())),
                line("detail.enterprise", d.enterpriseName()),
                line("detail.unit", d.unitPath()),
                line("detail.place", r.place()),
                line("detail.foundOn", date(r.foundOn())),
                line("detail.finder", r.anonymous() ? messages.get("detail.anonymous") : d.finderName()),
                line("detail.source", messages.label(r.source())),
                line("detail.category", category),
                line("detail.form", messages.label(r.form())),
                line("detail.description", r.description())));
    }

    private String citation(MajorCriterionCitation c, List<MajorCriterion> criteria) {
        if (c.isOther()) {
            return messages.get("detail.majorCriterion.other", c.otherReason());
        }
        return criteria.stream().filter(x -> x.code().equals(c.code())
                        && (c.version() == null || x.version() == c.version()))
                .findFirst().map(MajorCriterion::display).orElse(c.code());
    }

    private DetailSection grading(Grading g, Map<String, String> subGradeNames) {
        String subGrade = g.subGrade() == null ? null : subGradeNames.getOrDefault(g.subGrade(), g.subGrade());
        return new DetailSection(messages.get("detail.section.grading"), List.of(
                line("detail.grade", messages.label(g.grade())),
                line("detail.subGrade", subGrade),
                line("detail.majorReason", messages.label(g.majorReason())),
                line("detail.riskColour", messages.label(g.riskColour())),
                line("detail.rectifyingTier", messages.label(g.rectifyingTier()))));
    }

    private DetailSection rectification(HazardDetails d, Hazard h, LocalDate today) {
        String title = messages.get("detail.section.rectification");
        Rectification r = h.rectification();
        if (r == null) {
            return new DetailSection(title, List.of(DetailLine.of(messages.get("detail.rectification.none"), "")));
        }
        boolean overdue = h.isOverdue(today);
        String deadline = overdue ? messages.get("detail.deadline.overdue", date(r.deadline())) : date(r.deadline());
        return new DetailSection(title, List.of(
                line("detail.measures", r.measures()),
                line("detail.interimSafeguards", r.interimSafeguards()),
                line("detail.responsible", d.responsibleName()),
                new DetailLine(messages.get("detail.deadline"), deadline, overdue),
                line("detail.funds", money(r.funds())),
                line("detail.acceptanceStandard", r.acceptanceStandard()),
                line("detail.acceptor", d.acceptorName())));
    }

    private DetailSection outcome(HazardDetails d, Outcome o) {
        return new DetailSection(messages.get("detail.section.outcome"), List.of(
                line("detail.rectifiedOn", date(o.rectifiedOn())),
                line("detail.acceptanceResult", o.acceptanceResult()),
                line("detail.acceptedOn", date(o.acceptedOn())),
                line("detail.closedOn", date(o.closedOn())),
                line("detail.rechecker", d.recheckerName()),
                line("detail.recheckedOn", date(o.recheckedOn()))));
    }

    private DetailLine line(String labelKey, String value) {
        return DetailLine.of(messages.get(labelKey), value == null || value.isBlank() ? messages.get("detail.empty") : value);
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private String money(BigDecimal funds) {
        return funds == null ? null : messages.get("detail.funds.value", funds.toPlainString());
    }
}
