package org.hazardledger.ui.reports;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of safety reports (举报) with sealed identities. */
public final class ReportsView extends BorderPane {

    private final WorkbenchServices services;

    public ReportsView(WorkbenchServices services) {
        this.services = services;
        setId("reports-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
