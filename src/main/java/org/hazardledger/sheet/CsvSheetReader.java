package org.hazardledger.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.service.Progress;

/**
 * Reads a CSV (or tab-separated text) file with commons-csv. The charset: a byte-order mark says
 * it (UTF-8, UTF-16LE/BE); otherwise strictly valid UTF-8 is UTF-8, and anything else is read as
 * GB18030 (a superset of GBK, what Chinese Excel writes). The separator is a comma unless the
 * first line has tabs (or semicolons) and no commas. Cells are text as written; the value parser
 * reads dates and amounts from text. Bytes that are not text (NULs, control characters) make the
 * file "not a spreadsheet": {@link #looksLikeText} says so before anything is parsed.
 */
final class CsvSheetReader {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSheetReader() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, GB18030);
        }
    }

    /** Text has no NULs and hardly any control characters other than tab and line breaks. */
    static boolean looksLikeText(String text) {
        if (text.isEmpty()) {
            return true;
        }
        int bad = 0;
        int length = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD') {
                bad += 4;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                bad++;
            }
        }
        return bad * 100 < length;
    }

    static SheetGrid read(String text, String name, Progress progress) throws IOException {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = ',';
        if (firstLine.indexOf(',') < 0) {
            if (firstLine.indexOf('\t') >= 0) {
                separator = '\t';
            } else if (firstLine.indexOf(';') >= 0) {
                separator = ';';
            }
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        List<List<SheetCell>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() % 1000 == 0) {
                    progress.checkCancelled();
                    progress.update(rows.size(), -1);
                }
                List<SheetCell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(CellValues.text(value));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        }
        return new SheetGrid(name, rows, List.of());
    }
}
