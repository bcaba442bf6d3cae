package org.hazardledger.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRDataSource;
import org.hazardledger.model.FormCode;

/**
 * One fill of one template: the form, its code, the values and (optionally) the rows. Every form
 * gets the standard parameters from {@link PdfForms}: enterpriseName, formNumber, formName,
 * verificationLine, printedOn.
 */
final class FormSpec {

    final FormKind kind;
    final String template;
    final FormCode code;
    String title;
    String fileName;
    String enterpriseName;
    String period;
    final Map<String, Object> parameters = new LinkedHashMap<>();
    JRDataSource rows;
    long rowCount;
    boolean virtualize;

    private FormSpec(FormKind kind, String template, FormCode code) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.template = Objects.requireNonNull(template, "template");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** A form printed from {@code /reports/TEMPLATE.jasper} carrying the verification code {@code code}. */
    static FormSpec of(FormKind kind, String template, FormCode code) {
        return new FormSpec(kind, template, code);
    }

    /** The PDF's title (metadata and window title), e.g. "隐患治理销号单 YH-2026-03-0042". */
    FormSpec title(String title) {
        this.title = title;
        return this;
    }

    /** The file name offered when saving, without folder, ending in .pdf. */
    FormSpec fileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    FormSpec enterprise(String enterpriseName) {
        this.enterpriseName = enterpriseName;
        return this;
    }

    /** The period the form covers, written into the PDF's metadata (subject), e.g. "2026年第2季度". */
    FormSpec period(String period) {
        this.period = period;
        return this;
    }

    FormSpec parameters(Map<String, ?> values) {
        parameters.putAll(values);
        return this;
    }

    FormSpec parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * The detail rows and how many there are (for progress); without rows the detail band prints
     * once, from parameters only.
     */
    FormSpec rows(JRDataSource source, long count) {
        this.rows = source;
        this.rowCount = count;
        return this;
    }

    /** Keeps filled pages in a swap file rather than the heap: for archives of thousands of rows. */
    FormSpec virtualized() {
        this.virtualize = true;
        return this;
    }
}
