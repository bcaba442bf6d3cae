package org.hazardledger.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels can be tested without a screen. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /**
     * Tells the user their save was refused because someone else changed the record meanwhile and
     * asks whether to reload it (true: what the other user saved is shown and the input is
     * discarded) or to cancel (false: the form keeps what they entered). Without buttons of its own
     * a dialog service asks as a confirmation.
     */
    default boolean offerReload(String title, String message, String reloadLabel, String cancelLabel) {
        return confirm(title, message);
    }

    /** Asks where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                  String extensionPattern);

    /** Asks for one or more files to open; empty when the user cancels. */
    List<Path> chooseOpenFiles(String title);

    /** Asks for one file of a kind to open (e.g. "*.hlb", or "*.xlsx;*.csv"); empty when the user cancels. */
    default Optional<Path> chooseOpenFile(String title, String extensionDescription, String extensionPattern) {
        return chooseOpenFiles(title).stream().findFirst();
    }

    /** Asks for a folder; empty when the user cancels. */
    default Optional<Path> chooseDirectory(String title) {
        return Optional.empty();
    }

    /** Opens a file in the system's viewer; false when the desktop cannot. */
    boolean openInSystemViewer(Path file);
}
