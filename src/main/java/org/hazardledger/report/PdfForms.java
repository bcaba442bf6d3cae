package org.hazardledger.report;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;

/**
 * Loads a compiled form ({@code /reports/NAME.jasper}, built by {@link ReportCompiler}), fills it and
 * exports it as PDF/A-2b: fonts embedded, an sRGB output intent, title, author (the enterprise) and
 * subject (the period) in the metadata, so every form can go straight into the archive. Forms are never
 * compiled here: the shipped runtime has no Java compiler. Any JasperReports failure becomes
 * {@code error.report.failed}; a cancelled fill throws {@link CancellationException}.
 */
final class PdfForms {

    static final String CREATOR = "HazardLedger";
    /** Pages kept in memory by the virtualizer; the rest wait in a swap file. */
    private static final int VIRTUAL_PAGES_IN_MEMORY = 30;

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    // the forms are Chinese documents whatever language the window speaks
    private final Messages chinese = Messages.forLanguage("zh");
    private final Map<String, JasperReport> loaded = new java.util.concurrent.ConcurrentHashMap<>();

    Messages chinese() {
        return chinese;
    }

    /** Dates as the forms print them: 2026年6月20日. */
    DateTimeFormatter dates() {
        return DateTimeFormatter.ofPattern(chinese.get("report.date.pattern"), chinese.locale());
    }

    PrintedForm fill(FormSpec spec, Progress progress) {
        String formName = chinese.label(spec.kind);
        String title = spec.title == null ? formName : spec.title;
        JRVirtualizer virtualizer = null;
        try {
            Map<String, Object> all = new HashMap<>(spec.parameters);
            // the locale drives line breaking of Chinese text
            all.put(JRParameter.REPORT_LOCALE, Messages.CHINESE);
            all.put("enterpriseName", spec.enterpriseName);
            all.put("formNumber", spec.kind.formNumber());
            all.put("formName", formName);
            all.put("verificationLine", chinese.get("report.verificationLine", spec.code.format()));
            all.put("printedOn", dates().format(spec.code.printedOn()));
            if (spec.virtualize) {
                virtualizer = new JRSwapFileVirtualizer(VIRTUAL_PAGES_IN_MEMORY,
                        new JRSwapFile(System.getProperty("java.io.tmpdir"), 64 * 1024, 64), true);
                all.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            JRDataSource rows = spec.rows == null ? new JREmptyDataSource(1) : spec.rows;
            JasperPrint print = JasperFillManager.getInstance(context).fill(template(spec.template, spec.kind), all,
                    new ProgressRows(rows, spec.rowCount, progress));
            progress.checkCancelled();
            byte[] pdf = export(print, title, spec);
            String fileName = spec.fileName == null ? title.replaceAll("[\\\\/:*?\"<>|\\s]+", "-") + ".pdf"
                    : spec.fileName;
            return new PrintedForm(spec.kind, title, fileName, pdf, print.getPages().size(), List.of(spec.code));
        } catch (JRException | JRRuntimeException e) {
            throw failure(e, spec.kind);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    /** A compiled template, e.g. for a subreport passed in as a parameter. */
    JasperReport template(String name, FormKind kind) {
        return loaded.computeIfAbsent(name, n -> load(n, kind));
    }

    private JasperReport load(String template, FormKind kind) {
        String resource = "/reports/" + template + ".jasper";
        try (InputStream in = PdfForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new DomainException("error.report.failed", kind.labelKey(), "missing " + resource);
            }
            return (JasperReport) JRLoader.loadObject(context, in);
        } catch (IOException e) {
            throw new DomainException(e, "error.report.failed", kind.labelKey(), reason(e));
        } catch (JRException e) {
            throw failure(e, kind);
        }
    }

    /** Exports to memory first, so a failure halfway never leaves a truncated PDF in the caller's stream. */
    private byte[] export(JasperPrint print, String title, FormSpec spec) throws JRException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(buffer));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataCreator(CREATOR);
        if (spec.enterpriseName != null) {
            configuration.setMetadataAuthor(spec.enterpriseName);
        }
        configuration.setMetadataSubject(spec.period == null ? title : spec.period);
        configuration.setMetadataKeywords(spec.kind.formNumber() + " " + spec.code.format());
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(SrgbProfile.PATH.toString());
        configuration.setEmbedIccProfile(true);
        // not tagged: PDF/A-2b does not ask for it, and the writer keeps every tag of the document in
        // memory until the end, which made a thousand-page archive need gigabytes of heap
        configuration.setTagged(false);
        exporter.setConfiguration(configuration);
        SimplePdfReportConfiguration layout = new SimplePdfReportConfiguration();
        // break lines as the fill measured them (java.text.BreakIterator): otherwise the PDF writer
        // breaks anywhere and starts lines with Chinese punctuation such as "，" or "）"
        layout.setForceLineBreakPolicy(true);
        exporter.setConfiguration(layout);
        exporter.exportReport();
        return PdfaRepair.withoutCidSets(buffer.toByteArray());
    }

    private RuntimeException failure(Exception e, FormKind kind) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return (CancellationException) t;
            }
            if (t instanceof DomainException) {
                return (DomainException) t;
            }
        }
        return new DomainException(e, "error.report.failed", kind.labelKey(), reason(e));
    }

    static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The sRGB output intent PDF/A requires, taken from the JDK and written once per process. */
    private static final class SrgbProfile {
        static final Path PATH = write();

        private static Path write() {
            try {
                Path file = Files.createTempFile("hazard-ledger-srgb", ".icc");
                file.toFile().deleteOnExit();
                Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reports rows filled and stops the fill when the user cancels. */
    private static final class ProgressRows implements JRDataSource {
        private final JRDataSource rows;
        private final long total;
        private final Progress progress;
        private long done;

        ProgressRows(JRDataSource rows, long total, Progress progress) {
            this.rows = rows;
            this.total = total;
            this.progress = progress;
        }

        @Override
        public boolean next() throws JRException {
            progress.checkCancelled();
            if (total > 0 && (done % 50 == 0 || done == total)) {
                progress.update(Math.min(done, total), total);
            }
            done++;
            return rows.next();
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            return rows.getFieldValue(field);
        }
    }
}
