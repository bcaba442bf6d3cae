package org.hazardledger.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hazardledger.service.AtomicFile;

/**
 * A table as the user sees it, saved as CSV: the visible columns with their headers, the rows in
 * their current order, each cell as its column shows it. UTF-8 with a byte-order mark, because Excel
 * on Chinese Windows otherwise reads UTF-8 as GBK and shows garbage.
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** Reads the table (on the FX thread): a header line, then the rows as text. */
    public static List<List<String>> snapshot(TableView<?> table) {
        List<TableColumn<?, ?>> columns = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            columns.add(c);
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns.stream().map(TableColumn::getText).toList());
        for (int row = 0; row < table.getItems().size(); row++) {
            List<String> line = new ArrayList<>(columns.size());
            for (TableColumn<?, ?> c : columns) {
                Object value = c.getCellData(row);
                line.add(value == null ? "" : value.toString());
            }
            lines.add(line);
        }
        return lines;
    }

    /** Writes the lines to {@code file} whole or not at all ({@link AtomicFile}). */
    public static void write(List<List<String>> lines, Path file) {
        try {
            AtomicFile.write(file, stream -> {
                Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL);
                out.write('\uFEFF');
                for (List<String> line : lines) {
                    csv.printRecord(line);
                }
                csv.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
