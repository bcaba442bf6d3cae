package org.hazardledger.ui;

/**
 * A value offered in a choice box together with the words shown for it. A {@code null} value
 * stands for "any" / "none", which a combo box cannot show as a real item.
 */
public record Choice<T>(T value, String label) {

    public boolean isEmpty() {
        return value == null;
    }

    /** Combo boxes show {@code toString()} when no converter is set. */
    @Override
    public String toString() {
        return label;
    }
}
