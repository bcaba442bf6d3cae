package org.hazardledger.model;

import java.time.LocalDate;
import java.util.UUID;

/** One lifecycle action with what the user entered for it. {@link HazardLifecycle} applies it. */
public sealed interface HazardCommand {

    HazardAction action();

    /** 定级: a new grading before work starts. */
    record Regrade(Grading grading) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.REGRADE;
        }
    }

    /** The 五定; {@code plan} (measures with a timetable) is required for plant-tier and major hazards. */
    record Assign(Rectification rectification, String plan) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.ASSIGN;
        }
    }

    record ApprovePlan(LocalDate on) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.APPROVE_PLAN;
        }
    }

    record Escalate(String reason) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.ESCALATE;
        }
    }

    record ReportRectified(LocalDate on, String evidence) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.REPORT_RECTIFIED;
        }
    }

    record Accept(LocalDate on, String result) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.ACCEPT;
        }
    }

    record RejectAcceptance(String reason) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.REJECT_ACCEPTANCE;
        }
    }

    record SignOff(LocalDate on, String note) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.SIGN_OFF;
        }
    }

    record Close(LocalDate on) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.CLOSE;
        }
    }

    /** {@code recheckerId} is the person who rechecked (optional). */
    record RecheckPass(LocalDate on, UUID recheckerId, String result) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.RECHECK_PASS;
        }
    }

    record RecheckFail(LocalDate on, UUID recheckerId, String finding) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.RECHECK_FAIL;
        }
    }

    record RejectNotHazard(String reason) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.REJECT_NOT_HAZARD;
        }
    }

    record MergeDuplicate(HazardNumber into, String reason) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.MERGE_DUPLICATE;
        }
    }

    record Reopen(String reason) implements HazardCommand {
        public HazardAction action() {
            return HazardAction.REOPEN;
        }
    }
}
