package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.ImportOptions;
import org.hazardledger.model.ImportOutcome;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.model.LedgerLines;
import org.hazardledger.service.LedgerSheetService;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance round trip: the demo ledger exported to .xlsx, that file imported into an empty
 * ledger (units and people created from the sheet), and every hazard the same, field by field.
 */
class SheetRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theDemoLedgerExportedAndImportedIntoAnEmptyLedgerMatchesFieldByField() {
        LedgerFixture demo = DemoLedger.shared();
        Path file = dir.resolve("隐患台账.xlsx");
        new LedgerExport(demo.sheets, Messages.forLanguage("zh")).write(file, HazardQuery.ALL, "全部隐患", Progress.NONE);

        SheetImport sheet = SheetImport.open(file, Progress.NONE);
        assertThat(sheet.mapping().columns().values()).as("every exported column is recognised")
                .containsExactlyInAnyOrder(LedgerField.values());
        ParsedSheet parsed = sheet.parse(Progress.NONE);
        assertThat(parsed.lines()).hasSize(demo.sheets.count(HazardQuery.ALL));
        assertThat(parsed.lines()).allSatisfy(l -> assertThat(l.problems()).as("row %d", l.row()).isEmpty());

        try (LedgerFixture empty = new LedgerFixture(dir.resolve("empty"))) {
            empty.setup.initialiseEmpty("另一家企业", DemoLedger.enterprise().industry());
            ImportOutcome outcome = empty.sheets.importLines(parsed.lines(), ImportOptions.defaults(file.toString()),
                    Progress.NONE);
            assertThat(outcome.check().problems()).isEmpty();
            assertThat(outcome.applied()).isTrue();
            assertThat(outcome.imported()).isEqualTo(parsed.lines().size());

            Map<Object, LedgerLine> before = byNumber(demo.sheets);
            Map<Object, LedgerLine> after = byNumber(empty.sheets);
            assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
            List<String> differences = new ArrayList<>();
            before.forEach((number, line) -> {
                for (LedgerField f : LedgerField.values()) {
                    Object was = line.get(f);
                    Object is = after.get(number).get(f);
                    if (!Objects.equals(was, is) && differences.size() < 40) {
                        differences.add(number + " " + f + ": " + was + " -> " + is);
                    }
                }
            });
            assertThat(differences).as("fields that changed on the way").isEmpty();
            assertThat(empty.audit.verify().isIntact()).isTrue();
        }
    }

    private static Map<Object, LedgerLine> byNumber(LedgerSheetService sheets) {
        Map<Object, LedgerLine> out = new LinkedHashMap<>();
        LedgerLines page = sheets.lines(HazardQuery.ALL, null, LedgerSheetService.MAX_PAGE);
        while (true) {
            page.lines().forEach(l -> out.put(l.get(LedgerField.NUMBER), l));
            if (page.nextCursor().isEmpty()) {
                return out;
            }
            page = sheets.lines(HazardQuery.ALL, page.next(), LedgerSheetService.MAX_PAGE);
        }
    }
}
