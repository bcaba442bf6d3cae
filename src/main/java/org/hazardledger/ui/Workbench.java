package org.hazardledger.ui;

import javafx.stage.Stage;

/** The main window. (Placeholder until the UI lands in this issue.) */
public final class Workbench {

    private final WorkbenchServices services;

    public Workbench(WorkbenchServices services) {
        this.services = services;
    }

    public void show(Stage stage) {
        stage.setTitle(services.messages().get("app.title"));
        stage.show();
    }
}
