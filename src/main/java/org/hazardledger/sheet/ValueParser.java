package org.hazardledger.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.LedgerField;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;

/**
 * Reads one cell into the value of a {@link LedgerField}. The rules:
 * <ul>
 * <li><b>Text</b> fields take the text as the sheet shows it, trimmed (a number is "12", not
 * "12.0" or "1.2E1"); how long it may be is the ledger's check.</li>
 * <li><b>Dates</b>: a date cell; an Excel serial number from 1990 to 2100 (46082 is 2026-03-01);
 * a number or text of eight digits (20260305); text as 2026-03-05, 2026/3/5, 2026.3.5 or
 * 2026年3月5日, with or without a time after it. Day and month first (3/5/2026, 05.03.2026) are
 * refused rather than guessed: {@code sheet.problem.dateOrder}. Anything else, or a year outside
 * 1990..2100: {@code sheet.problem.date}.</li>
 * <li><b>Amounts</b>: a number, or text such as "1,200.50", "1200元", "￥1200", "1.2万" (12000);
 * otherwise {@code sheet.problem.amount}.</li>
 * <li><b>Choices</b> (the model's enums): the enum name, its Chinese and English label (also the
 * label without its bracket, and the bracket alone: 红色, 重大风险), and the words people write,
 * kept in {@code sheet/value-synonyms.csv} (已整改 is closed, 一般A is general with sub-grade A).
 * Otherwise {@code sheet.problem.choice} with the value, the column header and the allowed
 * values.</li>
 * <li><b>Formulas</b> give their cached result; an error result (#REF!, #DIV/0!) gives
 * {@code sheet.problem.formulaError} whatever the field.</li>
 * </ul>
 */
final class ValueParser {

