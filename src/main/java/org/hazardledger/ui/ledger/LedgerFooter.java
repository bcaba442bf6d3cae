package org.hazardledger.ui.ledger;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hazardledger.service.Messages;

/** Under the table: how many hazards match, and whether a page is being read (the table scrolls them all). */
final class LedgerFooter extends HBox {

    LedgerFooter(LedgerViewModel vm, Messages messages) {
        setId("ledger-footer");
        getStyleClass().add("ledger-footer");
        setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("ledger-count");
        count.textProperty().bind(vm.countTextProperty());

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("ledger-loading");
        loading.setAccessibleText(messages.get("ledger.loading"));
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(vm.loadingProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(count, loading, spacer);
    }
}
