package org.hazardledger.ui.rewards;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of the reward fund, proposals, approvals and payments. */
public final class RewardsView extends BorderPane {

    private final WorkbenchServices services;

    public RewardsView(WorkbenchServices services) {
        this.services = services;
        setId("rewards-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
