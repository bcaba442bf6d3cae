package org.hazardledger.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.junit.jupiter.api.Test;

class ValueParserTest {

    private final ValueParser parser = new ValueParser();

    private Object parse(LedgerField field, Object value) throws ValueParser.Refusal {
        SheetCell cell = value instanceof String s ? CellValues.text(s) : new SheetCell(value, String.valueOf(value));
        return parser.parse(field, cell, "列");
    }

    private ValueParser.Refusal refusal(LedgerField field, Object value) {
        return catchThrowableOfType(ValueParser.Refusal.class, () -> parse(field, value));
    }

    @Test
    void amounts() throws Exception {
        assertThat(parse(LedgerField.FUNDS, "1,200.50")).isEqualTo(new BigDecimal("1200.5"));
        assertThat(parse(LedgerField.FUNDS, "1200元")).isEqualTo(new BigDecimal("1200"));
        assertThat(parse(LedgerField.FUNDS, "￥1200")).isEqualTo(new BigDecimal("1200"));
        assertThat(parse(LedgerField.FUNDS, "¥ 1 200")).isEqualTo(new BigDecimal("1200"));
        assertThat(parse(LedgerField.FUNDS, "1.2万")).isEqualTo(new BigDecimal("12000"));
        assertThat(parse(LedgerField.FUNDS, "3万元")).isEqualTo(new BigDecimal("30000"));
        assertThat(parse(LedgerField.FUNDS, new BigDecimal("1200.00"))).isEqualTo(new BigDecimal("1200"));
        assertThat(refusal(LedgerField.FUNDS, "约一千").key).isEqualTo("sheet.problem.amount");
        assertThat(refusal(LedgerField.FUNDS, "1.2.3").key).isEqualTo("sheet.problem.amount");
        assertThat(refusal(LedgerField.FUNDS, LocalDate.of(2026, 1, 1)).key).isEqualTo("sheet.problem.amount");
    }

    @Test
    void dates() throws Exception {
        LocalDate march5 = LocalDate.of(2026, 3, 5);
        for (String text : List.of("2026-03-05", "2026/3/5", "2026.3.5", "20260305", "2026年3月5日", "2026年03月05日",
                "2026-3-5 8:30", "2026/03/05 08:30:15", "2026-03-05T08:30", " 2026-03-05 ", "２０２６－０３－０５")) {
            assertThat(parse(LedgerField.FOUND_ON, text)).as(text).isEqualTo(march5);
        }
        assertThat(parse(LedgerField.FOUND_ON, new BigDecimal("46086"))).isEqualTo(march5);
        assertThat(parse(LedgerField.FOUND_ON, new BigDecimal("20260305"))).isEqualTo(march5);
        assertThat(parse(LedgerField.FOUND_ON, "46086")).isEqualTo(march5);
        assertThat(parse(LedgerField.FOUND_ON, java.time.LocalDateTime.of(2026, 3, 5, 9, 0))).isEqualTo(march5);

        assertThat(refusal(LedgerField.FOUND_ON, "3/5/2026").key).isEqualTo("sheet.problem.dateOrder");
        assertThat(refusal(LedgerField.FOUND_ON, "05.03.2026").key).isEqualTo("sheet.problem.dateOrder");
        for (Object bad : List.of("上周", "2026-13-01", "2026-02-30", "1899-12-31", "2101-01-01", new BigDecimal("12"),
                new BigDecimal("99999"), "2026年3月", Boolean.TRUE)) {
            assertThat(refusal(LedgerField.FOUND_ON, bad).key).as(String.valueOf(bad)).isEqualTo("sheet.problem.date");
        }
    }

    @Test
    void everyLabelAndEnumNameIsAccepted() throws Exception {
        for (String language : List.of("zh", "en")) {
            Messages m = Messages.forLanguage(language);
            for (LedgerField field : LedgerField.values()) {
                if (!field.isChoice()) {
                    continue;
                }
                for (Object value : field.type().getEnumConstants()) {
                    assertThat(parse(field, m.label((Labelled) value))).as(language + " " + value).isEqualTo(value);
                    assertThat(parse(field, ((Enum<?>) value).name().toLowerCase())).isEqualTo(value);
                }
            }
        }
    }

