package org.hazardledger.ui.reminders;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;

/** The docked reminders panel (提醒) at the window's right: five short lists and a close button. */
public final class RemindersPanel extends VBox {

    public RemindersPanel(ReminderViewModel vm) {
        Messages m = vm.messages();
        setId("reminders-panel");
        getStyleClass().add("reminders-panel");
        setPrefWidth(300);
        setMinWidth(240);

        Label title = new Label(m.get("reminders.title"));
        title.getStyleClass().add("rounds-section-title");
        Label count = new Label();
        count.setId("reminders-count");
        count.getStyleClass().add("reminders-count");
        count.textProperty().bind(vm.countProperty().asString());
        count.visibleProperty().bind(vm.countProperty().greaterThan(0));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button(m.get("reminders.refresh"));
        refresh.setId("reminders-refresh");
        refresh.setAccessibleText(m.get("reminders.refresh"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        Button close = new Button("×");
        close.setId("reminders-close");
        close.setAccessibleText(m.get("reminders.close"));
        close.setTooltip(new javafx.scene.control.Tooltip(m.get("reminders.close")));
        close.setOnAction(e -> vm.shownProperty().set(false));
        HBox head = new HBox(6, title, count, gap, refresh, close);
        head.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("reminders-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label message = new Label();
        message.setId("reminders-message");
        message.getStyleClass().add(Styles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        getChildren().addAll(head, summary, message,
                section(m, "reminders.roundsDue", "reminders-rounds-due", vm.roundsDue()),
                section(m, "reminders.roundsMissed", "reminders-rounds-missed", vm.roundsMissed()),
                section(m, "reminders.dueSoon", "reminders-due-soon", vm.dueSoon()),
                section(m, "reminders.overdue", "reminders-overdue", vm.overdue()),
                section(m, "reminders.escalations", "reminders-escalations", vm.escalations()));
    }

    private static VBox section(Messages m, String key, String id, ObservableList<String> items) {
        Label label = new Label();
        label.getStyleClass().add("form-label");
        label.textProperty().bind(Bindings.createStringBinding(() -> m.get(key, items.size()), items));
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setAccessibleText(m.get(key, items.size()));
        list.setPlaceholder(new Label(m.get("reminders.none")));
        list.setPrefHeight(90);
        // whole lines, wrapped to the panel's width, instead of a sideways scroll
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        label.setLabelFor(list);
        VBox box = new VBox(2, label, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
