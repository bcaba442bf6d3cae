package org.hazardledger.ui.federation;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.ConsolidatedRecord;
import org.hazardledger.model.ConsolidatedUnionRecord;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The federation's 汇总 page: the enterprises above, the consolidated lists in tabs below. */
public final class FederationView extends VBox {

    private final FederationViewModel vm;
    private final Messages m;

    public FederationView(WorkbenchServices services) {
        this.vm = new FederationViewModel(services);
        this.m = services.messages();
        setId("federation-view");
        setSpacing(8);
        setStyle("-fx-padding: 12;");
        Label title = new Label(m.get("federation.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        SplitPane split = new SplitPane(enterprises(), tabs());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        split.setId("federation-split");
        VBox.setVgrow(split, Priority.ALWAYS);
        Label message = new Label();
        message.setId("federation-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, toolbar(), split, message);
    }

    /** Reads the page afresh; called on every visit. */
    public void start() {
        vm.load();
    }

    public FederationViewModel viewModel() {
        return vm;
    }

    private HBox toolbar() {
        Button notice = new Button(m.get("federation.issueNotice"));
        notice.setId("federation-issue-notice");
        notice.getStyleClass().add(Styles.PRIMARY);
        notice.setAccessibleText(m.get("federation.issueNotice"));
        notice.disableProperty().bind(vm.busyProperty());
        notice.setOnAction(e -> NoticeDialog.open(getScene().getWindow(), vm.newNoticeForm(), m, vm::noticeIssued));
        Button all = new Button(m.get("federation.showAll"));
        all.setId("federation-show-all");
        all.setAccessibleText(m.get("federation.showAll"));
        all.disableProperty().bind(vm.selectedEnterpriseProperty().isNull());
        all.setOnAction(e -> vm.selectedEnterpriseProperty().set(null));
        Button refresh = new Button(m.get("federation.refresh"));
        refresh.setId("federation-refresh");
        refresh.setAccessibleText(m.get("federation.refresh"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("federation-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, notice, all, refresh, gap, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private TableView<EnterpriseOverview> enterprises() {
        TableView<EnterpriseOverview> t = table("federation-enterprises", vm.enterprises(), "federation.tab.enterprises");
        t.getColumns().add(column("federation.column.enterprise", 200, EnterpriseOverview::name));
        t.getColumns().add(column("federation.column.lastBundle", 130, vm::lastBundleText));
        t.getColumns().add(column("federation.column.hazards", 70, e -> String.valueOf(e.hazards())));
        t.getColumns().add(column("federation.column.open", 70, e -> String.valueOf(e.open())));
        t.getColumns().add(column("federation.column.overdue", 70, e -> String.valueOf(e.overdue())));
        t.getColumns().add(column("federation.column.major", 70, e -> String.valueOf(e.major())));
        t.getColumns().add(column("federation.column.listed", 70, e -> String.valueOf(e.listed())));
        t.getColumns().add(column("federation.column.stopProduction", 90, e -> String.valueOf(e.stopProduction())));
        t.getColumns().add(column("federation.column.conflicts", 70, e -> String.valueOf(e.openConflicts())));
        t.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedEnterpriseProperty().set(now);
            }
        });
        vm.selectedEnterpriseProperty().addListener((o, was, now) -> {
            if (now == null) {
                t.getSelectionModel().clearSelection();
            } else if (now != t.getSelectionModel().getSelectedItem()) {
                t.getSelectionModel().select(now);
            }
        });
        return t;
    }

    private TabPane tabs() {
        TabPane tabs = new TabPane(
                tab("federation-tab-major", "federation.tab.major", hazards("federation-major", vm.majorHazards(), false)),
                tab("federation-tab-listed", "federation.tab.listed", hazards("federation-listed", vm.listedHazards(), true)),
                tab("federation-tab-overdue", "federation.tab.overdue",
                        hazards("federation-overdue", vm.overdueHazards(), false)),
                tab("federation-tab-stop", "federation.tab.stopProduction", stops()),
                tab("federation-tab-compliance", "federation.tab.compliance",
                        generic("federation-compliance", vm.compliance())),
                tab("federation-tab-campaign", "federation.tab.campaign",
                        generic("federation-campaign", vm.campaignFigures())));
        tabs.setId("federation-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Tab tab(String id, String key, TableView<?> content) {
        Tab t = new Tab(m.get(key), content);
        t.setId(id);
        return t;
    }

    private TableView<ConsolidatedHazard> hazards(String id, ObservableList<ConsolidatedHazard> rows, boolean listed) {
        TableView<ConsolidatedHazard> t = table(id, rows, "federation.empty");
        t.getColumns().add(column("federation.column.enterprise", 160, ConsolidatedHazard::enterpriseName));
        t.getColumns().add(column("federation.column.number", 120, ConsolidatedHazard::number));
        t.getColumns().add(column("federation.column.summary", 220, ConsolidatedHazard::summary));
        t.getColumns().add(column("federation.column.grade", 60, vm::gradeText));
        t.getColumns().add(column("federation.column.status", 90, vm::statusText));
        t.getColumns().add(column("federation.column.foundOn", 90, h -> FederationViewModel.date(h.foundOn())));
        t.getColumns().add(column("federation.column.deadline", 90, h -> FederationViewModel.date(h.deadline())));
        if (listed) {
            t.getColumns().add(column("federation.column.listedOn", 90, h -> FederationViewModel.date(h.listedOn())));
        }
        t.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedHazardProperty().set(now);
            }
        });
        return t;
    }

    private TableView<ConsolidatedUnionRecord> stops() {
        TableView<ConsolidatedUnionRecord> t = table("federation-stop", vm.stopProduction(), "federation.empty");
        t.getColumns().add(column("federation.column.enterprise", 160, ConsolidatedUnionRecord::enterpriseName));
        t.getColumns().add(column("federation.column.number", 110, ConsolidatedUnionRecord::number));
        t.getColumns().add(column("federation.column.kind", 90, vm::kindText));
        t.getColumns().add(column("federation.column.hazardNumbers", 140,
                u -> String.join("、", u.hazardNumbers())));
        t.getColumns().add(column("federation.column.issuedOn", 90, u -> FederationViewModel.date(u.issuedOn())));
        t.getColumns().add(column("federation.column.recommendation", 220, ConsolidatedUnionRecord::recommendation));
        t.getColumns().add(column("federation.column.answeredOn", 90, vm::answeredText));
        return t;
    }

    private TableView<ConsolidatedRecord> generic(String id, ObservableList<ConsolidatedRecord> rows) {
        TableView<ConsolidatedRecord> t = table(id, rows, "federation.empty");
        t.getColumns().add(column("federation.column.enterprise", 160, ConsolidatedRecord::enterpriseName));
        t.getColumns().add(column("federation.column.fields", 600, vm::fieldsText));
        return t;
    }

    private <T> TableView<T> table(String id, ObservableList<T> rows, String placeholderKey) {
        TableView<T> t = new TableView<>(rows);
        t.setId(id);
        t.setAccessibleText(m.get(placeholderKey));
        t.setPlaceholder(new Label(m.get("federation.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        return t;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setMinWidth(width * 0.6);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
