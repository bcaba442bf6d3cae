package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardDetails;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.LedgerLines;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** The ledger as sheet lines: every hazard once, in the ledger's order, with names a person can read. */
class LedgerSheetLinesTest {

    private final LedgerFixture demo = DemoLedger.shared();

    @Test
    void pagesGiveEveryHazardOfTheFilterOnceNewestFirst() {
        HazardQuery open = HazardQuery.ALL.withStatuses(Set.of(HazardStatus.RECTIFYING));
        List<LedgerLine> all = new ArrayList<>();
        LedgerLines page = demo.sheets.lines(open, null, 37);
        while (true) {
            all.addAll(page.lines());
            if (page.nextCursor().isEmpty()) {
                break;
            }
            page = demo.sheets.lines(open, page.next(), 37);
        }
        assertThat(all).hasSize(demo.sheets.count(open)).isNotEmpty();
        Set<Object> numbers = new HashSet<>();
        all.forEach(l -> numbers.add(l.get(LedgerField.NUMBER)));
        assertThat(numbers).hasSize(all.size());
        assertThat(all).allMatch(l -> l.get(LedgerField.STATUS) == HazardStatus.RECTIFYING);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).date(LedgerField.FOUND_ON)).isBeforeOrEqualTo(all.get(i - 1).date(LedgerField.FOUND_ON));
        }
    }

    @Test
    void aLineNamesTheUnitPathThePeopleAndTheCategoryAsTheDetailPaneDoes() {
        LedgerLine line = demo.sheets.lines(HazardQuery.ALL.withStatuses(Set.of(HazardStatus.CLOSED)), null, 1)
                .lines().get(0);
        HazardDetails d = demo.hazards.details(line.text(LedgerField.NUMBER)).orElseThrow();
        assertThat(line.text(LedgerField.UNIT)).isEqualTo(d.unitPath().replace(" / ", "/"));
        assertThat(line.text(LedgerField.CATEGORY)).isEqualTo(d.categoryNameZh());
        assertThat(line.text(LedgerField.RESPONSIBLE)).isEqualTo(d.responsibleName());
        assertThat(line.date(LedgerField.CLOSED_ON)).isEqualTo(d.hazard().outcome().closedOn()).isNotNull();
        assertThat(line.text(LedgerField.DESCRIPTION)).isEqualTo(d.hazard().registration().description());
        assertThat(line.choice(LedgerField.GRADE, Grade.class)).isEqualTo(d.hazard().grading().grade());
        assertThat(demo.sheets.enterpriseName()).isEqualTo(DemoLedger.enterprise().name());
    }
}
