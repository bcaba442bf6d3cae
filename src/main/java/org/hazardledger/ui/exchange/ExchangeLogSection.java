package org.hazardledger.ui.exchange;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.exchange.ExchangeLogViewModel.ConflictRow;
import org.hazardledger.ui.exchange.ExchangeLogViewModel.LogRow;

/** 交换记录 and 冲突: the bundle log, the open conflicts and 处理冲突. */
final class ExchangeLogSection {

    private ExchangeLogSection() {
    }

    static Node of(ExchangeControls c, ExchangeLogViewModel vm) {
        Messages m = c.messages();
        Label logHeading = c.heading("exchange-log-title", "exchange.log");
        TableView<LogRow> log = c.table("exchange-log", "exchange.log", "exchange.log.none", 200, vm.log());
        log.getColumns().add(c.column("exchange.log.when", 130, LogRow::when));
        log.getColumns().add(c.column("exchange.log.direction", 60, LogRow::direction));
        log.getColumns().add(c.column("exchange.log.kind", 80, LogRow::kind));
        log.getColumns().add(c.column("exchange.log.counterpart", 140, LogRow::counterpart));
        log.getColumns().add(c.column("exchange.log.records", 60, LogRow::records));
        log.getColumns().add(c.column("exchange.log.file", 240, LogRow::file));
        log.getColumns().add(c.column("exchange.log.acknowledged", 130, LogRow::acknowledged));

        Label conflictHeading = c.heading("exchange-conflicts-title", "exchange.conflicts");
        TableView<ConflictRow> conflicts = c.table("exchange-conflicts", "exchange.conflicts",
                "exchange.conflicts.none", 140, vm.conflicts());
        conflicts.getColumns().add(c.column("exchange.conflict.type", 120, ConflictRow::type));
        conflicts.getColumns().add(c.column("exchange.conflict.record", 300, ConflictRow::record));
        conflicts.getColumns().add(c.column("exchange.conflict.revision", 60, ConflictRow::revision));
        conflicts.getColumns().add(c.column("exchange.conflict.detected", 130, ConflictRow::detected));
        Button resolve = c.button("exchange-resolve", "exchange.conflict.resolve", "exchange.conflict.resolve.help");
        resolve.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        Runnable open = () -> {
            ConflictRow row = conflicts.getSelectionModel().getSelectedItem();
            if (row != null) {
                ConflictViewModel dialogVm = vm.conflictDialog(row);
                ConflictDialog.ask(c.window(), dialogVm, m).ifPresent(r -> vm.resolve(dialogVm.conflict(), r));
            }
        };
        resolve.setOnAction(e -> open.run());
        conflicts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        Label error = FormStatus.error("exchange-conflict-error", vm.conflictErrorProperty());
        return new VBox(12, c.section("exchange-log-section", logHeading, log),
                c.section("exchange-conflicts-section", conflictHeading, conflicts, resolve, error));
    }
}
