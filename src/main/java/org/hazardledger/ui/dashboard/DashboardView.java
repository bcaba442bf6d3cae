package org.hazardledger.ui.dashboard;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of the statistics dashboard. */
public final class DashboardView extends BorderPane {

    private final WorkbenchServices services;

    public DashboardView(WorkbenchServices services) {
        this.services = services;
        setId("dashboard-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
