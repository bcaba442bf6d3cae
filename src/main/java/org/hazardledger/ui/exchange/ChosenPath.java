package org.hazardledger.ui.exchange;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** A folder or a file the user chooses: the path, the path as text, and why one is needed. */
final class ChosenPath {

    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    ChosenPath() {
        path.addListener((o, was, now) -> {
            text.set(now == null ? "" : now.toAbsolutePath().toString());
            error.set("");
        });
    }

    Path get() {
        return path.get();
    }

    void set(Path chosen) {
        path.set(chosen);
    }

    void clearError() {
        error.set("");
    }

    /** False, saying {@code whyNeeded}, while nothing is chosen. */
    boolean require(String whyNeeded) {
        if (path.get() == null) {
            error.set(whyNeeded);
            return false;
        }
        return true;
    }

    ObjectProperty<Path> pathProperty() {
        return path;
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
