package org.hazardledger.ui.training;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.hazardledger.ui.WorkbenchServices;

/** The page (or tab) of training sessions and drills. */
public final class TrainingView extends BorderPane {

    private final WorkbenchServices services;

    public TrainingView(WorkbenchServices services) {
        this.services = services;
        setId("training-view");
        setCenter(new Label(services.messages().get("page.comingLater")));
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        // built by its area
    }
}
