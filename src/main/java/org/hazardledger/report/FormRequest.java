package org.hazardledger.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.Tier;

/** What to print: one form of one record or period. {@link ReportService#print} takes any of these. */
public sealed interface FormRequest permits FormRequest.HazardForm, FormRequest.UnionForm, FormRequest.RoundRecord,
        FormRequest.Archive, FormRequest.Statistics, FormRequest.Briefing {

    FormKind kind();

    /** A form about one hazard: the notice, the closure form, the major-hazard report or its plan. */
    record HazardForm(FormKind kind, String hazardNumber) implements FormRequest {
        public static final Set<FormKind> KINDS =
                Set.of(FormKind.NOTICE, FormKind.CLOSURE, FormKind.MAJOR_REPORT, FormKind.MAJOR_PLAN);

        public HazardForm {
            Objects.requireNonNull(hazardNumber, "hazardNumber");
            if (!KINDS.contains(kind)) {
                throw new IllegalArgumentException("not a hazard form: " + kind);
            }
        }
    }

    /**
     * A union record as the union hands it over: the proposal (整改建议书) or the stop-production /
     * evacuation recommendation (停产整改建议书 / 撤离建议书); which one follows from the record.
     */
    record UnionForm(String recordNumber) implements FormRequest {
        public UnionForm {
            Objects.requireNonNull(recordNumber, "recordNumber");
        }

        /** The family the UI lists it under; the printed title follows the record's own kind. */
        @Override
        public FormKind kind() {
            return FormKind.UNION_PROPOSAL;
        }
    }

    /** One inspection round as recorded (巡查记录). */
    record RoundRecord(UUID roundId) implements FormRequest {
        public RoundRecord {
            Objects.requireNonNull(roundId, "roundId");
        }

        @Override
        public FormKind kind() {
            return FormKind.ROUND_RECORD;
        }
    }

    /** The tiered archive (分级隐患档案) of one unit at its tier for a period, both days included. */
    record Archive(Tier tier, UUID unitId, LocalDate from, LocalDate to) implements FormRequest {
        public Archive {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public FormKind kind() {
            return FormKind.TIER_ARCHIVE;
        }
    }

    /** The statistics table of a quarter (1–4), or of the whole year when {@code quarter} is null. */
    record Statistics(int year, Integer quarter) implements FormRequest {
        public Statistics {
            if (quarter != null && (quarter < 1 || quarter > 4)) {
                throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
            }
        }

        public boolean annual() {
            return quarter == null;
        }

        @Override
        public FormKind kind() {
            return FormKind.STATISTICS;
        }
    }

    /** The workers' congress briefing (职代会隐患通报) on a period, both days included. */
    record Briefing(LocalDate from, LocalDate to) implements FormRequest {
        public Briefing {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public FormKind kind() {
            return FormKind.CONGRESS_BRIEFING;
        }
    }
}
