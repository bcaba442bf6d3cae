package org.hazardledger.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;

/** What a page not yet built shows: its name and that it comes in a later release. */
final class ComingLaterPage extends VBox {

    ComingLaterPage(Messages messages, Page page) {
        setId("page-" + page.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("coming-later");
        setAlignment(Pos.CENTER);
        Label title = new Label(messages.get(page.labelKey()));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label text = new Label(messages.get("page.comingLater"));
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        getChildren().addAll(title, text);
    }
}
