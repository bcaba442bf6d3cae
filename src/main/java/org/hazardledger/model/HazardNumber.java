package org.hazardledger.model;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A ledger number such as YH-2026-03-0042: month of registration and a running number in it. */
public record HazardNumber(YearMonth month, int sequence) {

    private static final Pattern FORMAT = Pattern.compile("YH-(\\d{4})-(\\d{2})-(\\d{4,})");

    public HazardNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    public static HazardNumber parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new DomainException("error.hazardNumber.format", text);
        }
        return new HazardNumber(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))),
                Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        // As String.format("YH-%04d-%02d-%04d", ...), without the formatter: an import or the benchmark
        // ledger prints a number several times per hazard (S08: 8% of an import's time went there).
        StringBuilder b = new StringBuilder(16).append("YH-");
        pad(b, month.getYear(), 4).append('-');
        pad(b, month.getMonthValue(), 2).append('-');
        return pad(b, sequence, 4).toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        if (value >= 0) {
            for (int i = digits.length(); i < width; i++) {
                b.append('0');
            }
        }
        return b.append(digits);
    }
}
