package org.hazardledger.report;

import java.util.List;
import java.util.Objects;
import org.hazardledger.model.FormCode;

/**
 * A finished PDF: what it is, its title (also the PDF's metadata title), a file name to offer when
 * saving, its page count and the verification codes printed on it (one per form; a batch has many).
 */
public record PrintedForm(FormKind kind, String title, String fileName, byte[] pdf, int pages,
                          List<FormCode> codes) {

    public PrintedForm {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(pdf, "pdf");
        codes = List.copyOf(codes);
    }
}
