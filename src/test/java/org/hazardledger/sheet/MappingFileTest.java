package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {

    @TempDir
    Path dir;

    private Path mapping(String text) throws IOException {
        return Files.writeString(dir.resolve("mapping.properties"), text, StandardCharsets.UTF_8);
    }

    @Test
    void aMappingFileChoosesTheSheetTheHeaderAndTheColumns() throws IOException {
        Path file = TestSheets.workbook(dir.resolve("w.xlsx"), TestSheets.typicalLedger(),
                TestSheets.sheet("自定义").row("说明文字").row("问题", "时间", "地方", "备注").row("漏水", "2026-05-01", "泵房",
                        "x"));
        Path map = mapping("sheet=自定义\nheaderRow=2\n问题=DESCRIPTION\n时间=found_on\nC=PLACE\n备注=IGNORE\n"
                + "不存在的列=UNIT\n");

        SheetImport in = SheetImport.open(file, Progress.NONE).withMappingFile(map, Progress.NONE);

        assertThat(in.sheetIndex()).isEqualTo(1);
        assertThat(in.header()).isEqualTo(new SheetHeader(1, 1));
        assertThat(in.mapping().fieldAt(0)).isEqualTo(LedgerField.DESCRIPTION);
        assertThat(in.mapping().fieldAt(1)).isEqualTo(LedgerField.FOUND_ON);
        assertThat(in.mapping().fieldAt(2)).isEqualTo(LedgerField.PLACE);
        assertThat(in.mapping().fieldAt(3)).isNull();
        assertThat(in.parse(Progress.NONE).lines()).singleElement().satisfies(l -> {
            assertThat(l.line().text(LedgerField.DESCRIPTION)).isEqualTo("漏水");
            assertThat(l.line().date(LedgerField.FOUND_ON)).isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(l.line().text(LedgerField.PLACE)).isEqualTo("泵房");
        });
    }

    @Test
    void aTwoRowHeaderIsNamedByItsJoinedText() throws IOException {
        Path file = TestSheets.twoRowLedger().xlsx(dir.resolve("two.xlsx"));
        Path map = mapping("headerRow=2\nheaderRows=2\n整改情况/完成时间=ACCEPTED_ON\n五定/资金=IGNORE\n");

        SheetImport in = SheetImport.open(file, Progress.NONE).withMappingFile(map, Progress.NONE);

        assertThat(in.mapping().fieldAt(7)).isEqualTo(LedgerField.ACCEPTED_ON);
        assertThat(in.mapping().columnOf(LedgerField.RECTIFIED_ON)).isEmpty();
        assertThat(in.mapping().fieldAt(6)).isNull();
        assertThat(in.mapping().fieldAt(2)).isEqualTo(LedgerField.DESCRIPTION);
    }

    @Test
    void refusals() throws IOException {
        Path file = TestSheets.typicalLedger().xlsx(dir.resolve("t.xlsx"));
        SheetImport in = SheetImport.open(file, Progress.NONE);

        refused(() -> in.withMappingFile(dir.resolve("none.properties"), Progress.NONE), "error.sheet.mapping.missing");
        Path badField = mapping("隐患内容=DESCRIPTON\n");
        refused(() -> in.withMappingFile(badField, Progress.NONE), "error.sheet.mapping.field");
        Path badSheet = mapping("sheet=没有这张表\n");
        refused(() -> in.withMappingFile(badSheet, Progress.NONE), "error.sheet.mapping.sheet");
        Path badRow = mapping("headerRow=abc\n");
        refused(() -> in.withMappingFile(badRow, Progress.NONE), "error.sheet.mapping.row");
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(DomainException.class).satisfies(e -> {
            DomainException d = (DomainException) e;
            assertThat(d.messageKey()).isEqualTo(key);
            for (String language : List.of("zh", "en")) {
                assertThat(Messages.forLanguage(language).describe(d)).isNotEqualTo(key);
            }
        });
    }
}
