package org.hazardledger.ui.exchange;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 本机密钥: while reading, "no key yet" with 生成密钥, or the key with 导出公钥 and 更换密钥. */
final class OwnKeySection {

    private OwnKeySection() {
    }

    static Node of(ExchangeControls c, OwnKeyViewModel vm) {
        Messages m = c.messages();
        Label heading = c.heading("exchange-own-key-title", "exchange.ownKey");
        Label loading = new Label();
        loading.setId("exchange-own-key-loading");
        loading.setWrapText(true);
        loading.getStyleClass().add(Styles.MUTED);
        loading.textProperty().bind(vm.loadStatusProperty());
        loading.visibleProperty().bind(vm.loadedProperty().not());
        loading.managedProperty().bind(loading.visibleProperty());

        Label none = new Label(m.get("exchange.ownKey.none"));
        none.setId("exchange-own-key-none");
        none.setWrapText(true);
        Button create = c.button("exchange-create-key", "exchange.key.create", "exchange.key.create.help");
        create.getStyleClass().add(Styles.PRIMARY);
        create.disableProperty().bind(c.busy());
        create.setOnAction(e -> c.askPassphrase(PassphraseViewModel.forNewKey(m), vm::createKey));
        VBox noKey = new VBox(8, none, create);
        noKey.visibleProperty().bind(vm.loadedProperty().and(vm.hasKeyProperty().not()));
        noKey.managedProperty().bind(noKey.visibleProperty());

        GridPane details = new GridPane();
        details.setHgap(12);
        details.setVgap(6);
        details.addRow(0, c.caption("exchange.key.name"), c.value("exchange-own-name", vm.nameProperty()));
        details.addRow(1, c.caption("exchange.key.role"), c.value("exchange-own-role", vm.roleProperty()));
        TextField fingerprint = new TextField();
        fingerprint.setId("exchange-own-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("exchange-fingerprint");
        fingerprint.setAccessibleText(m.get("exchange.key.fingerprint"));
        fingerprint.textProperty().bind(vm.fingerprintProperty());
        fingerprint.setPrefColumnCount(50);
        details.addRow(2, c.caption("exchange.key.fingerprint"), fingerprint);
        details.addRow(3, c.caption("exchange.key.createdOn"), c.value("exchange-own-created", vm.createdProperty()));
        Button exportPublic = c.button("exchange-export-public", "exchange.key.exportPublic",
                "exchange.key.exportPublic.help");
        exportPublic.disableProperty().bind(c.busy());
        exportPublic.setOnAction(e -> vm.exportPublicKey());
        Button rotate = c.button("exchange-rotate-key", "exchange.key.rotate", "exchange.key.rotate.help");
        rotate.disableProperty().bind(c.busy());
        rotate.setOnAction(e -> {
            if (vm.confirmRotation()) {
                c.askPassphrase(PassphraseViewModel.forRotation(m), vm::rotateKey);
            }
        });
        VBox withKey = new VBox(8, details, new HBox(8, exportPublic, rotate));
        withKey.visibleProperty().bind(vm.hasKeyProperty());
        withKey.managedProperty().bind(withKey.visibleProperty());

        Label message = c.message("exchange-key-message", vm.messageProperty());
        Label error = FormStatus.error("exchange-key-error", vm.errorProperty());
        return c.section("exchange-own-key", heading, loading, noKey, withKey, new VBox(4, message, error));
    }
}
