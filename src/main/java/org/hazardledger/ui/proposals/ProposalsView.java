package org.hazardledger.ui.proposals;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.proposals.ProposalActionViewModel.Action;

/** The page (or tab) of rationalisation proposals and small innovations. */
public final class ProposalsView extends VBox {

    private final ProposalsViewModel vm;
    private final Messages m;

    public ProposalsView(WorkbenchServices services) {
        this.vm = new ProposalsViewModel(services);
        this.m = services.messages();
        setId("proposals-view");
        setSpacing(8);
        TableView<Proposal> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("proposals-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(toolbar(table), actions(), table, message);
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.load();
    }

    public ProposalsViewModel viewModel() {
        return vm;
    }

    private HBox toolbar(TableView<Proposal> table) {
        Button add = button("proposals-new", "proposals.new");
        add.getStyleClass().add(Styles.PRIMARY);
        add.disableProperty().bind(vm.maySubmitProperty().not());
        add.setOnAction(e -> submitDialog(vm.newForm()));
        Button refresh = button("proposals-refresh", "proposals.refresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        Button export = button("proposals-export", "proposals.export");
        export.setOnAction(e -> vm.exportCsv(TableCsv.snapshot(table)));
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.ProposalStatus>> status =
                new ComboBox<>(vm.statuses());
        status.setId("proposals-filter-status");
        status.setAccessibleText(m.get("proposals.filter.status"));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.ProposalCategory>> category =
                new ComboBox<>(vm.categories());
        category.setId("proposals-filter-category");
        category.setAccessibleText(m.get("proposals.filter.category"));
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("proposals-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, add, refresh, export, gap, status, category, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private HBox actions() {
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Action a : Action.values()) {
            Button b = button("proposals-" + a.name().toLowerCase(java.util.Locale.ROOT), a.labelKey());
            b.disableProperty().bind(vm.canProperty(a).not());
            b.setOnAction(e -> vm.newAction(a).ifPresent(this::actionDialog));
            bar.getChildren().add(b);
        }
        return bar;
    }

    private TableView<Proposal> table() {
        TableView<Proposal> table = new TableView<>(vm.rows());
        table.setId("proposals-table");
        table.setAccessibleText(m.get("campaign.tab.proposals"));
        table.setPlaceholder(new Label(m.get("proposals.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("proposals.column.number", 100, Proposal::number));
        table.getColumns().add(column("proposals.column.category", 80, vm::categoryText));
        table.getColumns().add(column("proposals.column.title", 200, Proposal::title));
        table.getColumns().add(column("proposals.column.proposer", 80,
                p -> p.proposerName() == null ? "" : p.proposerName()));
        table.getColumns().add(column("proposals.column.submittedOn", 90, p -> p.submittedOn().toString()));
        table.getColumns().add(column("proposals.column.status", 120, vm::statusText));
        table.getColumns().add(column("proposals.column.score", 50, vm::scoreText));
        table.getColumns().add(column("proposals.column.reward", 70, vm::rewardText));
        table.getColumns().add(column("proposals.column.implementedOn", 90,
                p -> p.implementedOn() == null ? "" : p.implementedOn().toString()));
        table.getColumns().add(column("proposals.column.hazards", 140, vm::hazardsText));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private void submitDialog(ProposalFormViewModel form) {
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.ProposalCategory>> category =
                new ComboBox<>(form.categories());
        category.valueProperty().bindBidirectional(form.categoryProperty());
        ComboBox<org.hazardledger.ui.Choice<org.hazardledger.model.Person>> proposer = new ComboBox<>(form.people());
        proposer.valueProperty().bindBidirectional(form.proposerProperty());
        TextField title = new TextField();
        title.textProperty().bindBidirectional(form.titleProperty());
        TextArea content = new TextArea();
        content.setWrapText(true);
        content.setPrefRowCount(4);
        content.textProperty().bindBidirectional(form.contentProperty());
        DatePicker submitted = new DatePicker();
        submitted.setConverter(new IsoDateConverter());
        submitted.valueProperty().bindBidirectional(form.submittedOnProperty());
        TextField hazards = new TextField();
        hazards.setPromptText(m.get("proposals.field.hazards.prompt"));
        hazards.textProperty().bindBidirectional(form.hazardsProperty());
        VBox box = new VBox(8,
                field("proposals.field.category", "proposals-form-category", category,
                        form.errorProperty(ProposalDraft.CATEGORY)),
                field("proposals.field.title", "proposals-form-title", title, form.errorProperty(ProposalDraft.TITLE)),
                field("proposals.field.content", "proposals-form-content", content,
                        form.errorProperty(ProposalDraft.CONTENT)),
                field("proposals.field.proposer", "proposals-form-proposer", proposer,
                        form.errorProperty(ProposalDraft.PROPOSER)),
                field("proposals.field.submittedOn", "proposals-form-submitted-on", submitted,
                        form.errorProperty(ProposalDraft.SUBMITTED_ON)),
                field("proposals.field.hazards", "proposals-form-hazards", hazards,
                        form.errorProperty(ProposalDraft.HAZARDS)),
                FormStatus.row("proposals-form-busy", form.busyProperty(),
                        FormStatus.error("proposals-form-summary", form.formErrorProperty())));
        open("proposals.new", "proposals-form", box, form::submit, form.busyProperty(), form.formErrorProperty(),
                form.savedProperty(), vm::submitted);
    }

    private void actionDialog(ProposalActionViewModel a) {
        Proposal p = a.proposal();
        Label what = new Label(p.number() + "  " + p.title());
        what.setId("proposals-action-subject");
        VBox box = new VBox(8, what);
        if (a.needsScore()) {
            TextField score = new TextField();
            score.textProperty().bindBidirectional(a.scoreProperty());
            box.getChildren().add(field("proposals.field.score", "proposals-action-score", score, null));
        }
        if (a.needsText()) {
            TextArea text = new TextArea();
            text.setWrapText(true);
            text.setPrefRowCount(3);
            text.textProperty().bindBidirectional(a.textProperty());
            box.getChildren().add(field(a.action() == Action.REJECT ? "proposals.field.reason"
                    : "proposals.field.comment", "proposals-action-text", text, null));
        }
        if (a.needsAmount()) {
            TextField amount = new TextField();
            amount.textProperty().bindBidirectional(a.amountProperty());
            box.getChildren().add(field("proposals.field.reward", "proposals-action-amount", amount, null));
        }
        if (a.needsDate()) {
            DatePicker date = new DatePicker();
            date.setConverter(new IsoDateConverter());
            date.valueProperty().bindBidirectional(a.dateProperty());
            box.getChildren().add(field("proposals.field.implementedOn", "proposals-action-date", date, null));
        }
        if (a.needsHazards()) {
            TextField hazards = new TextField();
            hazards.setPromptText(m.get("proposals.field.hazards.prompt"));
            hazards.textProperty().bindBidirectional(a.hazardsProperty());
            box.getChildren().add(field("proposals.field.hazards", "proposals-action-hazards", hazards, null));
        }
        box.getChildren().add(FormStatus.row("proposals-action-busy", a.busyProperty(),
                FormStatus.error("proposals-action-error", a.errorProperty())));
        open(a.action().labelKey(), "proposals-action", box, a::submit, a.busyProperty(), a.errorProperty(),
                a.doneProperty(), vm::changed);
    }

    private <T> void open(String titleKey, String id, Node content, Runnable submit,
                          javafx.beans.property.ReadOnlyBooleanProperty busy, ReadOnlyStringProperty error,
                          javafx.beans.property.ReadOnlyObjectProperty<T> result, Consumer<T> done) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(m.get(titleKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id + "-dialog");
        dialog.getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM);
        ButtonType ok = new ButtonType(m.get("proposals.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("proposals.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = DialogButtons.actionButton(dialog, ok, id + "-ok", submit);
        okButton.disableProperty().bind(busy);
        DialogButtons.button(dialog, cancel, id + "-cancel");
        dialog.getDialogPane().setContent(content);
        DialogFit.refitOn(dialog, error);
        dialog.setResultConverter(b -> b == ok ? result.get() : null);
        result.addListener((o, was, now) -> {
            if (now != null) {
                dialog.setResult(now);
                dialog.close();
            }
        });
        dialog.initOwner(getScene().getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                done.accept(dialog.getResult());
            }
        });
        dialog.show();
    }

    private FormField field(String labelKey, String id, Control control, ReadOnlyStringProperty error) {
        control.setAccessibleText(m.get(labelKey));
        return new FormField(m.get(labelKey), control, id,
                error == null ? new javafx.beans.property.SimpleStringProperty("") : error);
    }

    private Button button(String id, String key) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        return b;
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return c;
    }
}
