package org.hazardledger.ui.exchange;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 导入: the exchange file, the passphrase and 导入交换文件. */
final class ImportSection {

    private ImportSection() {
    }

    static Node of(ExchangeControls c, ImportViewModel vm) {
        Label heading = c.heading("exchange-import-title", "exchange.import.title");
        HBox fileRow = c.chosenPath("exchange.import.file", vm.bundleFileTextProperty(), "exchange-bundle-file",
                vm.bundleFileErrorProperty(), c.button("exchange-choose-bundle", "exchange.import.chooseFile",
                        "exchange.import.chooseFile.help"), vm::chooseBundle);
        PasswordField passphrase = new PasswordField();
        FormField passphraseField = c.passphrase(passphrase, "exchange-import-passphrase",
                vm.passphraseErrorProperty());
        Button read = c.button("exchange-import", "exchange.import.action", "exchange.import.help");
        read.getStyleClass().add(Styles.PRIMARY);
        read.disableProperty().bind(c.busy());
        read.setOnAction(e -> c.withPassphrase(passphrase, vm::importBundle));
        Label message = c.message("exchange-import-message", vm.messageProperty());
        Label error = FormStatus.error("exchange-import-error", vm.errorProperty());
        return c.section("exchange-import-section", heading, fileRow, passphraseField, read, message, error);
    }
}
