package org.hazardledger.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A labelled input with its error message underneath, so a refused value is explained where
 * the user looks. The error label's id is the control's id plus {@code -error}.
 */
public final class FormField extends VBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    public FormField(String labelText, Control control, String id, ObservableStringValue error) {
        getStyleClass().add("form-field");
        Label label = new Label(labelText);
        label.setLabelFor(control);
        label.getStyleClass().add("form-label");
        control.setId(id);
        control.setAccessibleText(labelText);
        control.setMaxWidth(Double.MAX_VALUE);

        Label errorLabel = new Label();
        errorLabel.setId(id + "-error");
        errorLabel.getStyleClass().add(Styles.FIELD_ERROR);
        errorLabel.setWrapText(true);
        errorLabel.setMinHeight(Region.USE_PREF_SIZE); // a long message wraps instead of ending in "…"
        errorLabel.textProperty().bind(error);
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.visibleProperty().addListener((o, was, shown) -> control.pseudoClassStateChanged(INVALID, shown));

        getChildren().addAll(label, control, errorLabel);
    }
}
