package org.hazardledger.ui.proposals;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of rationalisation proposals and small innovations. */
public final class ProposalsView extends BorderPane {

    private final WorkbenchServices services;

    public ProposalsView(WorkbenchServices services) {
        this.services = services;
        setId("proposals-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
