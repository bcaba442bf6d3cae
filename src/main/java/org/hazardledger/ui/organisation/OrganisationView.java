package org.hazardledger.ui.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The 组织机构 page: the unit tree on the left; the unit's editor, people and union body on the right. */
public final class OrganisationView extends BorderPane {

    public static final String CSS = Styles.css("organisation/organisation.css");
    static final String RETIRED = "org-retired";
    static final String SECTION = "org-section";

    private final OrganisationViewModel vm;
    private final Messages m;
    private final TreeView<UnitRow> tree = new TreeView<>();
    private final TableView<PersonRow> table = new TableView<>();
    private boolean rebuilding;

    public OrganisationView(WorkbenchServices services) {
        this.m = services.messages();
        this.vm = new OrganisationViewModel(services.organisation(), m, services.tasks(), services.dialogs());
        setId("organisation-view");
        getStyleClass().add("organisation-view");
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        Label title = new Label(m.get("nav.organisation"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        setTop(title);
        SplitPane split = new SplitPane(treePane(), detailPane());
        split.setDividerPositions(0.35);
        setCenter(split);
    }

    /** Reads the organisation; called once the page is shown. */
    public void start() {
        vm.load();
    }

    public OrganisationViewModel viewModel() {
        return vm;
    }

    // the tree -----------------------------------------------------------------------------------

    private VBox treePane() {
        tree.setId("org-tree");
        tree.setShowRoot(false);
        tree.setAccessibleText(m.get("nav.organisation"));
        tree.setCellFactory(t -> new UnitCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding && now != null && now.getValue() != vm.selectedUnitProperty().get()) {
                vm.select(now.getValue());
            }
        });
        vm.units().addListener((javafx.collections.ListChangeListener<UnitRow>) c -> rebuildTree());
        vm.selectedUnitProperty().addListener((o, was, now) -> selectInTree(now));
        VBox.setVgrow(tree, Priority.ALWAYS);

        CheckBox showRetired = new CheckBox(m.get("org.showRetired"));
        showRetired.setId("org-show-retired");
        showRetired.setAccessibleText(m.get("org.showRetired"));
        showRetired.selectedProperty().bindBidirectional(vm.showRetiredProperty());

        var selected = vm.selectedUnitProperty();
        Button addPlant = button("org-add-plant", "org.unit.addPlant", vm::startAddPlant);
        Button addChild = button("org-add-child", "org.unit.addChild", vm::startAddChild);
        addChild.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().retired() || selected.get().unit().tier() == Tier.POST, selected));
        Button rename = button("org-rename", "org.unit.rename", vm::startRename);
        rename.disableProperty().bind(selected.isNull());
        Button move = button("org-move", "org.unit.move", vm::startMove);
        move.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().retired() || selected.get().unit().tier() == Tier.PLANT, selected));
        Button retire = button("org-retire", "org.unit.retire", vm::retireUnit);
        retire.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().retired(), selected));
        Button reinstate = button("org-reinstate", "org.unit.reinstate", vm::reinstateUnit);
        reinstate.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().retired(), selected));
        FlowPane actions = new FlowPane(6, 6, addPlant, addChild, rename, move, retire, reinstate);
        VBox box = new VBox(8, actions, showRetired, tree);
        if (!vm.canEdit()) {
            // Read only for this user: say why once, rather than refuse each change on save.
            actions.setDisable(true);
            Label readOnly = new Label(m.get("org.readOnly"));
            readOnly.setId("org-read-only");
            readOnly.getStyleClass().add(Styles.MUTED);
            readOnly.setWrapText(true);
            box.getChildren().add(1, readOnly);
        }
        box.setPadding(new Insets(8));
        return box;
    }

    private void rebuildTree() {
        rebuilding = true;
        try {
            TreeItem<UnitRow> root = new TreeItem<>();
            Map<UUID, TreeItem<UnitRow>> items = new HashMap<>();
            for (UnitRow r : vm.units()) {
                TreeItem<UnitRow> item = new TreeItem<>(r);
                item.setExpanded(true);
                items.put(r.id(), item);
                TreeItem<UnitRow> parent = r.unit().parentId() == null ? root : items.get(r.unit().parentId());
                (parent == null ? root : parent).getChildren().add(item);
            }
            tree.setRoot(root);
        } finally {
            rebuilding = false;
        }
        selectInTree(vm.selectedUnitProperty().get());
    }

    private void selectInTree(UnitRow row) {
        if (row == null || tree.getRoot() == null) {
            return;
        }
        find(tree.getRoot(), row.id()).ifPresent(item -> {
            if (tree.getSelectionModel().getSelectedItem() != item) {
                rebuilding = true;
                tree.getSelectionModel().select(item);
                rebuilding = false;
            }
        });
    }

    private static java.util.Optional<TreeItem<UnitRow>> find(TreeItem<UnitRow> item, UUID id) {
        if (item.getValue() != null && item.getValue().id().equals(id)) {
            return java.util.Optional.of(item);
        }
        for (TreeItem<UnitRow> c : item.getChildren()) {
            var hit = find(c, id);
            if (hit.isPresent()) {
                return hit;
            }
        }
        return java.util.Optional.empty();
    }

    /** A unit with its tier; a retired one greyed and marked. */
    private final class UnitCell extends TreeCell<UnitRow> {
        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(RETIRED);
            if (empty || row == null) {
                setText(null);
                return;
            }
            String text = row.unit().name() + "  [" + m.get("tier.short." + row.unit().tier().name()) + "]";
            setText(row.retired() ? m.get("org.retired", text) : text);
            if (row.retired()) {
                getStyleClass().add(RETIRED);
            }
        }
    }

    // the detail side ----------------------------------------------------------------------------

    private VBox detailPane() {
        VBox box = new VBox(12, unitEditor(), peopleSection(), personEditor(), unionSection());
        box.setPadding(new Insets(8));
        return box;
    }

    private VBox unitEditor() {
        UnitForm f = vm.unitForm();
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> switch (f.modeProperty().get()) {
            case ADD_PLANT -> m.get("org.unit.addPlant");
            case ADD_CHILD -> m.get("org.unit.addChild");
            case RENAME -> m.get("org.unit.rename");
            case MOVE -> m.get("org.unit.move");
            case NONE -> "";
        }, f.modeProperty()));
        heading.getStyleClass().add("org-section-title");

        TextField code = new TextField();
        code.textProperty().bindBidirectional(f.codeProperty());
        FormField codeField = new FormField(m.get("org.unit.code"), code, "org-unit-code", f.errorProperty("code"));
        TextField name = new TextField();
        name.textProperty().bindBidirectional(f.nameProperty());
        FormField nameField = new FormField(m.get("org.unit.name"), name, "org-unit-name", f.errorProperty("name"));
        ComboBox<UnitRow> parent = new ComboBox<>(f.parentChoices());
        parent.valueProperty().bindBidirectional(f.parentProperty());
        parent.setCellFactory(l -> pathCell());
        parent.setButtonCell(pathCell());
        FormField parentField = new FormField(m.get("org.unit.newParent"), parent, "org-unit-parent",
                f.errorProperty("parent"));
        Label tierError = FormStatus.error("org-unit-tier-error", f.errorProperty("tier"));
        Label formError = FormStatus.error("org-unit-form-error", f.formErrorProperty());

        var mode = f.modeProperty();
        showWhen(codeField, Bindings.createBooleanBinding(() -> mode.get() == UnitForm.Mode.ADD_PLANT
                || mode.get() == UnitForm.Mode.ADD_CHILD, mode));
        showWhen(nameField, Bindings.createBooleanBinding(() -> mode.get() != UnitForm.Mode.MOVE, mode));
        showWhen(parentField, mode.isEqualTo(UnitForm.Mode.MOVE));

        Button save = button("org-unit-save", "org.save", vm::saveUnit);
        save.getStyleClass().add(Styles.PRIMARY);
        save.disableProperty().bind(vm.busyProperty());
        Button cancel = button("org-unit-cancel", "org.cancel", vm::cancelUnit);
        VBox box = new VBox(6, heading, codeField, nameField, parentField, tierError, formError,
                new HBox(8, save, cancel));
        box.setId("org-unit-editor");
        box.getStyleClass().add(SECTION);
        showWhen(box, mode.isNotEqualTo(UnitForm.Mode.NONE));
        return box;
    }

    private VBox peopleSection() {
        Label heading = new Label(m.get("org.people.title"));
        heading.getStyleClass().add("org-section-title");
        table.setId("org-people");
        table.setAccessibleText(m.get("org.people.title"));
        table.setPlaceholder(new Label(m.get("org.people.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("org-col-name", "org.col.name", PersonRow::name));
        table.getColumns().add(column("org-col-number", "org.col.number", PersonRow::employeeNo));
        table.getColumns().add(column("org-col-role", "org.col.role", PersonRow::role));
        table.getColumns().add(column("org-col-union", "org.col.union", PersonRow::unionMember));
        table.getColumns().add(column("org-col-certificate", "org.col.certificate", PersonRow::certificate));
        table.setItems(vm.people());
        table.setPrefHeight(220);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PersonRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(RETIRED);
                if (!empty && row != null && row.retired()) {
                    getStyleClass().add(RETIRED);
                }
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.canEdit()) {
                vm.startEditPerson(table.getSelectionModel().getSelectedItem());
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        Button add = button("org-person-add", "org.person.add", vm::startAddPerson);
        add.disableProperty().bind(vm.selectedUnitProperty().isNull());
        Button edit = button("org-person-edit", "org.person.edit", () -> vm.startEditPerson(selected.get()));
        edit.disableProperty().bind(selected.isNull());
        Button retire = button("org-person-retire", "org.person.retire", () -> vm.retirePerson(selected.get()));
        retire.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().retired(), selected));
        Button reinstate = button("org-person-reinstate", "org.person.reinstate",
                () -> vm.reinstatePerson(selected.get()));
        reinstate.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().retired(), selected));
        FlowPane personActions = new FlowPane(6, 6, add, edit, retire, reinstate);
        personActions.setDisable(!vm.canEdit());
        VBox box = new VBox(6, heading, personActions, table);
        box.getStyleClass().add(SECTION);
        return box;
    }

    private VBox personEditor() {
        PersonForm f = vm.personForm();
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(f.modeProperty().isEqualTo(PersonForm.Mode.ADD))
                .then(m.get("org.person.add")).otherwise(m.get("org.person.edit")));
        heading.getStyleClass().add("org-section-title");
        TextField name = text(f.nameProperty());
        TextField number = text(f.employeeNoProperty());
        ComboBox<org.hazardledger.ui.UnitOption> unit = new ComboBox<>(f.unitChoices());
        unit.valueProperty().bindBidirectional(f.unitProperty());
        ComboBox<Role> role = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Role.values()));
        role.valueProperty().bindBidirectional(f.roleProperty());
        role.setCellFactory(l -> roleCell());
        role.setButtonCell(roleCell());
        CheckBox member = new CheckBox(m.get("org.person.unionMember"));
        member.setId("org-person-union");
        member.setAccessibleText(m.get("org.person.unionMember"));
        member.selectedProperty().bindBidirectional(f.unionMemberProperty());
        TextField certificate = text(f.certificateNoProperty());
        TextField appointedBy = text(f.appointedByProperty());
        FormField certificateField = new FormField(m.get("org.person.certificate"), certificate,
                "org-person-certificate", f.errorProperty("certificateNo"));
        FormField appointedField = new FormField(m.get("org.person.appointedBy"), appointedBy,
                "org-person-appointed-by", f.errorProperty("appointedBy"));
        // Only a 群监员 carries a certificate from the higher union.
        showWhen(certificateField, f.roleProperty().isEqualTo(Role.LABOUR_INSPECTOR));
        showWhen(appointedField, f.roleProperty().isEqualTo(Role.LABOUR_INSPECTOR));

        Button save = button("org-person-save", "org.save", vm::savePerson);
        save.getStyleClass().add(Styles.PRIMARY);
        save.disableProperty().bind(vm.busyProperty());
        Button cancel = button("org-person-cancel", "org.cancel", vm::cancelPerson);
        VBox box = new VBox(6, heading,
                new FormField(m.get("org.col.name"), name, "org-person-name", f.errorProperty("name")),
                new FormField(m.get("org.col.number"), number, "org-person-number", f.errorProperty("employeeNo")),
                new FormField(m.get("org.person.unit"), unit, "org-person-unit", f.errorProperty("unit")),
                new FormField(m.get("org.col.role"), role, "org-person-role", f.errorProperty("role")),
                member, certificateField, appointedField,
                FormStatus.error("org-person-form-error", f.formErrorProperty()), new HBox(8, save, cancel));
        box.setId("org-person-editor");
        box.getStyleClass().add(SECTION);
        showWhen(box, f.modeProperty().isNotEqualTo(PersonForm.Mode.NONE));
        return box;
    }

    private VBox unionSection() {
        Label heading = new Label();
        heading.setId("org-union-title");
        heading.getStyleClass().add("org-section-title");
        heading.textProperty().bind(vm.unionTitleProperty());
        Label leader = new Label();
        leader.setId("org-union-leader");
        leader.textProperty().bind(Bindings.concat(m.get("org.union.leader"), vm.unionLeaderProperty()));
        Label members = new Label();
        members.setId("org-union-members");
        members.setWrapText(true);
        members.textProperty().bind(Bindings.concat(m.get("org.union.members"), vm.unionMembersProperty()));
        VBox box = new VBox(6, heading, leader, members);
        box.setId("org-union");
        box.getStyleClass().add(SECTION);
        showWhen(box, vm.unionTitleProperty().isNotEmpty());
        return box;
    }

    // small builders -----------------------------------------------------------------------------

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TextField text(javafx.beans.property.StringProperty property) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(property);
        return t;
    }

    private static void showWhen(javafx.scene.Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    private TableColumn<PersonRow, String> column(String id, String key, Function<PersonRow, String> value) {
        TableColumn<PersonRow, String> c = new TableColumn<>(m.get(key));
        c.setId(id);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }

    private static ListCell<UnitRow> pathCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(UnitRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.path());
            }
        };
    }

    private ListCell<Role> roleCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role role, boolean empty) {
                super.updateItem(role, empty);
                setText(empty || role == null ? null : m.label(role));
            }
        };
    }
}
