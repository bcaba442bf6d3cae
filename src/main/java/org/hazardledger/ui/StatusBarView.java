package org.hazardledger.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom: the enterprise, who is signed in, and the data folder (where the ledger file lives). */
final class StatusBarView extends HBox {

    StatusBarView(WorkbenchViewModel viewModel) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        Label enterprise = new Label();
        enterprise.setId("status-enterprise");
        enterprise.textProperty().bind(viewModel.enterpriseTextProperty());
        Label folder = new Label();
        folder.setId("status-data-folder");
        folder.textProperty().bind(viewModel.dataFolderTextProperty());
        folder.getStyleClass().add(Styles.MUTED);
        Label user = new Label();
        user.setId("status-user");
        user.textProperty().bind(viewModel.userTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(enterprise, user, spacer, folder);
    }
}
