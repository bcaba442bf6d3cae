package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Hazards standing in each lifecycle state, built directly (no store), and valid commands for each
 * action: what the lifecycle tests drive the state machine with.
 */
final class LifecycleHazards {

    static final LocalDate FOUND = LocalDate.of(2026, 6, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Instant NOW = Instant.parse("2026-06-15T01:30:00Z");
    static final UUID UNIT = UUID.randomUUID();
    static final UUID PERSON = UUID.randomUUID();
    static final HazardNumber OTHER = new HazardNumber(YearMonth.of(2026, 5), 9);

    private LifecycleHazards() {
    }

    static Hazard registered(Grade grade, Tier tier) {
        Grading g = grade == Grade.MAJOR
                ? new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT, org.hazardledger.model.MajorCriterionCitation.clause("CHEM-03"))
                : new Grading(Grade.GENERAL, "B", null, null, tier);
        return new Hazard(UUID.randomUUID(), 1, new HazardNumber(YearMonth.of(2026, 6), 1), HazardStatus.REGISTERED,
                new Registration(UNIT, "2号反应釜进料阀", FOUND, PERSON, false, HazardSource.POST_CHECK, "EQUIPMENT_DEFECT",
                        HazardForm.UNSAFE_STATE, "进料阀法兰处有渗漏"), g, null, Outcome.NONE, Handling.NONE, NOW, NOW);
    }

    static Rectification fiveFixes() {
        return new Rectification("更换法兰垫片", "设置警示标识", PERSON, FOUND.plusDays(10), new BigDecimal("800.00"),
                "无渗漏", PERSON);
    }

    /** A general team-tier hazard brought to {@code status} the way users would bring it there. */
    static Hazard in(HazardStatus status) {
        Performer clerk = new Performer("安全员甲", AccountRole.CLERK, null, true);
        Performer union = new Performer("工会小组长", AccountRole.UNION_MEMBER, Tier.TEAM, true);
        Performer principal = new Performer("厂长", AccountRole.PRINCIPAL, null, true);
        MajorTrackView plan = new MajorTrackView(true, false, false, false, false);
        Hazard h = registered(Grade.GENERAL, Tier.TEAM);
        return switch (status) {
            case REGISTERED -> h;
            case AWAITING_PLAN_APPROVAL -> step(registered(Grade.MAJOR, Tier.PLANT), HazardAction.ASSIGN, clerk, plan);
            case RECTIFYING -> step(h, HazardAction.ASSIGN, clerk, MajorTrackView.NONE);
            case AWAITING_ACCEPTANCE -> step(in(HazardStatus.RECTIFYING), HazardAction.REPORT_RECTIFIED, clerk,
                    MajorTrackView.NONE);
            case AWAITING_SIGN_OFF -> step(in(HazardStatus.AWAITING_ACCEPTANCE), HazardAction.ACCEPT, clerk,
                    MajorTrackView.NONE);
            case SIGNED_OFF -> step(in(HazardStatus.AWAITING_SIGN_OFF), HazardAction.SIGN_OFF, union,
                    MajorTrackView.NONE);
            case CLOSED -> step(in(HazardStatus.SIGNED_OFF), HazardAction.CLOSE, clerk, MajorTrackView.NONE);
            case REJECTED -> step(h, HazardAction.REJECT_NOT_HAZARD, clerk, MajorTrackView.NONE);
            case MERGED -> step(h, HazardAction.MERGE_DUPLICATE, clerk, MajorTrackView.NONE);
        };
    }

    static Hazard step(Hazard h, HazardAction a, Performer who, MajorTrackView major) {
        return HazardLifecycle.apply(h, command(a, h), who, major, TODAY, NOW);
    }

    /** A command for {@code a} whose input is valid for {@code h}. */
    static HazardCommand command(HazardAction a, Hazard h) {
        LocalDate day = TODAY;
        return switch (a) {
            case REGRADE -> new HazardCommand.Regrade(new Grading(Grade.GENERAL, "A", null, null,
                    h.grading().rectifyingTier()));
            case ASSIGN -> new HazardCommand.Assign(fiveFixes(), "1. 更换垫片 2. 6月10日前完成");
            case APPROVE_PLAN -> new HazardCommand.ApprovePlan(day);
            case ESCALATE -> new HazardCommand.Escalate("班组无备件，需车间采购");
            case REPORT_RECTIFIED -> new HazardCommand.ReportRectified(day, "已更换垫片，照片见附件");
            case ACCEPT -> new HazardCommand.Accept(day, "无渗漏，合格");
            case REJECT_ACCEPTANCE -> new HazardCommand.RejectAcceptance("仍有渗漏");
            case SIGN_OFF -> new HazardCommand.SignOff(day, "同意销号");
            case CLOSE -> new HazardCommand.Close(day);
            case RECHECK_PASS -> new HazardCommand.RecheckPass(day, PERSON, "未复发");
            case RECHECK_FAIL -> new HazardCommand.RecheckFail(day, PERSON, "垫片再次渗漏");
            case REJECT_NOT_HAZARD -> new HazardCommand.RejectNotHazard("属正常工艺排放");
            case MERGE_DUPLICATE -> new HazardCommand.MergeDuplicate(OTHER, "与上月登记重复");
            case REOPEN -> new HazardCommand.Reopen("群众反映问题仍在");
        };
    }
}
