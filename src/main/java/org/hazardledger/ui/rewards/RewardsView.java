package org.hazardledger.ui.rewards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardTally;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 奖励 tab: the fund line with budget and 追加资金, the scale editor, the rewards with the steps
 * the signed-in role may take (提议, 会签, 批准, 驳回, 支付), and the per-unit and per-payee report.
 */
public final class RewardsView extends VBox {

    private final WorkbenchServices services;
    private final RewardsViewModel vm;
    private final Messages m;

    public RewardsView(WorkbenchServices services) {
        this.services = services;
        this.vm = new RewardsViewModel(services);
        this.m = services.messages();
        setId("rewards-view");
        setSpacing(8);
        TableView<RewardRow> table = proposals();
        VBox.setVgrow(table, Priority.ALWAYS);
        TitledPane scale = new TitledPane(m.get("reward.scale.title"), scaleEditor());
        scale.setId("reward-scale-pane");
        scale.setExpanded(false);
        TitledPane report = new TitledPane(m.get("reward.report.title"), report());
        report.setId("reward-report-pane");
        report.setExpanded(false);
        getChildren().addAll(fundBar(), scale, actionBar(table), table, report, messageLine());
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.load();
    }

    public RewardsViewModel viewModel() {
        return vm;
    }

    // ---- the fund ----

