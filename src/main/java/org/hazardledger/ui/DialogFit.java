package org.hazardledger.ui;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog's window as large as its content, within the screen. A dialog window does not
 * grow by itself when messages or a progress bar appear, and its buttons would be pushed out of
 * sight; on a small screen the content scrolls instead (put it in a ScrollPane).
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** Re-fits {@code dialog} after each change of any of {@code triggers}. */
    public static void refitOn(Dialog<?> dialog, Observable... triggers) {
        for (Observable t : triggers) {
            // After the pass that lays out the new content, when its preferred size is known.
            t.addListener(o -> Platform.runLater(() -> fit(dialog)));
        }
    }

    static void fit(Dialog<?> dialog) {
        Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (w == null || !w.isShowing()) {
            return;
        }
        w.sizeToScene();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (w.getHeight() > screen.getHeight()) {
            w.setHeight(screen.getHeight());
        }
        if (w.getY() + w.getHeight() > screen.getMaxY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
    }
}
