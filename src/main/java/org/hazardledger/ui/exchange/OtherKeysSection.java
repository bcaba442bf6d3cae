package org.hazardledger.ui.exchange;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.hazardledger.service.Messages;

/** 对方密钥: the table of the other side's keys, 导入公钥 and 确认信任. */
final class OtherKeysSection {

    private OtherKeysSection() {
    }

    static Node of(ExchangeControls c, OtherKeysViewModel vm) {
        Messages m = c.messages();
        Label heading = c.heading("exchange-other-keys-title", "exchange.otherKeys");
        TableView<KeyRow> table = c.table("exchange-keys", "exchange.otherKeys", "exchange.otherKeys.none", 150,
                vm.rows());
        table.getColumns().add(c.column("exchange.key.name", 160, KeyRow::name));
        table.getColumns().add(c.column("exchange.key.role", 80, KeyRow::role));
        TableColumn<KeyRow, String> fp = c.column("exchange.key.fingerprint", 420, KeyRow::fingerprint);
        fp.getStyleClass().add("exchange-fingerprint-small");
        table.getColumns().add(fp);
        table.getColumns().add(c.column("exchange.key.trust", 80, KeyRow::trust));
        table.getColumns().add(c.column("exchange.key.retired", 120, KeyRow::retired));

        Button importPublic = c.button("exchange-import-public", "exchange.key.importPublic",
                "exchange.key.importPublic.help");
        importPublic.disableProperty().bind(c.busy());
        importPublic.setOnAction(e -> vm.importPublicKey());
        Button trust = c.button("exchange-trust", "exchange.key.trustAction", "exchange.key.trustAction.help");
        trust.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            KeyRow row = table.getSelectionModel().getSelectedItem();
            return row == null || row.entry().isTrusted() || row.entry().isRetired();
        }, table.getSelectionModel().selectedItemProperty()));
        trust.setOnAction(e -> {
            KeyRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                TrustViewModel dialogVm = vm.trustDialog(row);
                if (TrustDialog.ask(c.window(), dialogVm, m)) {
                    vm.trust(dialogVm);
                }
            }
        });
        return c.section("exchange-other-keys", heading, table, new HBox(8, importPublic, trust));
    }
}
