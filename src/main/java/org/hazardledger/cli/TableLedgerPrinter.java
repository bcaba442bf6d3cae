package org.hazardledger.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hazardledger.model.HazardRow;
import org.hazardledger.service.Messages;

/**
 * A plain-text table for the terminal. Column widths are fixed (rows stream out page by page), and
 * a CJK character counts as two columns, as terminals draw it.
 */
final class TableLedgerPrinter implements LedgerPrinter {

    private static final int[] WIDTHS = {16, 10, 14, 16, 8, 10, 12, 8, 10, 4, 30};
    private final PrintWriter out;
    private final Messages messages;

    TableLedgerPrinter(PrintWriter out, Messages messages) {
        this.out = out;
        this.messages = messages;
        printLine(LedgerPrinter.header(messages));
    }

    @Override
    public void print(HazardRow row) {
        printLine(LedgerPrinter.cells(row, messages));
    }

    private void printLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(fit(cells.get(i).replaceAll("\\s+", " "), WIDTHS[i]));
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        out.println(line.toString().stripTrailing());
    }

    /** Cuts or pads {@code text} to {@code width} terminal columns. */
    static String fit(String text, int width) {
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = columns(cp);
            if (used + w > width) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append(" ".repeat(width - used)).toString();
    }

    static int columns(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        boolean wide = script == Character.UnicodeScript.HAN
                || (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF01 && codePoint <= 0xFF60);
        return wide ? 2 : 1;
    }

    @Override
    public void close() {
        out.flush();
    }
}
