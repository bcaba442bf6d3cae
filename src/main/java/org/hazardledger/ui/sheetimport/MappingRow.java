package org.hazardledger.ui.sheetimport;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hazardledger.model.LedgerField;
import org.hazardledger.ui.Choice;

/**
 * One column of the sheet in the mapping step: its header, a few of its values, and the ledger field
 * the user lets it fill (a choice whose value is null: 不导入).
 */
public final class MappingRow {

    private final int column;
    private final String header;
    private final String samples;
    private final ObjectProperty<Choice<LedgerField>> field = new SimpleObjectProperty<>();

    MappingRow(int column, String header, String samples, Choice<LedgerField> field) {
        this.column = column;
        this.header = header;
        this.samples = samples;
        this.field.set(field);
    }

    /** 0-based. */
    public int column() {
        return column;
    }

    public String header() {
        return header;
    }

    /** Two or three values from the first data rows, joined. */
    public String samples() {
        return samples;
    }

    public ObjectProperty<Choice<LedgerField>> fieldProperty() {
        return field;
    }

    /** The field chosen, or null when the column is not imported. */
    public LedgerField field() {
        return field.get() == null ? null : field.get().value();
    }
}
