package org.hazardledger.ui.exchange;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The message and the error a section of the 数据交换 page shows under its buttons. */
final class Feedback {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Before new work: neither the last success nor the last failure stays. */
    void clear() {
        message.set("");
        error.set("");
    }

    void say(String text) {
        message.set(text);
    }

    void fail(String text) {
        error.set(text);
    }

    String message() {
        return message.get();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
