package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardledger.model.LedgerField.ACCEPTOR;
import static org.hazardledger.model.LedgerField.DEADLINE;
import static org.hazardledger.model.LedgerField.DESCRIPTION;
import static org.hazardledger.model.LedgerField.FOUND_ON;
import static org.hazardledger.model.LedgerField.FUNDS;
import static org.hazardledger.model.LedgerField.GRADE;
import static org.hazardledger.model.LedgerField.MEASURES;
import static org.hazardledger.model.LedgerField.PLACE;
import static org.hazardledger.model.LedgerField.RECTIFIED_ON;
import static org.hazardledger.model.LedgerField.RESPONSIBLE;
import static org.hazardledger.model.LedgerField.STATUS;
import static org.hazardledger.model.LedgerField.UNIT;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.ImportLine;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.LedgerLine;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetImportTest {

    @TempDir
    Path dir;

    @Test
    void aTypicalChineseLedgerWithATitleRowIsReadWithNoMappingWork() {
        SheetImport in = SheetImport.open(TestSheets.typicalLedger().xlsx(dir.resolve("台账.xlsx")), Progress.NONE);

        assertThat(in.format()).isEqualTo(SheetFormat.XLSX);
        assertThat(in.sheetNames()).containsExactly("隐患台账");
        assertThat(in.header()).isEqualTo(new SheetHeader(1, 1));
        assertThat(in.headers().get(3)).isEqualTo("隐患内容");
        assertThat(in.mapping().columns()).containsExactlyInAnyOrderEntriesOf(Map.of(1, FOUND_ON, 2, PLACE,
                3, DESCRIPTION, 4, GRADE, 5, MEASURES, 6, UNIT, 7, RESPONSIBLE, 8, DEADLINE, 9, FUNDS, 10, STATUS));
        assertThat(in.preview(2)).hasSize(2);
        assertThat(in.preview(2).get(0).get(0)).isEqualTo("1");

        ParsedSheet parsed = in.parse(Progress.NONE);

        assertThat(parsed.lines()).extracting(ImportLine::row).containsExactly(3, 4, 5);
        assertThat(parsed.lines()).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        LedgerLine first = parsed.lines().get(0).line();
        assertThat(first.date(FOUND_ON)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(first.text(PLACE)).isEqualTo("一号车间配电室");
        assertThat(first.choice(GRADE, Grade.class)).isEqualTo(Grade.GENERAL);
        assertThat(first.amount(FUNDS)).isEqualByComparingTo("1200");
        assertThat(first.choice(STATUS, HazardStatus.class)).isEqualTo(HazardStatus.CLOSED);
        LedgerLine second = parsed.lines().get(1).line();
        assertThat(second.date(FOUND_ON)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(second.date(DEADLINE)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(second.amount(FUNDS)).isEqualByComparingTo("1200.50");
        assertThat(second.choice(STATUS, HazardStatus.class)).isEqualTo(HazardStatus.RECTIFYING);
        LedgerLine third = parsed.lines().get(2).line();
        assertThat(third.date(FOUND_ON)).as("Excel serial").isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(third.date(DEADLINE)).as("20260401").isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(third.amount(FUNDS)).isEqualByComparingTo("12000");
        assertThat(third.choice(GRADE, Grade.class)).isEqualTo(Grade.MAJOR);
        assertThat(third.choice(STATUS, HazardStatus.class)).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
    }

    @Test
    void theSameLedgerAsXlsReadsTheSame() {
        SheetImport xlsx = SheetImport.open(TestSheets.typicalLedger().xlsx(dir.resolve("a.xlsx")), Progress.NONE);
        SheetImport xls = SheetImport.open(TestSheets.typicalLedger().xls(dir.resolve("a.xls")), Progress.NONE);

        assertThat(xls.format()).isEqualTo(SheetFormat.XLS);
        assertThat(xls.headers()).isEqualTo(xlsx.headers());
        assertThat(lines(xls.parse(Progress.NONE))).isEqualTo(lines(xlsx.parse(Progress.NONE)));
    }

    @Test
    void mergedTwoRowHeadersAreJoinedAndMapped() {
        for (Path file : List.of(TestSheets.twoRowLedger().xlsx(dir.resolve("two.xlsx")),
                TestSheets.twoRowLedger().xls(dir.resolve("two.xls")))) {
            SheetImport in = SheetImport.open(file, Progress.NONE);

            assertThat(in.header()).as(file.toString()).isEqualTo(new SheetHeader(1, 2));
            assertThat(in.headers()).containsExactly("序号", "发现时间", "隐患描述", "五定/措施", "五定/责任人",
                    "五定/期限", "五定/资金", "整改情况/完成时间", "整改情况/验收人");
            assertThat(in.mapping().columns()).containsExactlyInAnyOrderEntriesOf(Map.of(1, FOUND_ON,
                    2, DESCRIPTION, 3, MEASURES, 4, RESPONSIBLE, 5, DEADLINE, 6, FUNDS, 7, RECTIFIED_ON, 8, ACCEPTOR));

            ParsedSheet parsed = in.parse(Progress.NONE);
            assertThat(parsed.lines()).extracting(ImportLine::row).containsExactly(4, 5);
            LedgerLine line = parsed.lines().get(0).line();
            assertThat(line.text(MEASURES)).isEqualTo("加装护栏");
            assertThat(line.amount(FUNDS)).isEqualByComparingTo("800");
            assertThat(line.date(RECTIFIED_ON)).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(line.text(ACCEPTOR)).isEqualTo("钱七");
        }
    }

    @Test
    void excelSerialAndTextDatesInOneColumn() {
        Path file = TestSheets.sheet("s")
                .row("隐患描述", "排查时间")
                .row("a", LocalDate.of(2026, 3, 5))
                .row("b", 46082)
                .row("c", "2026-03-05")
                .row("d", "2026/3/5")
                .row("e", "2026.3.5")
                .row("f", "20260305")
                .row("g", "2026年3月5日")
                .row("h", "2026-03-05 08:30")
                .row("i", java.time.LocalDateTime.of(2026, 3, 5, 14, 0))
                .xlsx(dir.resolve("dates.xlsx"));

        ParsedSheet parsed = SheetImport.open(file, Progress.NONE).parse(Progress.NONE);

        assertThat(parsed.lines()).hasSize(9).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        assertThat(parsed.lines()).extracting(l -> l.line().date(FOUND_ON)).containsExactly(
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5));
    }

    @Test
    void csvInGbkAndUtf8WithAndWithoutBomReadTheSame() {
        List<List<Object>> rows = List.of(
                List.of("序号", "隐患描述", "排查时间", "整改资金", "责任单位"),
                List.of("1", "配电柜门未关闭", "2026-03-05", "1,200.50", "机修车间"),
                List.of("2", "灭火器过期，需更换", "2026/3/6", "300元", "仓储部"));
        List<Map<LedgerField, Object>> expected = null;
        for (Object[] variant : new Object[][] {{"gbk.csv", TestSheets.gbk(), false},
                {"utf8.csv", StandardCharsets.UTF_8, false}, {"bom.csv", StandardCharsets.UTF_8, true},
                {"gb.txt", java.nio.charset.Charset.forName("GB18030"), false}}) {
            Path file = TestSheets.csv(dir.resolve((String) variant[0]), (java.nio.charset.Charset) variant[1],
                    (Boolean) variant[2], rows);
            SheetImport in = SheetImport.open(file, Progress.NONE);
            assertThat(in.format()).isEqualTo(SheetFormat.CSV);
            assertThat(in.headers()).as(file.toString()).containsExactly("序号", "隐患描述", "排查时间", "整改资金",
                    "责任单位");
            List<Map<LedgerField, Object>> got = lines(in.parse(Progress.NONE));
            assertThat(got).hasSize(2);
            assertThat(got.get(1).get(DESCRIPTION)).isEqualTo("灭火器过期，需更换");
            assertThat(got.get(1).get(FUNDS)).isEqualTo(new BigDecimal("300"));
            if (expected == null) {
                expected = got;
            }
            assertThat(got).as(file.toString()).isEqualTo(expected);
        }
    }

    @Test
    void blankRowsInTheMiddleAndTrailingJunkAreSkippedNotErrors() {
        Path file = TestSheets.sheet("s")
                .row("序号", "隐患描述", "排查时间", "整改资金", "责任单位")
                .row(1, "a", LocalDate.of(2026, 3, 5), 100, "机修车间")
                .blank()
                .row(null, "", "  ", null, null)
                .row(2, "b", LocalDate.of(2026, 3, 6), 200, "机修车间")
                .row(3)
                .row("合计", null, null, TestSheets.formula("SUM(D2:D5)"), null)
                .row("制表人：张三     审核：")
                .merge("A8:E8")
                .row("注：本表每月5日前报安全科")
                .row(null, null, null, null, "2026年3月31日")
                .xlsx(dir.resolve("junk.xlsx"));

        ParsedSheet parsed = SheetImport.open(file, Progress.NONE).parse(Progress.NONE);

        assertThat(parsed.lines()).extracting(ImportLine::row).containsExactly(2, 5);
        assertThat(parsed.lines()).allSatisfy(l -> assertThat(l.problems()).isEmpty());
        assertThat(parsed.skippedRows()).containsExactly(3, 4, 6, 7, 8, 9, 10);
    }

    @Test
    void formulasGiveTheirCachedResultsAndAnErrorIsAProblem() {
        for (String name : List.of("f.xlsx", "f.xls")) {
            TestSheets.Grid grid = TestSheets.sheet("s")
                    .row("隐患描述", "排查时间", "整改资金", "隐患部位", "责任人")
                    .row("配电柜", TestSheets.formula("DATE(2026,3,5)"), TestSheets.formula("SUM(100,200.5)"),
                            TestSheets.formula("F2"), "张三", "一号厂房")
                    .row("护栏", LocalDate.of(2026, 3, 6), TestSheets.formula("1/0"), "二号厂房", "李四");
            Path file = name.endsWith("xls") ? grid.xls(dir.resolve(name)) : grid.xlsx(dir.resolve(name));

            ParsedSheet parsed = SheetImport.open(file, Progress.NONE).parse(Progress.NONE);

            LedgerLine first = parsed.lines().get(0).line();
            assertThat(first.date(FOUND_ON)).as(name).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(first.amount(FUNDS)).as(name).isEqualByComparingTo("300.5");
            assertThat(first.text(PLACE)).as(name).isEqualTo("一号厂房");
            ImportLine second = parsed.lines().get(1);
            assertThat(second.line().has(FUNDS)).isFalse();
            assertThat(second.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(3);
                assertThat(p.field()).isEqualTo(FUNDS);
                assertThat(p.value()).isEqualTo("#DIV/0!");
                assertThat(p.messageKey()).isEqualTo("sheet.problem.formulaError");
            });
        }
    }

    @Test
    void numbersInTextFieldsComeOutAsShown() {
        Path file = TestSheets.sheet("s")
                .row("隐患编号", "隐患描述", "整改责任人")
                .row(12, "a", 10000000)
                .row(12.5, "b", "  王五 ")
                .xlsx(dir.resolve("n.xlsx"));

        List<ImportLine> lines = SheetImport.open(file, Progress.NONE).parse(Progress.NONE).lines();

        assertThat(lines.get(0).line().text(LedgerField.NUMBER)).isEqualTo("12");
        assertThat(lines.get(0).line().text(RESPONSIBLE)).isEqualTo("10000000");
        assertThat(lines.get(1).line().text(LedgerField.NUMBER)).isEqualTo("12.5");
        assertThat(lines.get(1).line().text(RESPONSIBLE)).isEqualTo("王五");
    }

    @Test
    void mergedDataCellsBelongToEachRowTheyCover() {
        Path file = TestSheets.sheet("s")
                .row("责任单位", "隐患描述", "排查时间")
                .row("机修车间", "a", LocalDate.of(2026, 3, 5))
                .row(null, "b", LocalDate.of(2026, 3, 6))
                .merge("A2:A3")
                .xlsx(dir.resolve("m.xlsx"));

        List<ImportLine> lines = SheetImport.open(file, Progress.NONE).parse(Progress.NONE).lines();

        assertThat(lines).extracting(l -> l.line().text(UNIT)).containsExactly("机修车间", "机修车间");
    }

    @Test
    void eachBadValueIsAProblemOfItsCellAndTheRowIsKept() {
        Path file = TestSheets.sheet("s")
                .row("隐患描述", "排查时间", "整改资金", "隐患等级", "状态", "整改期限")
                .row("a", "昨天", "很多", "特别重大", "不知道", "3/5/2026")
                .row("b", "2026-02-30", "1200", "一般A", "已完成", "1899-01-01")
                .xlsx(dir.resolve("bad.xlsx"));

        List<ImportLine> lines = SheetImport.open(file, Progress.NONE).parse(Progress.NONE).lines();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).line().text(DESCRIPTION)).isEqualTo("a");
        assertThat(lines.get(0).problems()).extracting(p -> p.row() + " " + p.field() + " " + p.value() + " "
                + p.messageKey()).containsExactly(
                        "2 FOUND_ON 昨天 sheet.problem.date",
                        "2 FUNDS 很多 sheet.problem.amount",
                        "2 GRADE 特别重大 sheet.problem.choice",
                        "2 STATUS 不知道 sheet.problem.choice",
                        "2 DEADLINE 3/5/2026 sheet.problem.dateOrder");
        assertThat(lines.get(0).problems().get(2).args()).containsExactly("特别重大", "隐患等级", "一般隐患、重大隐患");
        assertThat(lines.get(1).problems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                "FOUND_ON sheet.problem.date", "DEADLINE sheet.problem.date");
        assertThat(lines.get(1).line().choice(GRADE, Grade.class)).isEqualTo(Grade.GENERAL);
        assertThat(lines.get(1).line().text(LedgerField.SUB_GRADE)).isEqualTo("A");
        for (String language : List.of("zh", "en")) {
            Messages m = Messages.forLanguage(language);
            lines.stream().flatMap(l -> l.problems().stream()).forEach(p -> {
                String text = m.get(p.messageKey(), p.args().toArray());
                assertThat(text).isNotEqualTo(p.messageKey()).contains(p.value());
            });
        }
    }

    @Test
    void ourOwnHeadersInBothLanguagesMapToTheirFields() {
        for (String language : List.of("zh", "en")) {
            Messages m = Messages.forLanguage(language);
            List<Object> headers = new ArrayList<>();
            for (LedgerField f : LedgerField.values()) {
                headers.add(m.label(f));
            }
            Path file = TestSheets.sheet("s").row(headers.toArray()).row("x").xlsx(dir.resolve(language + ".xlsx"));

            SheetImport in = SheetImport.open(file, Progress.NONE);

            assertThat(in.header().firstRow()).isZero();
            for (LedgerField f : LedgerField.values()) {
                assertThat(in.mapping().fieldAt(f.ordinal())).as(language + " " + f).isEqualTo(f);
            }
        }
    }

    @Test
    void aSheetWithNoKnownHeaderTakesItsFirstNonBlankRowAndLeavesTheMappingToTheUser() {
        Path file = TestSheets.sheet("s").blank().row("甲", "乙", "丙").row("1", "2", "3")
                .xlsx(dir.resolve("x.xlsx"));

        SheetImport in = SheetImport.open(file, Progress.NONE);

        assertThat(in.header()).isEqualTo(new SheetHeader(1, 1));
        assertThat(in.mapping().columns()).isEmpty();
        SheetImport corrected = in.withMapping(in.mapping().with(0, DESCRIPTION));
        assertThat(corrected.parse(Progress.NONE).lines()).singleElement()
                .satisfies(l -> assertThat(l.line().text(DESCRIPTION)).isEqualTo("1"));
        assertThat(in.withHeader(new SheetHeader(0, 1)).header().firstRow()).isZero();
    }

    @Test
    void theFirstSheetWithDataIsChosenAndAnotherCanBePicked() {
        Path file = TestSheets.workbook(dir.resolve("w.xlsx"), TestSheets.sheet("说明"),
                TestSheets.typicalLedger(), TestSheets.sheet("其他").row("隐患描述", "排查时间").row("x", "2026-01-02"));

        SheetImport in = SheetImport.open(file, Progress.NONE);

        assertThat(in.sheetNames()).containsExactly("说明", "隐患台账", "其他");
        assertThat(in.sheetIndex()).isEqualTo(1);
        SheetImport other = in.withSheet(2, Progress.NONE);
        assertThat(other.grid().sheetName()).isEqualTo("其他");
        assertThat(other.parse(Progress.NONE).lines()).singleElement()
                .satisfies(l -> assertThat(l.line().date(FOUND_ON)).isEqualTo(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void theFileIsToldByItsBytesNotItsName() throws Exception {
        Path xlsx = TestSheets.typicalLedger().xlsx(dir.resolve("a.xlsx"));
        Path renamed = Files.copy(xlsx, dir.resolve("ledger.csv"));

        assertThat(SheetImport.open(renamed, Progress.NONE).format()).isEqualTo(SheetFormat.XLSX);
    }

    private static List<Map<LedgerField, Object>> lines(ParsedSheet parsed) {
        List<Map<LedgerField, Object>> out = new ArrayList<>();
        for (ImportLine l : parsed.lines()) {
            out.add(new EnumMap<>(l.line().values()));
        }
        return out;
    }
}
