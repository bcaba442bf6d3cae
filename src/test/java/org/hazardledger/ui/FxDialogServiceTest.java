package org.hazardledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Errors can be shown even before the main window exists (a locked ledger at start). */
class FxDialogServiceTest {

    @BeforeAll
    static void toolkit() throws Exception {
        OnFx.startToolkit();
    }

    @Test
    void anErrorBeforeTheWindowHasASceneStandsAlone() throws Exception {
        Alert alert = OnFx.call(() -> new FxDialogService(new Stage())
                .alert(Alert.AlertType.ERROR, "查保促隐患治理台账", "台账正被另一个程序使用"));
        assertThat(alert.getOwner()).isNull();
        assertThat(alert.getContentText()).isEqualTo("台账正被另一个程序使用");
    }

    @Test
    void anErrorOnTheWorkbenchBelongsToItsWindow() throws Exception {
        Stage owner = OnFx.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane()));
            return s;
        });
        Alert alert = OnFx.call(() -> new FxDialogService(owner).alert(Alert.AlertType.ERROR, "t", "m"));
        assertThat(alert.getOwner()).isSameAs(owner);
    }
}
