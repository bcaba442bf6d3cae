package org.hazardledger.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import javafx.util.StringConverter;

/**
 * Dates as the ledger writes them everywhere (2026-06-15), whatever the PC's locale, and typed
 * the ways clerks type them: 2026-6-15, 2026/6/15, 2026.6.15. Unreadable text gives no date, which
 * the form then reports as missing.
 */
public final class IsoDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().replace('/', '-').replace('.', '-').split("-");
        if (parts.length != 3) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