    @Test
    void wordsPeopleWrite() throws Exception {
        for (String closed : List.of("已整改", "已完成", "已销号", "闭环", "完成")) {
            assertThat(parse(LedgerField.STATUS, closed)).as(closed).isEqualTo(HazardStatus.CLOSED);
        }
        for (String rectifying : List.of("整改中", "未整改", "未完成", "正在整改")) {
            assertThat(parse(LedgerField.STATUS, rectifying)).as(rectifying).isEqualTo(HazardStatus.RECTIFYING);
        }
        assertThat(parse(LedgerField.STATUS, "待验收")).isEqualTo(HazardStatus.AWAITING_ACCEPTANCE);
        assertThat(parse(LedgerField.STATUS, "未处理")).isEqualTo(HazardStatus.REGISTERED);
        assertThat(parse(LedgerField.GRADE, "一般")).isEqualTo(Grade.GENERAL);
        assertThat(parse(LedgerField.GRADE, "重大")).isEqualTo(Grade.MAJOR);
        assertThat(parser.choice(Grade.class, CellValues.text("A级"), "等级").subGrade()).isEqualTo("A");
        assertThat(parser.choice(Grade.class, CellValues.text("一般B"), "等级").subGrade()).isEqualTo("B");
        assertThat(parse(LedgerField.RECTIFYING_TIER, "车间")).isEqualTo(Tier.WORKSHOP);
        assertThat(parse(LedgerField.RECTIFYING_TIER, "矿")).isEqualTo(Tier.PLANT);
        assertThat(parse(LedgerField.RECTIFYING_TIER, "班组")).isEqualTo(Tier.TEAM);
        assertThat(parse(LedgerField.RISK_COLOUR, "红")).isEqualTo(RiskColour.RED);
        assertThat(parse(LedgerField.RISK_COLOUR, "较大风险")).isEqualTo(RiskColour.ORANGE);
        assertThat(parse(LedgerField.RISK_COLOUR, "黄色")).isEqualTo(RiskColour.YELLOW);
        assertThat(parse(LedgerField.RISK_COLOUR, "低风险")).isEqualTo(RiskColour.BLUE);
        assertThat(parse(LedgerField.FORM, "管理缺陷")).isEqualTo(HazardForm.MANAGEMENT_DEFECT);
        assertThat(parse(LedgerField.SOURCE, "专项检查")).isEqualTo(HazardSource.SPECIAL_INSPECTION);

        ValueParser.Refusal refusal = refusal(LedgerField.RISK_COLOUR, "紫");
        assertThat(refusal.key).isEqualTo("sheet.problem.choice");
        assertThat(refusal.args).containsExactly("紫", "列", "红色（重大风险）、橙色（较大风险）、黄色（一般风险）、蓝色（低风险）");
    }

    @Test
    void textIsTrimmedAndNumbersAreAsShown() throws Exception {
        assertThat(parse(LedgerField.DESCRIPTION, "  漏油  ")).isEqualTo("漏油");
        assertThat(parser.parse(LedgerField.NUMBER, new SheetCell(new BigDecimal("12"), "12"), "编号")).isEqualTo("12");
        assertThat(parser.parse(LedgerField.NUMBER, new SheetCell(new BigDecimal("1E+7"), ""), "编号"))
                .isEqualTo("10000000");
    }

    @Test
    void aFormulaErrorIsAProblemWhateverTheField() {
        for (LedgerField field : List.of(LedgerField.DESCRIPTION, LedgerField.FUNDS, LedgerField.FOUND_ON,
                LedgerField.GRADE)) {
            ValueParser.Refusal r = catchThrowableOfType(ValueParser.Refusal.class,
                    () -> parser.parse(field, CellValues.error("#REF!"), "列"));
            assertThat(r.key).isEqualTo("sheet.problem.formulaError");
            assertThat(Messages.forLanguage("en").get(r.key, r.args)).contains("#REF!");
            assertThat(Messages.forLanguage("zh").get(r.key, r.args)).contains("#REF!");
        }
    }
}
