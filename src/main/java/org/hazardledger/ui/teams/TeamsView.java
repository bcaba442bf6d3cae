package org.hazardledger.ui.teams;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of standardised safe teams. */
public final class TeamsView extends BorderPane {

    private final WorkbenchServices services;

    public TeamsView(WorkbenchServices services) {
        this.services = services;
        setId("teams-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
