package org.hazardledger.ui.ledger;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;

/**
 * The filters above the ledger table; it only binds controls to the filter ViewModel. The search
 * box sits in the toolbar row (there is room there), the other filters in this row.
 */
final class LedgerFilterBar extends FlowPane {

    private final TextField search = new TextField();
    private final HBox searchBox;

    LedgerFilterBar(LedgerFilterViewModel vm, Messages messages) {
        setId("ledger-filter-bar");
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);

        search.setId("ledger-search");
        search.setPromptText(messages.get("filter.search.prompt"));
        search.setAccessibleText(messages.get("filter.search"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(vm.searchTextProperty());

        CheckBox mine = new CheckBox(messages.get("filter.myTasks"));
        mine.setId("ledger-filter-my-tasks");
        mine.setAccessibleText(messages.get("filter.myTasks"));
        mine.setAccessibleHelp(messages.get("filter.myTasks.help"));
        mine.selectedProperty().bindBidirectional(vm.myTasksProperty());
        CheckBox overdue = new CheckBox(messages.get("filter.overdueOnly"));
        overdue.setId("ledger-filter-overdue");
        overdue.setAccessibleText(messages.get("filter.overdueOnly"));
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("ledger-filter-clear");
        clear.setAccessibleText(messages.get("filter.clear"));
        clear.setOnAction(e -> vm.clear());

        searchBox = labelled(messages.get("filter.search"), search);
        getChildren().addAll(
                labelled(messages.get("filter.status"), combo("ledger-filter-status", messages.get("filter.status"),
                        vm.statusChoices(), vm.statusProperty(), 130)),
                labelled(messages.get("filter.tier"), combo("ledger-filter-tier", messages.get("filter.tier"),
                        vm.tierChoices(), vm.tierProperty(), 130)),
                labelled(messages.get("filter.unit"), combo("ledger-filter-unit", messages.get("filter.unit"),
                        vm.unitChoices(), vm.unitProperty(), 220)),
                labelled(messages.get("filter.grade"), combo("ledger-filter-grade", messages.get("filter.grade"),
                        vm.gradeChoices(), vm.gradeProperty(), 110)),
                mine, overdue, clear);
    }

    /** The search label and box, for the toolbar. */
    HBox searchBox() {
        return searchBox;
    }

    /** Ctrl+F lands here. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> ComboBox<Choice<T>> combo(String id, String text, ObservableList<Choice<T>> items,
                                                 ObjectProperty<Choice<T>> value, double width) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(text);
        box.setPrefWidth(width);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static HBox labelled(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        HBox box = new HBox(4, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
