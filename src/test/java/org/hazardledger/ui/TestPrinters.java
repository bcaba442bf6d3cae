package org.hazardledger.ui;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.StreamPrintServiceFactory;
import org.hazardledger.report.PrinterLookup;

/** The printers a test offers: PostScript written into a stream, as a printer would receive it. */
public final class TestPrinters implements PrinterLookup {

    private final List<PrintService> printers = new ArrayList<>();

    /** Adds a printer that writes PostScript into {@code out}. */
    public PrintService addPostScript(OutputStream out) {
        StreamPrintServiceFactory[] factories = StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript");
        PrintService service = factories[0].getPrintService(out);
        printers.add(service);
        return service;
    }

    @Override
    public List<PrintService> all() {
        return List.copyOf(printers);
    }

    @Override
    public Optional<PrintService> preferred() {
        return printers.stream().findFirst();
    }
}
