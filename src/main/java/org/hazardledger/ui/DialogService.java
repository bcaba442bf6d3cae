package org.hazardledger.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Dialogs behind an interface, so ViewModels can be tested without a screen. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    boolean confirm(String title, String message);

    /** Asks where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                  String extensionPattern);

    /** Asks for one or more files to open; empty when the user cancels. */
    List<Path> chooseOpenFiles(String title);

    /** Opens a file in the system's viewer; false when the desktop cannot. */
    boolean openInSystemViewer(Path file);
}
