package org.hazardledger.model;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random legal paths along a major hazard's own track, with reviews that pass or fail: whatever the
 * path, a struck-off hazard has the department's passed review, and closure is allowed only then.
 */
class MajorTrackPropertiesTest {

    private static final LocalDate TODAY = of(2026, 6, 15);
    private static final String NO = "YH-2026-03-0001";

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 1_000).list().ofMinSize(12).ofMaxSize(60);
    }

    @Property(tries = 300)
    void aStruckOffMajorHazardAlwaysHasTheDepartmentsReview(@ForAll("picks") List<Integer> picks) {
        MajorHazardFile f = MajorHazardFile.empty(UUID.randomUUID(), UUID.randomUUID());
        LocalDate day = of(2026, 3, 1);
        for (int pick : picks) {
            AccountRole role = pick % 2 == 0 ? AccountRole.CLERK : AccountRole.PRINCIPAL;
            List<MajorStep> allowed = MajorTrack.allowed(NO, f, role);
            if (allowed.isEmpty()) {
                continue;
            }
            MajorStep step = allowed.get((pick / 2) % allowed.size());
            day = day.plusDays(1);
            f = MajorTrack.take(NO, f, entry(step, day, pick % 3 != 0), role, "用户", TODAY);
            Statistics.collect(f.stage());
            if (f.stage() == MajorStage.STRUCK_OFF) {
                assertThat(f.review()).as("struck off after the department's review").isNotNull();
                assertThat(f.reviewPassed()).isTrue();
                assertThat(f.listing()).as("only a listed hazard is struck off").isNotNull();
            }
            MajorTrackView view = new MajorTrackView(f.planComplete(), f.departmentReport() != null,
                    f.listing() != null, f.reviewPassed(), f.stage() == MajorStage.STRUCK_OFF);
            if (view.allowsClosure()) {
                assertThat(f.reviewPassed()).as("closure only after a passed review").isTrue();
            }
        }
        Statistics.coverage(c -> c.check(MajorStage.STRUCK_OFF).count(n -> n > 0));
    }

    /** A valid entry for {@code step} dated {@code day}; a review passes when {@code pass}. */
    private static MajorEntry entry(MajorStep step, LocalDate day, boolean pass) {
        return switch (step) {
            case RECORD_REPORT -> new MajorEntry.RecordReport(new MajorHazardFile.Report("现状及原因", "危害程度", "治理方案"));
            case RECORD_PLAN -> new MajorEntry.RecordPlan(new MajorHazardFile.Plan("目标", "方法", "经费", "机构", "时限",
                    "应急"));
            case SET_SAFEGUARDS -> new MajorEntry.SetSafeguards(new MajorHazardFile.Safeguards(true, true, true, null));
            case REPORT_TO_DEPARTMENT -> new MajorEntry.ReportToDepartment(
                    new MajorHazardFile.DepartmentReport(day, "市应急管理局", "文号1"));
            case LIST -> new MajorEntry.ListForSupervision(new MajorHazardFile.Listing(day, "市安委会", "文号2"));
            case EVALUATE -> new MajorEntry.Evaluate(new MajorHazardFile.Evaluation(day, EvaluatorKind.IN_HOUSE_EXPERTS,
                    null, "已消除"));
            case REQUEST_RESUMPTION -> new MajorEntry.RequestResumption(day, day);
            case RECORD_REVIEW -> new MajorEntry.RecordReview(new MajorHazardFile.Review(day, "市应急管理局", pass,
                    pass ? null : "仍有缺陷"));
            case STRIKE_OFF -> new MajorEntry.StrikeOff(day);
        };
    }
}
