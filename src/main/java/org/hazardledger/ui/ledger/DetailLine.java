package org.hazardledger.ui.ledger;

/** One "label: value" line of the detail pane; {@code alert} marks a value to show in red (overdue). */
public record DetailLine(String label, String value, boolean alert) {

    public static DetailLine of(String label, String value) {
        return new DetailLine(label, value, false);
    }
}
