package org.hazardledger.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;

/**
 * Loads a compiled form ({@code /reports/NAME.jasper}, built by {@link ReportCompiler}), fills it from
 * parameters and exports it as PDF. Forms are never compiled here: the shipped runtime has no Java
 * compiler. Any JasperReports failure becomes {@code error.report.failed}.
 */
final class PdfForms {

    private static final String CREATOR = "HazardLedger";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();

    /** A one-record form: the detail band prints once, all data comes in as parameters. */
    byte[] printSingle(String template, String formNameKey, String title, Map<String, Object> parameters) {
        try {
            Map<String, Object> all = new HashMap<>(parameters);
            // the locale drives line breaking of Chinese text
            all.put(JRParameter.REPORT_LOCALE, Messages.CHINESE);
            JasperPrint print = JasperFillManager.getInstance(context).fill(load(template, formNameKey), all,
                    new JREmptyDataSource(1));
            return export(print, title);
        } catch (JRException | JRRuntimeException e) {
            throw new DomainException(e, "error.report.failed", formNameKey, reason(e));
        }
    }

    private JasperReport load(String template, String formNameKey) throws JRException {
        String resource = "/reports/" + template + ".jasper";
        try (InputStream in = PdfForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DomainException("error.report.failed", formNameKey, "missing " + resource);
            }
            return (JasperReport) JRLoader.loadObject(context, in);
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", formNameKey, reason(e));
        }
    }

    /** Exports to memory first, so a failure halfway never leaves a truncated PDF in the caller's stream. */
    private byte[] export(JasperPrint print, String title) throws JRException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(buffer));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator(CREATOR);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration layout = new SimplePdfReportConfiguration();
        // break lines as the fill measured them (java.text.BreakIterator): otherwise the PDF writer
        // breaks anywhere and starts lines with Chinese punctuation such as "，" or "）"
        layout.setForceLineBreakPolicy(true);
        exporter.setConfiguration(layout);
        exporter.exportReport();
        return buffer.toByteArray();
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
