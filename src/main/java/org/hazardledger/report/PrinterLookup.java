package org.hazardledger.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/** Where the printers come from: the system's, or (in tests) a file-writing PostScript service. */
public interface PrinterLookup {

    /** The printers installed on this computer, as the system lists them. */
    PrinterLookup SYSTEM = new PrinterLookup() {
        @Override
        public List<PrintService> all() {
            return Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
        }

        @Override
        public Optional<PrintService> preferred() {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
    };

    List<PrintService> all();

    /** The system's default printer, if it has one. */
    Optional<PrintService> preferred();
}
