package org.hazardledger.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/** 导出 (federation: 发送反馈): recipient, 增量/全量, folder, passphrase, 导出 and 发送回执. */
final class ExportSection {

    private ExportSection() {
    }

    static Node of(ExchangeControls c, ExportViewModel vm, ReadOnlyBooleanProperty federation) {
        Messages m = c.messages();
        Label heading = new Label();
        heading.setId("exchange-export-title");
        heading.getStyleClass().add("exchange-section-title");
        heading.textProperty().bind(Bindings.when(federation).then(m.get("exchange.export.feedbackTitle"))
                .otherwise(m.get("exchange.export.title")));

        ChoiceBox<KeyRow> recipient = new ChoiceBox<>(vm.recipients());
        recipient.valueProperty().bindBidirectional(vm.recipientProperty());
        FormField recipientField = new FormField(m.get("exchange.export.recipient"), recipient, "exchange-recipient",
                vm.recipientErrorProperty());
        recipientField.setMaxWidth(560);

        ToggleGroup range = new ToggleGroup();
        RadioButton incremental = new RadioButton(m.get("exchange.export.incremental"));
        incremental.setId("exchange-incremental");
        incremental.setToggleGroup(range);
        RadioButton full = new RadioButton(m.get("exchange.export.full"));
        full.setId("exchange-full");
        full.setToggleGroup(range);
        full.setSelected(vm.fullProperty().get());
        incremental.setSelected(!vm.fullProperty().get());
        full.selectedProperty().addListener((o, was, now) -> vm.fullProperty().set(now));
        HBox rangeRow = new HBox(16, incremental, full);
        rangeRow.visibleProperty().bind(federation.not());
        rangeRow.managedProperty().bind(rangeRow.visibleProperty());

        HBox folderRow = c.chosenPath("exchange.export.folder", vm.folderTextProperty(), "exchange-folder",
                vm.folderErrorProperty(), c.button("exchange-choose-folder", "exchange.export.chooseFolder",
                        "exchange.export.chooseFolder.help"), vm::chooseFolder);
        PasswordField passphrase = new PasswordField();
        FormField passphraseField = c.passphrase(passphrase, "exchange-export-passphrase",
                vm.passphraseErrorProperty());

        Button write = new Button();
        write.setId("exchange-export");
        write.textProperty().bind(Bindings.when(federation).then(m.get("exchange.export.feedback"))
                .otherwise(m.get("exchange.export.records")));
        write.accessibleTextProperty().bind(write.textProperty());
        write.setAccessibleHelp(m.get("exchange.export.help"));
        write.getStyleClass().add(Styles.PRIMARY);
        write.disableProperty().bind(c.busy());
        write.setOnAction(e -> c.withPassphrase(passphrase, vm::export));
        Button ack = c.button("exchange-acknowledge", "exchange.ack", "exchange.ack.help");
        ack.disableProperty().bind(c.busy());
        ack.setOnAction(e -> c.withPassphrase(passphrase, vm::acknowledge));

        Label message = c.message("exchange-export-message", vm.messageProperty());
        Label error = FormStatus.error("exchange-export-error", vm.errorProperty());
        return c.section("exchange-export-section", heading, recipientField, rangeRow, folderRow, passphraseField,
                new HBox(8, write, ack), message, error);
    }
}
