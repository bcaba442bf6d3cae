package org.hazardledger.ui.cup;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of the 安康杯 competition. */
public final class AnkangCupView extends BorderPane {

    private final WorkbenchServices services;

    public AnkangCupView(WorkbenchServices services) {
        this.services = services;
        setId("cup-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
