package org.hazardledger.ui.hazard;

import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;

/**
 * The clause chooser on screen: a filter box over the clause list (code, instrument, clause text)
 * and, when "other" is chosen, the reason. Shown only while the grade is major.
 */
public final class CriterionField extends VBox {

    private final ComboBox<CriterionChooser.Option> clauses = new ComboBox<>();
    private final TextArea reason = new TextArea();

    /** {@code idPrefix} e.g. "register" gives register-criterion, register-criterion-filter, register-criterion-reason. */
    public CriterionField(Messages m, CriterionChooser chooser, String idPrefix,
                          Function<String, ObservableStringValue> errors, ObservableBooleanValue major) {
        getStyleClass().add("criterion-field");
        clauses.setItems(chooser.shown());
        clauses.valueProperty().bindBidirectional(chooser.selectedProperty());
        clauses.setVisibleRowCount(12);
        clauses.setPromptText(m.get("criterion.prompt"));
        clauses.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CriterionChooser.Option item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(560);
            }
        });
        FormField clauseField = new FormField(m.get("criterion.field"), clauses, idPrefix + "-criterion",
                errors.apply(HazardDraft.MAJOR_CRITERION));

        TextField filter = new TextField();
        filter.setId(idPrefix + "-criterion-filter");
        filter.setPromptText(m.get("criterion.filter"));
        filter.setAccessibleText(m.get("criterion.filter"));
        filter.textProperty().bindBidirectional(chooser.filterProperty());
        filter.setOnAction(e -> {
            if (!chooser.shown().isEmpty() && chooser.shown().get(0).criterion() != null) {
                chooser.selectedProperty().set(chooser.shown().get(0));
            }
            clauses.show();
        });
        clauseField.getChildren().add(1, filter);

        reason.setWrapText(true);
        reason.setPrefRowCount(2);
        reason.setPromptText(m.get("criterion.reason.prompt"));
        reason.textProperty().bindBidirectional(chooser.otherReasonProperty());
        FormField reasonField = new FormField(m.get("criterion.reason"), reason, idPrefix + "-criterion-reason",
                errors.apply(HazardDraft.MAJOR_CRITERION_REASON));
        reasonField.visibleProperty().bind(chooser.otherProperty());
        reasonField.managedProperty().bind(reasonField.visibleProperty());

        getChildren().addAll(clauseField, reasonField);
        visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(major::get, major));
        managedProperty().bind(visibleProperty());
    }

    public ComboBox<CriterionChooser.Option> clauses() {
        return clauses;
    }

    public TextArea reason() {
        return reason;
    }
}
