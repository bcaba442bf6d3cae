package org.hazardledger.ui;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

/** Gives a dialog's buttons their ids and accessible text, and lets the ViewModel decide on closing. */
public final class DialogButtons {

    private DialogButtons() {
    }

    /** The button of {@code type}, with an id for tests and its text for screen readers. */
    public static Button button(Dialog<?> dialog, ButtonType type, String id) {
        Button b = (Button) dialog.getDialogPane().lookupButton(type);
        b.setId(id);
        b.setAccessibleText(type.getText());
        return b;
    }

    /**
     * A button whose click runs {@code action} and does not close the dialog: the ViewModel closes it
     * when the work has succeeded (a refused input keeps the dialog open with its messages).
     */
    public static Button actionButton(Dialog<?> dialog, ButtonType type, String id, Runnable action) {
        Button b = button(dialog, type, id);
        b.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            action.run();
        });
        return b;
    }
}
