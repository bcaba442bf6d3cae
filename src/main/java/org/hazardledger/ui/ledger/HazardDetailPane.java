package org.hazardledger.ui.ledger;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.hazardledger.ui.lifecycle.HazardActionBar;
import org.hazardledger.ui.lifecycle.HazardActionDialog;
import org.hazardledger.ui.lifecycle.TimelineList;
import org.hazardledger.ui.major.MajorHazardTab;
import org.hazardledger.ui.attachment.AttachmentStrip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;

/** The selected hazard's details beside the table, with the print menu. */
final class HazardDetailPane extends VBox {

    private static final double LABEL_WIDTH = 112;
    private final VBox body = new VBox();

    HazardDetailPane(HazardDetailViewModel vm, Messages messages,
                     java.util.function.Consumer<org.hazardledger.ui.print.PrintJob> preview) {
        setId("detail-pane");
        getStyleClass().add("detail-pane");

        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(vm.titleProperty());

        // 打印…: one item per form the hazard can be printed on, each opening the print preview.
        MenuButton print = new MenuButton(messages.get("detail.print"));
        print.setId("detail-print");
        print.setAccessibleText(messages.get("detail.print"));
        print.setAccessibleHelp(messages.get("detail.print.help"));
        print.getStyleClass().add(org.hazardledger.ui.Styles.PRIMARY);
        print.disableProperty().bind(vm.canPrintProperty().not());
        vm.detailsProperty().addListener((o, was, d) -> print.getItems().setAll(vm.printableForms().stream()
                .map(kind -> {
                    MenuItem item = new MenuItem(messages.get("detail.print.item", messages.label(kind),
                            kind.formNumber()));
                    item.setId("detail-print-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                    item.setOnAction(a -> vm.printJob(kind).ifPresent(preview));
                    return item;
                }).toList()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("detail-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loadingProperty());

        // Title on its own line: the pane is narrow and neither the number nor the button may be cut.
        title.setWrapText(true);
        print.setMinWidth(Region.USE_PREF_SIZE);
        Button linkRisk = new Button(messages.get("detail.riskPoint.link"));
        linkRisk.setId("detail-link-risk");
        linkRisk.setAccessibleText(messages.get("detail.riskPoint.link"));
        linkRisk.setMinWidth(Region.USE_PREF_SIZE);
        linkRisk.setOnAction(e -> {
            LinkRiskPointViewModel form = vm.linkForm();
            if (form != null) {
                LinkRiskPointDialog.open(getScene().getWindow(), form, messages, vm::linked);
            }
        });
        Button unlinkRisk = new Button(messages.get("detail.riskPoint.unlink"));
        unlinkRisk.setId("detail-unlink-risk");
        unlinkRisk.setAccessibleText(messages.get("detail.riskPoint.unlink"));
        unlinkRisk.setMinWidth(Region.USE_PREF_SIZE);
        unlinkRisk.setOnAction(e -> vm.unlinkRiskPoint());
        unlinkRisk.visibleProperty().bind(vm.riskPointProperty().isNotNull());
        unlinkRisk.managedProperty().bind(unlinkRisk.visibleProperty());
        vm.detailsProperty().addListener((o, was, d) -> {
            boolean may = d != null && vm.canLinkRiskPoint();
            linkRisk.setDisable(!may);
            unlinkRisk.setDisable(!may);
        });
        HBox actions = new HBox(8, print, linkRisk, unlinkRisk, busy);
        actions.setAlignment(Pos.CENTER_LEFT);
        HazardActionBar lifecycle = new HazardActionBar(vm.actions(), action -> HazardActionDialog.open(
                getScene().getWindow(), vm.actions().form(action), messages, vm.actions()::taken));
        VBox header = new VBox(6, title, actions, lifecycle);
        header.getStyleClass().add("detail-header");
        header.visibleProperty().bind(vm.detailsProperty().isNotNull());
        header.managedProperty().bind(header.visibleProperty());

        Label empty = new Label(messages.get("detail.none"));
        empty.setId("detail-empty");
        empty.getStyleClass().add(org.hazardledger.ui.Styles.MUTED);
        empty.setWrapText(true);

        // Photos first: a look at the place says more than the fields below it.
        AttachmentStrip attachments = new AttachmentStrip(vm.attachments(), messages);
        VBox content = new VBox(10, attachments, body);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("detail-scroll");
        scroll.setFitToWidth(true);

        body.getChildren().setAll(empty);
        vm.sections().addListener((javafx.collections.ListChangeListener<DetailSection>) c -> {
            body.getChildren().clear();
            if (vm.sections().isEmpty()) {
                body.getChildren().add(empty);
            }
            vm.sections().forEach(s -> body.getChildren().add(section(s)));
        });
        Tab detailsTab = new Tab(messages.get("detail.tab.details"), scroll);
        detailsTab.setId("detail-tab-details");
        Tab historyTab = new Tab(messages.get("detail.tab.history"),
                new TimelineList(vm.timeline(), messages.get("detail.history.none")));
        historyTab.setId("detail-tab-history");
        Tab majorTab = new Tab(messages.get("detail.tab.major"), new MajorHazardTab(vm.major(), messages).view());
        majorTab.setId("detail-tab-major");
        TabPane tabs = new TabPane(detailsTab, historyTab);
        // The major-hazard file only for a major hazard.
        vm.detailsProperty().addListener((o, was, d) -> {
            boolean major = d != null && d.hazard().grading().grade() == org.hazardledger.model.Grade.MAJOR;
            if (major && !tabs.getTabs().contains(majorTab)) {
                tabs.getTabs().add(1, majorTab);
            } else if (!major) {
                tabs.getTabs().remove(majorTab);
            }
        });
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
    }

    private static VBox section(DetailSection s) {
        Label heading = new Label(s.title());
        heading.getStyleClass().add("detail-section-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        ColumnConstraints labels = new ColumnConstraints();
        // One width for the labels of every section, so the values line up down the pane.
        labels.setMinWidth(LABEL_WIDTH);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int row = 0;
        for (DetailLine line : s.lines()) {
            Label l = new Label(line.label());
            l.getStyleClass().add("detail-label");
            Label v = new Label(line.value());
            v.getStyleClass().add("detail-value");
            if (line.alert()) {
                v.getStyleClass().add("detail-alert");
            }
            v.setWrapText(true);
            grid.addRow(row++, l, v);
        }
        VBox box = new VBox(4, heading, grid);
        box.getStyleClass().add("detail-section");
        return box;
    }
}