    /** A cell that cannot be read into its field: the problem's key and arguments. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final String key;
        final transient Object[] args;

        Refusal(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    /** A choice read from a word, with the general hazard's sub-grade the word carried (一般A), if any. */
    record Choice(Enum<?> value, String subGrade) {
    }

    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;
    private static final double FIRST_SERIAL = 32874; // 1990-01-01
    private static final double LAST_SERIAL = 73415; // 2100-12-31
    // 年 月 日: the Chinese date form, as escapes to keep the code ASCII.
    private static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65e5?"
                    + "(?:(?:\\s+|T)\\d{1,2}[:\uff1a]\\d{1,2}(?:[:\uff1a]\\d{1,2}(?:\\.\\d+)?)?)?");
    private static final Pattern DIGITS8 = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern DAY_MONTH_FIRST = Pattern.compile(
            "\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{2,4}(?:(?:\\s+|T).*)?");
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final String YUAN = "\u5143";
    private static final String WAN = "\u4e07";

    private final Map<Class<?>, Map<String, Choice>> choices = new HashMap<>();
    private final Map<Class<?>, String> allowed = new HashMap<>();

    ValueParser() {
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        Map<String, Class<? extends Enum<?>>> kinds = new HashMap<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Grade.class, Tier.class,
                RiskColour.class, HazardStatus.class, HazardSource.class, HazardForm.class, MajorReason.class)) {
            kinds.put(type.getSimpleName(), type);
            Map<String, Choice> words = new HashMap<>();
            Set<String> shown = new LinkedHashSet<>();
            for (Enum<?> value : type.getEnumConstants()) {
                Choice choice = new Choice(value, null);
                words.put(Words.normalise(value.name()), choice);
                for (Messages m : List.of(zh, en)) {
                    String label = Words.normalise(m.label((Labelled) value));
                    words.putIfAbsent(label, choice);
                    String bare = Words.withoutBrackets(label);
                    words.putIfAbsent(bare, choice);
                    int open = label.lastIndexOf('(');
                    if (open > 0 && label.endsWith(")")) {
                        words.putIfAbsent(label.substring(open + 1, label.length() - 1), choice);
                    }
                }
                shown.add(zh.label((Labelled) value));
            }
            choices.put(type, words);
            allowed.put(type, String.join("\u3001", shown));
        }
        for (String[] row : Words.rows("/sheet/value-synonyms.csv")) {
            Class<? extends Enum<?>> type = kinds.get(row[0]);
            if (type == null || row.length < 3) {
                continue;
            }
            Enum<?> value = valueOf(type, row[2]);
            choices.get(type).put(Words.normalise(row[1]), new Choice(value, row.length > 3 ? row[3] : null));
        }
    }

    private static Enum<?> valueOf(Class<? extends Enum<?>> type, String name) {
        for (Enum<?> e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new IllegalStateException("value-synonyms.csv: no " + type.getSimpleName() + "." + name);
    }

    /** The value of {@code field} in {@code cell} (not blank), or a refusal saying why not. */
    Object parse(LedgerField field, SheetCell cell, String header) throws Refusal {
        Object value = cell.value();
        if (value instanceof FormulaError) {
            throw new Refusal("sheet.problem.formulaError", cell.text(), header);
        }
        Class<?> type = field.type();
        if (type == LocalDate.class) {
            return date(cell);
        }
        if (type == BigDecimal.class) {
            return amount(cell);
        }
        if (type.isEnum()) {
            return choice(type, cell, header).value();
        }
        return text(cell);
    }

    Choice choice(Class<?> type, SheetCell cell, String header) throws Refusal {
        Choice c = choices.get(type).get(Words.normalise(text(cell)));
        if (c == null) {
            throw new Refusal("sheet.problem.choice", text(cell), header, allowed.get(type));
        }
        return c;
    }

    static String text(SheetCell cell) {
        Object value = cell.value();
        if (value instanceof String s) {
            return s.strip();
        }
        String shown = cell.text().strip();
        if (!shown.isEmpty()) {
            return shown;
        }
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    static LocalDate date(SheetCell cell) throws Refusal {
        Object value = cell.value();
        if (value instanceof LocalDate d) {
            return inRange(d, cell.text());
        }
        if (value instanceof LocalDateTime t) {
            return inRange(t.toLocalDate(), cell.text());
        }
        if (value instanceof BigDecimal b) {
            return number(b, cell.text());
        }
        String text = text(cell);
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        Matcher m = YMD.matcher(t);
        if (m.matches()) {
            return ymd(m.group(1), m.group(2), m.group(3), text);
        }
        m = DIGITS8.matcher(t);
        if (m.matches()) {
            return ymd(m.group(1), m.group(2), m.group(3), text);
        }
        if (SERIAL.matcher(t).matches()) {
            return number(new BigDecimal(t), text);
        }
        if (DAY_MONTH_FIRST.matcher(t).matches()) {
            throw new Refusal("sheet.problem.dateOrder", text);
        }
        throw new Refusal("sheet.problem.date", text);
    }

    private static LocalDate number(BigDecimal b, String shown) throws Refusal {
        String plain = b.stripTrailingZeros().toPlainString();
        Matcher m = DIGITS8.matcher(plain);
        if (m.matches()) {
            return ymd(m.group(1), m.group(2), m.group(3), shown);
        }
        double serial = b.doubleValue();
        if (serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1) {
            return DateUtil.getLocalDateTime(serial, false).toLocalDate();
        }
        throw new Refusal("sheet.problem.date", shown.isEmpty() ? plain : shown);
    }

    private static LocalDate ymd(String y, String m, String d, String shown) throws Refusal {
        try {
            return inRange(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)), shown);
        } catch (DateTimeException e) {
            throw new Refusal("sheet.problem.date", shown);
        }
    }

    private static LocalDate inRange(LocalDate date, String shown) throws Refusal {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new Refusal("sheet.problem.date", shown.isEmpty() ? date.toString() : shown);
        }
        return date;
    }

    static BigDecimal amount(SheetCell cell) throws Refusal {
        Object value = cell.value();
        if (value instanceof BigDecimal b) {
            return tidy(b);
        }
        String text = text(cell);
        if (!(value instanceof String)) {
            throw new Refusal("sheet.problem.amount", text);
        }
        String t = Words.normalise(text).replace(",", "").replace("\uff0c", "").replace("\u00a5", "")
                .replace("$", "").replace("rmb", "").replace("cny", "");
        if (t.endsWith(YUAN)) {
            t = t.substring(0, t.length() - 1);
        }
        BigDecimal factor = BigDecimal.ONE;
        if (t.endsWith(WAN)) {
            t = t.substring(0, t.length() - 1);
            factor = BigDecimal.valueOf(10_000);
        }
        if (!AMOUNT.matcher(t).matches()) {
            throw new Refusal("sheet.problem.amount", text);
        }
        return tidy(new BigDecimal(t).multiply(factor));
    }

    private static BigDecimal tidy(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static List<String> junkWords() {
        List<String> out = new ArrayList<>();
        for (String[] row : Words.rows("/sheet/value-synonyms.csv")) {
            if ("JUNK".equals(row[0]) && row.length > 1) {
                out.add(Words.normalise(row[1]));
            }
        }
        return List.copyOf(out);
    }
}
