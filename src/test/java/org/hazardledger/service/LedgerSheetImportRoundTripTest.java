package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.LedgerLines;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo ledger lines of every status, imported into an empty ledger (units and people created by
 * name), come out of the new ledger as the same lines, field by field and with the same numbers.
 */
class LedgerSheetImportRoundTripTest {

    private static final int PER_STATUS = 80;

    @TempDir
    Path dir;

    @Test
    void demoLinesOfEveryStatusImportIntoAnEmptyLedgerUnchanged() {
        LedgerFixture demo = DemoLedger.shared();
        Enterprise enterprise = DemoLedger.enterprise();
        List<LedgerLine> given = new ArrayList<>();
        for (HazardStatus status : HazardStatus.values()) {
            LedgerLines page = demo.sheets.lines(HazardQuery.ALL.withStatuses(Set.of(status)), null, PER_STATUS);
            given.addAll(page.lines());
        }
        assertThat(given).hasSizeGreaterThan(250);
        List<ImportLine> input = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            input.add(new ImportLine(i + 2, given.get(i)));
        }

        try (LedgerFixture empty = new LedgerFixture(dir)) {
            empty.setup.initialiseEmpty(enterprise.name(), enterprise.industry());
            ImportOutcome out = empty.sheets.importLines(input, ImportOptions.defaults("demo.xlsx"), Progress.NONE);

            assertThat(out.check().problems()).isEmpty();
            assertThat(out.applied()).isTrue();
            Map<String, LedgerLine> imported = new LinkedHashMap<>();
            LedgerLines page = empty.sheets.lines(HazardQuery.ALL, null, LedgerSheetService.MAX_PAGE);
            page.lines().forEach(l -> imported.put(l.text(LedgerField.NUMBER), l));
            assertThat(imported).hasSize(given.size());
            for (LedgerLine line : given) {
                assertThat(imported.get(line.text(LedgerField.NUMBER))).isEqualTo(line);
            }
            assertThat(empty.audit.verify().isIntact()).isTrue();
        }
    }
}
