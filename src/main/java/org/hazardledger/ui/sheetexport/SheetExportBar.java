package org.hazardledger.ui.sheetexport;

import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;

/**
 * "导出 Excel" for a page's toolbar: the button, and while writing a progress bar and 取消; the
 * status (where the file went, or why not) beside them. Ids: {@code id}, {@code id-progress},
 * {@code id-cancel}, {@code id-status}.
 */
public final class SheetExportBar extends HBox {

    private final Button button;
    private final SheetExportViewModel vm;

    public SheetExportBar(SheetExportViewModel vm, String id, Runnable export) {
        super(6);
        this.vm = vm;
        Messages m = vm.messages();
        setAlignment(Pos.CENTER_LEFT);
        button = new Button(m.get("sheetExport.button"));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setAccessibleText(m.get("sheetExport.button.help"));
        button.setTooltip(new Tooltip(m.get("sheetExport.button.help")));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(vm.busyProperty());
        button.setOnAction(e -> export.run());

        ProgressBar progress = new ProgressBar();
        progress.setId(id + "-progress");
        progress.setPrefWidth(100);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button(m.get("sheetExport.cancel"));
        cancel.setId(id + "-cancel");
        cancel.setAccessibleText(m.get("sheetExport.cancel"));
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());

        Label status = new Label();
        status.setId(id + "-status");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(vm.statusProperty().concat(vm.errorProperty()));
        status.setMaxWidth(320);
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(status.textProperty());
        getChildren().addAll(button, progress, cancel, status);
    }

    /** Also disabled while {@code condition} holds (e.g. a custom period that has no table). */
    public void disableWhen(BooleanExpression condition) {
        button.disableProperty().unbind();
        button.disableProperty().bind(vm.busyProperty().or(condition));
    }

    public Button button() {
        return button;
    }
}