    private Node fundBar() {
        Spinner<Integer> year = new Spinner<>(2000, 2100, vm.yearProperty().get());
        year.setId("reward-year");
        year.setEditable(true);
        year.setPrefWidth(90);
        year.setAccessibleText(m.get("reward.year"));
        year.valueProperty().addListener((o, was, now) -> vm.yearProperty().set(now));

        Label fund = new Label();
        fund.setId("reward-fund");
        fund.setWrapText(true);
        fund.textProperty().bind(Bindings.createStringBinding(vm::fundText, vm.fundProperty()));

        TextField budget = new TextField();
        budget.setId("reward-budget");
        budget.setPrefColumnCount(8);
        budget.setAccessibleText(m.get("reward.budget"));
        budget.textProperty().bindBidirectional(vm.budgetProperty());
        Label budgetError = FormStatus.error("reward-budget-error", vm.fundErrors().field(RewardsViewModel.BUDGET));
        Button saveBudget = new Button(m.get("reward.budget.save"));
        saveBudget.setId("reward-budget-save");
        saveBudget.setAccessibleText(m.get("reward.budget.save"));
        BooleanBinding keeper = Bindings.createBooleanBinding(vm::mayManageFund, vm.roleProperty());
        saveBudget.disableProperty().bind(keeper.not().or(vm.busyProperty()));
        saveBudget.setOnAction(e -> vm.saveBudget());
        budget.disableProperty().bind(keeper.not());

        Button topUp = new Button(m.get("reward.topUp"));
        topUp.setId("reward-top-up");
        topUp.setAccessibleText(m.get("reward.topUp"));
        topUp.disableProperty().bind(keeper.not().or(vm.busyProperty()));
        topUp.setOnAction(e -> openTopUp());

        Button refresh = new Button(m.get("reward.refresh"));
        refresh.setId("reward-refresh");
        refresh.setAccessibleText(m.get("reward.refresh"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("reward-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());

        HBox top = new HBox(8, new Label(m.get("reward.year")), year, new Label(m.get("reward.budget")), budget,
                saveBudget, topUp, refresh, busy);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add(Styles.TOOLBAR);
        return new VBox(4, top, budgetError, fund);
    }

    private void openTopUp() {
        vm.newTopUp();
        TextField amount = new TextField();
        amount.textProperty().bindBidirectional(vm.topUpAmountProperty());
        DatePicker on = new DatePicker();
        on.setConverter(new IsoDateConverter());
        on.valueProperty().bindBidirectional(vm.topUpOnProperty());
        TextArea note = new TextArea();
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.topUpNoteProperty());
        VBox box = new VBox(8,
                new FormField(m.get("reward.field.topUpAmount"), amount, "reward-top-up-amount",
                        vm.fundErrors().field(RewardsViewModel.TOP_UP)),
                new FormField(m.get("reward.field.addedOn"), on, "reward-top-up-on",
                        vm.fundErrors().field(RewardsViewModel.ADDED_ON)),
                new FormField(m.get("reward.field.note"), note, "reward-top-up-note",
                        vm.fundErrors().field(RewardsViewModel.NOTE)),
                FormStatus.error("reward-top-up-summary", vm.fundErrors().form()));
        openForm("reward.topUp.title", "reward-top-up-dialog", box, vm::submitTopUp);
    }

    // ---- the scale ----

    private Node scaleEditor() {
        FlowPane grid = new FlowPane(12, 4);
        String[] labels = {"reward.scale.generalA", "reward.scale.generalB", "reward.scale.generalC",
            "reward.scale.generalNone", "reward.scale.major", "reward.scale.sharePercent", "reward.scale.floor",
            "reward.scale.cap"};
        for (int i = 0; i < RewardsViewModel.SCALE_FIELDS.size(); i++) {
            String f = RewardsViewModel.SCALE_FIELDS.get(i);
            TextField t = new TextField();
            t.setPrefColumnCount(7);
            t.textProperty().bindBidirectional(vm.scaleProperty(f));
            t.editableProperty().bind(Bindings.createBooleanBinding(vm::mayManageFund, vm.roleProperty()));
            grid.getChildren().add(new FormField(m.get(labels[i]), t, "reward-scale-" + f, vm.scaleErrors().field(f)));
        }
        Button save = new Button(m.get("reward.scale.save"));
        save.setId("reward-scale-save");
        save.setAccessibleText(m.get("reward.scale.save"));
        save.disableProperty().bind(Bindings.createBooleanBinding(vm::mayManageFund, vm.roleProperty()).not()
                .or(vm.busyProperty()));
        save.setOnAction(e -> vm.saveScale());
        Label help = new Label(m.get("reward.scale.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.MUTED);
        return new VBox(6, help, grid, save, FormStatus.error("reward-scale-summary", vm.scaleErrors().form()));
    }

    // ---- the rewards ----

    private Node actionBar(TableView<RewardRow> table) {
        Button propose = button("reward.propose", "reward-propose",
                Bindings.createBooleanBinding(vm::mayPropose, vm.roleProperty()));
        propose.getStyleClass().add(Styles.PRIMARY);
        propose.setOnAction(e -> openProposal());
        Button concur = button("reward.concur", "reward-concur",
                Bindings.createBooleanBinding(vm::mayConcur, vm.selectedProperty(), vm.roleProperty()));
        concur.setOnAction(e -> {
            vm.newDecision();
            if (services.dialogs().confirm(m.get("reward.concur"), m.get("reward.concur.confirm",
                    vm.selectedProperty().get().proposal().number()))) {
                vm.concur();
            }
        });
        Button approve = button("reward.approve", "reward-approve",
                Bindings.createBooleanBinding(vm::mayApprove, vm.selectedProperty(), vm.roleProperty()));
        approve.setOnAction(e -> openApprove());
        Button reject = button("reward.reject", "reward-reject",
                Bindings.createBooleanBinding(vm::mayReject, vm.selectedProperty(), vm.roleProperty()));
        reject.setOnAction(e -> openReject());
        Button pay = button("reward.pay", "reward-pay",
                Bindings.createBooleanBinding(vm::mayPay, vm.selectedProperty(), vm.roleProperty()));
        pay.setOnAction(e -> openPay());
        Button export = exportButton("reward-export", table, "reward-list");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, propose, concur, approve, reject, pay, gap,
                new org.hazardledger.ui.sheetexport.SheetExportBar(vm.excel(), "reward-export-excel",
                        vm::exportExcel), export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Button button(String key, String id, BooleanBinding allowed) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        b.disableProperty().bind(allowed.not().or(vm.busyProperty()));
        return b;
    }

    private TableView<RewardRow> proposals() {
        TableView<RewardRow> table = new TableView<>(vm.rows());
        table.setId("reward-table");
        table.setAccessibleText(m.get("reward.list"));
        table.setPlaceholder(new Label(m.get("reward.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("reward.column.number", 110, r -> r.proposal().number()));
        table.getColumns().add(column("reward.column.kind", 90, vm::kindText));
        table.getColumns().add(column("reward.column.target", 120, RewardRow::target));
        table.getColumns().add(column("reward.column.payee", 120, vm::payeeText));
        table.getColumns().add(column("reward.column.unit", 120, RewardRow::unitName));
        table.getColumns().add(column("reward.column.suggested", 80, r -> r.proposal().suggested().toPlainString()));
        table.getColumns().add(column("reward.column.amount", 80, r -> r.proposal().amount().toPlainString()));
        table.getColumns().add(column("reward.column.status", 80, vm::statusText));
        table.getColumns().add(column("reward.column.proposedOn", 90, r -> r.proposal().proposedOn().toString()));
        table.getColumns().add(column("reward.column.paid", 120, r -> r.proposal().paidOn() == null ? ""
                : r.proposal().paidOn() + " " + r.proposal().paidAmount().toPlainString() + " "
                + r.proposal().voucherNo()));
        table.getColumns().add(column("reward.column.grounds", 200, r -> r.proposal().grounds()));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private void openProposal() {
        vm.newProposal(null);
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.RewardKind>> kind = new ComboBox<>(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        TextField target = new TextField();
        target.setPromptText(m.get("reward.field.target.prompt"));
        target.textProperty().bindBidirectional(vm.targetProperty());
        TextField base = new TextField();
        base.textProperty().bindBidirectional(vm.baseProperty());
        Button suggest = new Button(m.get("reward.suggest"));
        suggest.setId("reward-suggest");
        suggest.setAccessibleText(m.get("reward.suggest"));
        suggest.setOnAction(e -> vm.suggest());
        Label suggestion = new Label();
        suggestion.setId("reward-suggestion");
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> vm.suggestionProperty().get().isEmpty()
                ? "" : m.get("reward.suggestion", vm.suggestionProperty().get()), vm.suggestionProperty()));
        TextField amount = new TextField();
        amount.textProperty().bindBidirectional(vm.amountProperty());
        TextField why = new TextField();
        why.textProperty().bindBidirectional(vm.changeReasonProperty());
        TextArea grounds = new TextArea();
        grounds.setPrefRowCount(3);
        grounds.setWrapText(true);
        grounds.textProperty().bindBidirectional(vm.groundsProperty());
        VBox box = new VBox(8,
                new FormField(m.get("reward.field.kind"), kind, "reward-propose-kind", new ReadOnlyObjectWrapper<>("")
                        .asString()),
                new FormField(m.get("reward.field.target"), target, "reward-propose-target",
                        vm.proposeErrors().field(RewardDraft.TARGET)),
                new FormField(m.get("reward.field.base"), base, "reward-propose-base",
                        vm.proposeErrors().field(RewardDraft.BASE)),
                new HBox(8, suggest, suggestion),
                new FormField(m.get("reward.field.amount"), amount, "reward-propose-amount",
                        vm.proposeErrors().field(RewardDraft.AMOUNT)),
                new FormField(m.get("reward.field.changeReason"), why, "reward-propose-change-reason",
                        vm.proposeErrors().field(RewardDraft.CHANGE_REASON)),
                new FormField(m.get("reward.field.grounds"), grounds, "reward-propose-grounds",
                        vm.proposeErrors().field(RewardDraft.GROUNDS)),
                FormStatus.error("reward-propose-summary", vm.proposeErrors().form()));
        openForm("reward.propose.title", "reward-propose-dialog", box, vm::submitProposal);
    }

    private Node overrideFields() {
        CheckBox override = new CheckBox(m.get("reward.override"));
        override.setId("reward-override");
        override.setAccessibleText(m.get("reward.override"));
        override.selectedProperty().bindBidirectional(vm.overrideProperty());
        TextField why = new TextField();
        why.textProperty().bindBidirectional(vm.overrideReasonProperty());
        why.disableProperty().bind(vm.overrideProperty().not());
        return new VBox(4, override, new FormField(m.get("reward.field.overrideReason"), why,
                "reward-override-reason", vm.decisionErrors().field(RewardsViewModel.OVERRIDE)));
    }

    private void openApprove() {
        vm.newDecision();
        RewardRow r = vm.selectedProperty().get();
        Label what = new Label(m.get("reward.approve.what", r.proposal().number(), vm.payeeText(r),
                r.proposal().amount().toPlainString(), vm.fundText()));
        what.setWrapText(true);
        VBox box = new VBox(8, what, overrideFields(),
                FormStatus.error("reward-approve-summary", vm.decisionErrors().form()));
        openForm("reward.approve.title", "reward-approve-dialog", box, vm::approve);
    }

    private void openReject() {
        vm.newDecision();
        RewardRow r = vm.selectedProperty().get();
        TextArea why = new TextArea();
        why.setPrefRowCount(3);
        why.setWrapText(true);
        why.textProperty().bindBidirectional(vm.rejectReasonProperty());
        VBox box = new VBox(8, new Label(m.get("reward.reject.what", r.proposal().number(), vm.payeeText(r))),
                new FormField(m.get("reward.field.rejectReason"), why, "reward-reject-reason",
                        vm.decisionErrors().field(RewardsViewModel.REJECT)),
                FormStatus.error("reward-reject-summary", vm.decisionErrors().form()));
        openForm("reward.reject.title", "reward-reject-dialog", box, () -> {
            // A missing reason is said at its field first; only a complete rejection asks for confirmation.
            if (vm.rejectReasonProperty().get().isBlank() || services.dialogs().confirm(
                    m.get("reward.reject.title"), m.get("reward.reject.confirm", r.proposal().number()))) {
                vm.reject();
            }
        });
    }

    private void openPay() {
        vm.newDecision();
        DatePicker on = new DatePicker();
        on.setConverter(new IsoDateConverter());
        on.valueProperty().bindBidirectional(vm.paidOnProperty());
        TextField amount = new TextField();
        amount.textProperty().bindBidirectional(vm.paidAmountProperty());
        ComboBox<String> method = new ComboBox<>();
        method.getItems().addAll(m.get("reward.method.cash"), m.get("reward.method.transfer"),
                m.get("reward.method.payroll"));
        method.setEditable(true);
        method.valueProperty().bindBidirectional(vm.payMethodProperty());
        TextField voucher = new TextField();
        voucher.textProperty().bindBidirectional(vm.voucherNoProperty());
        VBox box = new VBox(8,
                new FormField(m.get("reward.field.paidOn"), on, "reward-pay-on",
                        vm.decisionErrors().field(RewardPayment.PAID_ON)),
                new FormField(m.get("reward.field.paidAmount"), amount, "reward-pay-amount",
                        vm.decisionErrors().field(RewardPayment.AMOUNT)),
                new FormField(m.get("reward.field.method"), method, "reward-pay-method",
                        vm.decisionErrors().field(RewardPayment.METHOD)),
                new FormField(m.get("reward.field.voucherNo"), voucher, "reward-pay-voucher",
                        vm.decisionErrors().field(RewardPayment.VOUCHER)),
                overrideFields(),
                FormStatus.error("reward-pay-summary", vm.decisionErrors().form()));
        openForm("reward.pay.title", "reward-pay-dialog", box, vm::pay);
    }

    /** A modal form whose OK runs {@code submit} and which closes once the ViewModel says it is done. */
    private void openForm(String titleKey, String id, Node content, Runnable submit) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get(titleKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("reward.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("reward.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(dialog, ok, id + "-ok", submit);
        okButton.disableProperty().bind(vm.busyProperty());
        DialogButtons.button(dialog, cancel, id + "-cancel");
        dialog.getDialogPane().setContent(content);
        ChangeListener<Boolean> closeWhenDone = (o, was, now) -> {
            if (now) {
                dialog.setResult(ok);
                dialog.close();
            }
        };
        vm.doneProperty().addListener(closeWhenDone);
        dialog.setOnHidden(e -> vm.doneProperty().removeListener(closeWhenDone));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.show();
    }

    // ---- the report ----

    private Node report() {
        TableView<RewardTally> units = tallies("reward-report-units", "reward.report.unit");
        units.setItems(vm.unitTallies());
        TableView<RewardTally> payees = tallies("reward-report-payees", "reward.report.payee");
        payees.setItems(vm.payeeTallies());
        payees.getColumns().add(1, tallyColumn("reward.report.unit", 120, RewardTally::unitName));
        Label help = new Label(m.get("reward.report.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.MUTED);
        HBox unitBar = new HBox(8, new Label(m.get("reward.report.byUnit")),
                exportButton("reward-report-units-export", units, "reward-units"));
        HBox payeeBar = new HBox(8, new Label(m.get("reward.report.byPayee")),
                exportButton("reward-report-payees-export", payees, "reward-payees"));
        unitBar.setAlignment(Pos.CENTER_LEFT);
        payeeBar.setAlignment(Pos.CENTER_LEFT);
        units.setPrefHeight(180);
        payees.setPrefHeight(220);
        return new VBox(6, help, unitBar, units, payeeBar, payees);
    }

    private TableView<RewardTally> tallies(String id, String nameKey) {
        TableView<RewardTally> t = new TableView<>();
        t.setId(id);
        t.setAccessibleText(m.get(nameKey));
        t.setPlaceholder(new Label(m.get("reward.report.empty")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        t.getColumns().add(tallyColumn(nameKey, 140, vm::tallyName));
        t.getColumns().add(tallyColumn("reward.report.hazards", 70, x -> Integer.toString(x.hazardsFound())));
        t.getColumns().add(tallyColumn("reward.report.proposed", 70, x -> Integer.toString(x.proposed())));
        t.getColumns().add(tallyColumn("reward.report.proposedAmount", 90, x -> x.proposedAmount().toPlainString()));
        t.getColumns().add(tallyColumn("reward.report.approved", 70, x -> Integer.toString(x.approved())));
        t.getColumns().add(tallyColumn("reward.report.approvedAmount", 90, x -> x.approvedAmount().toPlainString()));
        t.getColumns().add(tallyColumn("reward.report.paid", 70, x -> Integer.toString(x.paid())));
        t.getColumns().add(tallyColumn("reward.report.paidAmount", 90, x -> x.paidAmount().toPlainString()));
        return t;
    }

    private Button exportButton(String id, TableView<?> table, String fileStem) {
        Button b = new Button(m.get("reward.exportCsv"));
        b.setId(id);
        b.setAccessibleText(m.get("reward.exportCsv"));
        b.setOnAction(e -> {
            List<List<String>> lines = TableCsv.snapshot(table);
            Optional<Path> file = services.dialogs().chooseSaveFile(m.get("reward.exportCsv"),
                    fileStem + "-" + vm.yearProperty().get() + ".csv", m.get("reward.csvFiles"), "*.csv");
            file.ifPresent(f -> vm.export(lines, f));
        });
        return b;
    }

    private TableColumn<RewardRow, String> column(String key, double width, Function<RewardRow, String> text) {
        TableColumn<RewardRow, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private TableColumn<RewardTally, String> tallyColumn(String key, double width,
                                                        Function<RewardTally, String> text) {
        TableColumn<RewardTally, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }

    private Node messageLine() {
        Label message = new Label();
        message.setId("reward-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        return message;
    }
}
