package org.hazardledger.ui.federation;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The enterprise's 上级通知 page: the federation's notices received in feedback bundles. */
public final class ReceivedNoticesView extends VBox {

    private final ReceivedNoticesViewModel vm;
    private final Messages m;

    public ReceivedNoticesView(WorkbenchServices services) {
        this.vm = new ReceivedNoticesViewModel(services);
        this.m = services.messages();
        setId("received-notices-view");
        setSpacing(8);
        setStyle("-fx-padding: 12;");
        Label title = new Label(m.get("federation.received.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Button refresh = new Button(m.get("federation.refresh"));
        refresh.setId("received-notices-refresh");
        refresh.setAccessibleText(m.get("federation.refresh"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        Label message = new Label();
        message.setId("received-notices-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        HBox bar = new HBox(10, refresh, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);

        TableView<FederationNotice> table = new TableView<>(vm.notices());
        table.setId("received-notices-table");
        table.setAccessibleText(m.get("federation.received.title"));
        table.setPlaceholder(new Label(m.get("federation.received.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("federation.column.issuedOn", 90, n -> FederationViewModel.date(n.issuedOn())));
        table.getColumns().add(column("federation.column.kind", 140, vm::kindText));
        table.getColumns().add(column("federation.column.documentNo", 140, FederationNotice::documentNo));
        table.getColumns().add(column("federation.column.number", 120, FederationNotice::hazardNumber));
        table.getColumns().add(column("federation.column.title", 240, FederationNotice::title));
        table.getColumns().add(column("federation.column.verified", 90, vm::verifiedText));
        table.getColumns().add(column("federation.column.issuedBy", 120, FederationNotice::issuedBy));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));

        TextArea detail = new TextArea();
        detail.setId("received-notices-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setAccessibleText(m.get("federation.received.detail"));
        detail.textProperty().bind(vm.detailProperty());
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(title, bar, split);
    }

    /** Reads the notices afresh; called on every visit. */
    public void start() {
        vm.load();
    }

    public ReceivedNoticesViewModel viewModel() {
        return vm;
    }

    private TableColumn<FederationNotice, String> column(String key, double width,
                                                         Function<FederationNotice, String> text) {
        TableColumn<FederationNotice, String> c = new TableColumn<>(m.get(key));
        c.setMinWidth(width * 0.6);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
