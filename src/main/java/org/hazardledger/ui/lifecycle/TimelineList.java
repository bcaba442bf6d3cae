package org.hazardledger.ui.lifecycle;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import org.hazardledger.ui.Styles;

/** The history tab's list: one card per event, newest last, as the audit trail holds them. */
public final class TimelineList extends ListView<TimelineEntry> {

    public TimelineList(TimelineViewModel vm, String emptyText) {
        super(vm.entries());
        setId("detail-timeline");
        getStyleClass().add("timeline");
        Label empty = new Label(emptyText);
        empty.getStyleClass().add(Styles.MUTED);
        setPlaceholder(empty);
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEntry e, boolean isEmpty) {
                super.updateItem(e, isEmpty);
                if (isEmpty || e == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label head = new Label(e.what());
                head.getStyleClass().add("timeline-what");
                Label meta = new Label(e.when() + " · " + e.who());
                meta.getStyleClass().add(Styles.MUTED);
                Label details = new Label(e.details());
                details.setWrapText(true);
                details.getStyleClass().add("timeline-details");
                details.setVisible(!e.details().isEmpty());
                details.setManaged(details.isVisible());
                VBox card = new VBox(2, head, meta, details);
                card.setMaxWidth(getWidth() - 24);
                setGraphic(card);
                setText(null);
            }
        });
    }
}
