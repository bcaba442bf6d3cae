package org.hazardledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hazardledger.model.HazardRow;
import org.hazardledger.service.Messages;

/** RFC 4180 CSV with a header row. */
final class CsvLedgerPrinter implements LedgerPrinter {

    private final CSVPrinter csv;
    private final Messages messages;

    CsvLedgerPrinter(PrintWriter out, Messages messages) {
        this.messages = messages;
        try {
            this.csv = new CSVPrinter(out, CSVFormat.RFC4180);
            csv.printRecord(LedgerPrinter.header(messages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void print(HazardRow row) {
        try {
            csv.printRecord(LedgerPrinter.cells(row, messages));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
