package org.hazardledger.ui.exchange;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 数据交换: own key, the other side's keys, writing and reading exchange files, the bundle log and
 * the open conflicts, one section under the other. A running key or bundle task shows its progress
 * and a 取消 button at the top.
 */
public final class ExchangeView extends ScrollPane {

    public static final String CSS = Styles.css("exchange/exchange.css");

    private final ExchangeViewModel vm;

    public ExchangeView(WorkbenchServices services) {
        this(new ExchangeViewModel(services), services.messages());
    }

    ExchangeView(ExchangeViewModel vm, Messages m) {
        this.vm = vm;
        setId("page-exchange");
        getStyleClass().add("exchange-scroll");
        setFitToWidth(true);
        getStylesheets().add(CSS);

        ExchangeControls c = new ExchangeControls(m,
                () -> getScene() == null ? null : getScene().getWindow(), vm.busyProperty());
        Label title = new Label(m.get("exchange.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label loadError = FormStatus.error("exchange-load-error", vm.loadErrorProperty());

        VBox page = new VBox(12, title, loadError, progressRow(c), OwnKeySection.of(c, vm.ownKey()),
                new Separator(), OtherKeysSection.of(c, vm.otherKeys()), new Separator(),
                ExportSection.of(c, vm.export(), vm.federationProperty()), new Separator(),
                ImportSection.of(c, vm.importing()), new Separator(), ExchangeLogSection.of(c, vm.log()));
        page.getStyleClass().add("exchange-page");
        page.setMaxWidth(1100);
        setContent(page);
    }

    /** Reads the state of the exchange in the background; call when the page is shown. */
    public void start() {
        vm.start();
    }

    public ExchangeViewModel viewModel() {
        return vm;
    }

    private Node progressRow(ExchangeControls c) {
        ProgressBar bar = new ProgressBar();
        bar.setId("exchange-progress");
        bar.setPrefWidth(240);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("exchange-status");
        status.textProperty().bind(vm.statusProperty());
        Button cancel = c.button("exchange-cancel", "exchange.cancel", "exchange.cancel.help");
        cancel.setOnAction(e -> vm.cancel());
        HBox row = new HBox(10, bar, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.busyProperty().or(vm.statusProperty().isNotEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        cancel.visibleProperty().bind(vm.busyProperty());
        return row;
    }
}
