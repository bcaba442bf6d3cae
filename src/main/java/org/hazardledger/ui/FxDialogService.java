package org.hazardledger.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }

    @Override
    public boolean offerReload(String title, String message, String reloadLabel, String cancelLabel) {
        ButtonType reload = new ButtonType(reloadLabel, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelLabel, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, title, message);
        a.getDialogPane().setId("dialog-conflict");
        a.getButtonTypes().setAll(reload, cancel);
        a.getDialogPane().lookupButton(reload).setId("conflict-reload");
        a.getDialogPane().lookupButton(cancel).setId("conflict-cancel");
        return a.showAndWait().filter(b -> b == reload).isPresent();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String extensionPattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(extensionDescription, extensionPattern.split(";")));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public List<Path> chooseOpenFiles(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<java.io.File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(java.io.File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String extensionDescription, String extensionPattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(extensionDescription, extensionPattern.split(";")));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public boolean openInSystemViewer(Path file) {
        // AWT's Desktop must not run on the FX thread; a daemon thread keeps the window responsive.
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot open {} in the system viewer", file, e);
            }
        }, "open-in-viewer");
        t.setDaemon(true);
        t.start();
        return true;
    }

    Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
        // Before the main window has a scene (an error at start) the dialog stands alone.
        if (owner != null && owner.getScene() != null) {
            a.initOwner(owner);
        }
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setId("dialog-" + type.name().toLowerCase(java.util.Locale.ROOT));
        a.getDialogPane().getButtonTypes().stream().map(a.getDialogPane()::lookupButton)
                .forEach(b -> b.setId("dialog-button-" + ((javafx.scene.control.Button) b).getText()));
        a.setResizable(true);
        return a;
    }
}
