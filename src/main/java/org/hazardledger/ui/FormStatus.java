package org.hazardledger.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The line above a form's buttons: a spinner while it works, and the message no single field owns. */
public final class FormStatus {

    private FormStatus() {
    }

    /** The form's message, in red, wrapped rather than cut, hidden while empty. */
    public static Label error(String id, ObservableValue<String> text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(text);
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** A small spinner (id {@code busyId}, may be null) shown while {@code busy}, before {@code error}. */
    public static HBox row(String busyId, ObservableValue<Boolean> busy, Label error) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId(busyId);
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox status = new HBox(8, spinner, error);
        status.setAlignment(Pos.CENTER_LEFT);
        return status;
    }
}
