package org.hazardledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batches: a month's closure forms and the notices in force in a unit. */
class FormBatchesTest {

    @TempDir
    Path dir;

    @Test
    void aUnitsNoticesAreThoseUnderRectificationInItAndBelowIt() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            SmallEnterprise e = ledger.initialiseSmall();
            Hazard assigned = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            Hazard notYetAssigned = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(2)));
            OrgUnit other = ledger.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "精馏车间");
            OrgUnit otherTeam = ledger.organisation.addUnit(other.id(), Tier.TEAM, "P1-W2-T1", "乙班");
            OrgUnit otherPost = ledger.organisation.addUnit(otherTeam.id(), Tier.POST, "P1-W2-T1-01", "精馏岗");
            Hazard elsewhere = ledger.hazards.register(new org.hazardledger.model.HazardDraft(
                    new org.hazardledger.model.Registration(otherPost.id(), "精馏塔", LedgerFixture.TODAY,
                            e.worker().id(), false, org.hazardledger.model.HazardSource.POST_CHECK,
                            "EQUIPMENT_DEFECT", org.hazardledger.model.HazardForm.UNSAFE_STATE, "塔顶压力表失灵"),
                    e.leakingValve(LedgerFixture.TODAY).grading()));
            ledger.hazards.perform(elsewhere.id(), elsewhere.revision(),
                    new org.hazardledger.model.HazardCommand.Assign(e.replaceGasket(LedgerFixture.TODAY), null));

            FormBatches.Batch batch = new FormBatches(ledger.hazards).noticesOf(e.workshop().id(), "合成车间");

            assertThat(batch.title()).isEqualTo("合成车间隐患整改通知单");
            assertThat(batch.requests()).containsExactly(
                    new FormRequest.HazardForm(FormKind.NOTICE, assigned.number().toString()));
            assertThat(batch.requests()).extracting(FormRequest.HazardForm::hazardNumber)
                    .doesNotContain(notYetAssigned.number().toString(), elsewhere.number().toString());
            assertThat(new FormBatches(ledger.hazards).noticesOf(e.plant().id(), "一厂").requests()).hasSize(2);
        }
    }

    @Test
    void aMonthsClosureFormsAreTheHazardsStruckOffInThatMonth() {
        LedgerFixture demo = DemoLedger.shared();
        HazardQuery query = HazardQuery.ALL.withStatuses(Set.of(HazardStatus.CLOSED));
        List<HazardRow> closed = new java.util.ArrayList<>();
        org.hazardledger.model.LedgerPage page = demo.hazards.page(query, null, 500);
        closed.addAll(page.rows());
        while (page.nextCursor().isPresent()) {
            page = demo.hazards.page(query, page.nextCursor().get(), 500);
            closed.addAll(page.rows());
        }
        assertThat(closed).as("the demo has closed hazards").isNotEmpty();
        // the month in which most hazards were struck off
        LedgerPageScan scan = LedgerPageScan.of(demo, closed);
        YearMonth month = scan.busiestMonth();

        FormBatches.Batch batch = new FormBatches(demo.hazards).closuresOf(month);

        assertThat(batch.title()).isEqualTo(month.getYear() + "年" + month.getMonthValue() + "月隐患治理销号单");
        assertThat(batch.requests()).extracting(FormRequest.HazardForm::kind).containsOnly(FormKind.CLOSURE);
        assertThat(batch.requests()).extracting(FormRequest.HazardForm::hazardNumber)
                .containsExactlyInAnyOrderElementsOf(scan.closedIn(month));
        assertThat(new FormBatches(demo.hazards).closuresOf(YearMonth.of(2020, 1)).requests()).isEmpty();
    }

    /** The closed hazards' closing days, read one by one through the detail (the slow, obvious way). */
    private record LedgerPageScan(java.util.Map<String, LocalDate> closedOn) {

        static LedgerPageScan of(LedgerFixture ledger, List<HazardRow> rows) {
            java.util.Map<String, LocalDate> days = new java.util.HashMap<>();
            for (HazardRow r : rows) {
                ledger.hazards.details(r.number()).ifPresent(d -> days.put(r.number(), d.hazard().outcome().closedOn()));
            }
            return new LedgerPageScan(days);
        }

        YearMonth busiestMonth() {
            return closedOn.values().stream().map(YearMonth::from)
                    .collect(java.util.stream.Collectors.groupingBy(m -> m, java.util.stream.Collectors.counting()))
                    .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        List<String> closedIn(YearMonth month) {
            return closedOn.entrySet().stream().filter(e -> YearMonth.from(e.getValue()).equals(month))
                    .map(java.util.Map.Entry::getKey).toList();
        }
    }
}
