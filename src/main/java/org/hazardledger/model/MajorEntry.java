package org.hazardledger.model;

import java.time.LocalDate;

/** One entry in a major hazard's file, with what the user typed; {@link MajorTrack} takes it. */
public sealed interface MajorEntry {

    MajorStep step();

    record RecordReport(MajorHazardFile.Report report) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.RECORD_REPORT;
        }
    }

    record RecordPlan(MajorHazardFile.Plan plan) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.RECORD_PLAN;
        }
    }

    record SetSafeguards(MajorHazardFile.Safeguards safeguards) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.SET_SAFEGUARDS;
        }
    }

    record ReportToDepartment(MajorHazardFile.DepartmentReport report) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.REPORT_TO_DEPARTMENT;
        }
    }

    record ListForSupervision(MajorHazardFile.Listing listing) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.LIST;
        }
    }

    record Evaluate(MajorHazardFile.Evaluation evaluation) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.EVALUATE;
        }
    }

    /** The submitter is the signed-in principal, written by the track. */
    record RequestResumption(LocalDate requestedOn, LocalDate deliveredOn) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.REQUEST_RESUMPTION;
        }
    }

    record RecordReview(MajorHazardFile.Review review) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.RECORD_REVIEW;
        }
    }

    record StrikeOff(LocalDate on) implements MajorEntry {
        public MajorStep step() {
            return MajorStep.STRIKE_OFF;
        }
    }
}
