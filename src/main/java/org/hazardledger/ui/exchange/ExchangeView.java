package org.hazardledger.ui.exchange;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
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
    private final Messages m;

    public ExchangeView(WorkbenchServices services) {
        this(new ExchangeViewModel(services), services.messages());
    }

    ExchangeView(ExchangeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setId("page-exchange");
        getStyleClass().add("exchange-scroll");
        setFitToWidth(true);
        getStylesheets().add(CSS);

        Label title = new Label(m.get("exchange.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label loadError = FormStatus.error("exchange-load-error", vm.loadErrorProperty());

        VBox page = new VBox(12, title, loadError, progressRow(), ownKey(), new Separator(), otherKeys(),
                new Separator(), export(), new Separator(), importing(), new Separator(), logAndConflicts());
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

    private Node progressRow() {
        ProgressBar bar = new ProgressBar();
        bar.setId("exchange-progress");
        bar.setPrefWidth(240);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("exchange-status");
        status.textProperty().bind(vm.statusProperty());
        Button cancel = button("exchange-cancel", "exchange.cancel", "exchange.cancel.help");
        cancel.setOnAction(e -> vm.cancel());
        HBox row = new HBox(10, bar, cancel, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.busyProperty().or(vm.statusProperty().isNotEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        cancel.visibleProperty().bind(vm.busyProperty());
        return row;
    }

    // ------------------------------------------------------------------ 本机密钥

    private Node ownKey() {
        Label heading = heading("exchange-own-key-title", "exchange.ownKey");
        Label loading = new Label();
        loading.setId("exchange-own-key-loading");
        loading.setWrapText(true);
        loading.getStyleClass().add(Styles.MUTED);
        loading.textProperty().bind(vm.keysStatusProperty());
        loading.visibleProperty().bind(vm.keysLoadedProperty().not());
        loading.managedProperty().bind(loading.visibleProperty());

        Label none = new Label(m.get("exchange.ownKey.none"));
        none.setId("exchange-own-key-none");
        none.setWrapText(true);
        Button create = button("exchange-create-key", "exchange.key.create", "exchange.key.create.help");
        create.getStyleClass().add(Styles.PRIMARY);
        create.disableProperty().bind(vm.busyProperty());
        create.setOnAction(e -> askPassphrase(PassphraseViewModel.forNewKey(m), vm::createKey));
        VBox noKey = new VBox(8, none, create);
        noKey.visibleProperty().bind(vm.keysLoadedProperty().and(vm.hasOwnKeyProperty().not()));
        noKey.managedProperty().bind(noKey.visibleProperty());

        GridPane details = new GridPane();
        details.setHgap(12);
        details.setVgap(6);
        details.addRow(0, caption("exchange.key.name"), value("exchange-own-name", vm.ownNameProperty()));
        details.addRow(1, caption("exchange.key.role"), value("exchange-own-role", vm.ownRoleProperty()));
        TextField fingerprint = new TextField();
        fingerprint.setId("exchange-own-fingerprint");
        fingerprint.setEditable(false);
        fingerprint.getStyleClass().add("exchange-fingerprint");
        fingerprint.setAccessibleText(m.get("exchange.key.fingerprint"));
        fingerprint.textProperty().bind(vm.ownFingerprintProperty());
        fingerprint.setPrefColumnCount(50);
        details.addRow(2, caption("exchange.key.fingerprint"), fingerprint);
        details.addRow(3, caption("exchange.key.createdOn"), value("exchange-own-created", vm.ownCreatedProperty()));
        Button exportPublic = button("exchange-export-public", "exchange.key.exportPublic",
                "exchange.key.exportPublic.help");
        exportPublic.disableProperty().bind(vm.busyProperty());
        exportPublic.setOnAction(e -> vm.exportPublicKey());
        Button rotate = button("exchange-rotate-key", "exchange.key.rotate", "exchange.key.rotate.help");
        rotate.disableProperty().bind(vm.busyProperty());
        rotate.setOnAction(e -> {
            if (vm.confirmRotation()) {
                askPassphrase(PassphraseViewModel.forRotation(m), vm::rotateKey);
            }
        });
        VBox withKey = new VBox(8, details, new HBox(8, exportPublic, rotate));
        withKey.visibleProperty().bind(vm.hasOwnKeyProperty());
        withKey.managedProperty().bind(withKey.visibleProperty());

        VBox box = section("exchange-own-key", heading, loading, noKey, withKey, keyMessages());
        return box;
    }

    private Node keyMessages() {
        Label message = message("exchange-key-message", vm.keyMessageProperty());
        Label error = FormStatus.error("exchange-key-error", vm.keyErrorProperty());
        return new VBox(4, message, error);
    }

    private void askPassphrase(PassphraseViewModel dialogVm, java.util.function.Consumer<char[]> then) {
        PassphraseDialog.ask(window(), dialogVm, m).ifPresent(then);
    }

    // ------------------------------------------------------------------ 对方密钥

    private Node otherKeys() {
        Label heading = heading("exchange-other-keys-title", "exchange.otherKeys");
        TableView<ExchangeViewModel.KeyRow> table = new TableView<>(vm.otherKeys());
        table.setId("exchange-keys");
        table.setAccessibleText(m.get("exchange.otherKeys"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("exchange.otherKeys.none")));
        table.setPrefHeight(150);
        table.getColumns().add(column("exchange.key.name", 160, ExchangeViewModel.KeyRow::name));
        table.getColumns().add(column("exchange.key.role", 80, ExchangeViewModel.KeyRow::role));
        TableColumn<ExchangeViewModel.KeyRow, String> fp = column("exchange.key.fingerprint", 420,
                ExchangeViewModel.KeyRow::fingerprint);
        fp.getStyleClass().add("exchange-fingerprint-small");
        table.getColumns().add(fp);
        table.getColumns().add(column("exchange.key.trust", 80, ExchangeViewModel.KeyRow::trust));
        table.getColumns().add(column("exchange.key.retired", 120, ExchangeViewModel.KeyRow::retired));

        Button importPublic = button("exchange-import-public", "exchange.key.importPublic",
                "exchange.key.importPublic.help");
        importPublic.disableProperty().bind(vm.busyProperty());
        importPublic.setOnAction(e -> vm.importPublicKey());
        Button trust = button("exchange-trust", "exchange.key.trustAction", "exchange.key.trustAction.help");
        trust.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ExchangeViewModel.KeyRow row = table.getSelectionModel().getSelectedItem();
            return row == null || row.entry().isTrusted() || row.entry().isRetired();
        }, table.getSelectionModel().selectedItemProperty()));
        trust.setOnAction(e -> {
            ExchangeViewModel.KeyRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                TrustViewModel dialogVm = vm.trustDialog(row);
                if (TrustDialog.ask(window(), dialogVm, m)) {
                    vm.trust(dialogVm);
                }
            }
        });
        return section("exchange-other-keys", heading, table, new HBox(8, importPublic, trust));
    }

    // ------------------------------------------------------------------ 导出

    private Node export() {
        Label heading = new Label();
        heading.setId("exchange-export-title");
        heading.getStyleClass().add("exchange-section-title");
        heading.textProperty().bind(Bindings.when(vm.federationProperty()).then(m.get("exchange.export.feedbackTitle"))
                .otherwise(m.get("exchange.export.title")));

        ChoiceBox<ExchangeViewModel.KeyRow> recipient = new ChoiceBox<>(vm.recipients());
        recipient.valueProperty().bindBidirectional(vm.recipientProperty());
        FormField recipientField = new FormField(m.get("exchange.export.recipient"), recipient, "exchange-recipient",
                vm.recipientErrorProperty());
        recipientField.setMaxWidth(560);

        ToggleGroup range = new ToggleGroup();
        RadioButton incremental = new RadioButton(m.get("exchange.export.incremental"));
        incremental.setId("exchange-incremental");
        incremental.setToggleGroup(range);
        RadioButton full = new RadioButton(m.get("exchange.export.full"));
        full.setId("exchange-full");
        full.setToggleGroup(range);
        full.setSelected(vm.fullProperty().get());
        incremental.setSelected(!vm.fullProperty().get());
        full.selectedProperty().addListener((o, was, now) -> vm.fullProperty().set(now));
        HBox rangeRow = new HBox(16, incremental, full);
        rangeRow.visibleProperty().bind(vm.federationProperty().not());
        rangeRow.managedProperty().bind(rangeRow.visibleProperty());

        TextField folder = new TextField();
        folder.setEditable(false);
        folder.textProperty().bind(vm.folderTextProperty());
        Button chooseFolder = button("exchange-choose-folder", "exchange.export.chooseFolder",
                "exchange.export.chooseFolder.help");
        chooseFolder.setOnAction(e -> vm.chooseFolder());
        HBox folderRow = fieldWithButton(new FormField(m.get("exchange.export.folder"), folder, "exchange-folder",
                vm.folderErrorProperty()), chooseFolder);

        PasswordField passphrase = new PasswordField();
        FormField passphraseField = new FormField(m.get("exchange.passphrase"), passphrase,
                "exchange-export-passphrase", vm.exportPassphraseErrorProperty());
        passphraseField.setMaxWidth(360);

        Button write = new Button();
        write.setId("exchange-export");
        write.textProperty().bind(Bindings.when(vm.federationProperty()).then(m.get("exchange.export.feedback"))
                .otherwise(m.get("exchange.export.records")));
        write.accessibleTextProperty().bind(write.textProperty());
        write.setAccessibleHelp(m.get("exchange.export.help"));
        write.getStyleClass().add(Styles.PRIMARY);
        write.disableProperty().bind(vm.busyProperty());
        write.setOnAction(e -> withPassphrase(passphrase, vm::export));
        Button ack = button("exchange-acknowledge", "exchange.ack", "exchange.ack.help");
        ack.disableProperty().bind(vm.busyProperty());
        ack.setOnAction(e -> withPassphrase(passphrase, vm::acknowledge));

        Label message = message("exchange-export-message", vm.exportMessageProperty());
        Label error = FormStatus.error("exchange-export-error", vm.exportErrorProperty());
        return section("exchange-export-section", heading, recipientField, rangeRow, folderRow, passphraseField,
                new HBox(8, write, ack), message, error);
    }

    // ------------------------------------------------------------------ 导入

    private Node importing() {
        Label heading = heading("exchange-import-title", "exchange.import.title");
        TextField file = new TextField();
        file.setEditable(false);
        file.textProperty().bind(vm.bundleFileTextProperty());
        Button chooseFile = button("exchange-choose-bundle", "exchange.import.chooseFile",
                "exchange.import.chooseFile.help");
        chooseFile.setOnAction(e -> vm.chooseBundle());
        HBox fileRow = fieldWithButton(new FormField(m.get("exchange.import.file"), file, "exchange-bundle-file",
                vm.bundleFileErrorProperty()), chooseFile);
        PasswordField passphrase = new PasswordField();
        FormField passphraseField = new FormField(m.get("exchange.passphrase"), passphrase,
                "exchange-import-passphrase", vm.importPassphraseErrorProperty());
        passphraseField.setMaxWidth(360);
        Button read = button("exchange-import", "exchange.import.action", "exchange.import.help");
        read.getStyleClass().add(Styles.PRIMARY);
        read.disableProperty().bind(vm.busyProperty());
        read.setOnAction(e -> withPassphrase(passphrase, vm::importBundle));
        Label message = message("exchange-import-message", vm.importMessageProperty());
        Label error = FormStatus.error("exchange-import-error", vm.importErrorProperty());
        return section("exchange-import-section", heading, fileRow, passphraseField, read, message, error);
    }

    /** Hands the typed passphrase over as an array and empties the field once work has started with it. */
    private void withPassphrase(PasswordField field, java.util.function.Consumer<char[]> action) {
        char[] typed = field.getText().toCharArray();
        action.accept(typed);
        if (vm.busyProperty().get()) {
            field.clear();
        }
    }

    // ------------------------------------------------------------------ 交换记录 / 冲突

    private Node logAndConflicts() {
        Label logHeading = heading("exchange-log-title", "exchange.log");
        TableView<ExchangeViewModel.LogRow> log = new TableView<>(vm.log());
        log.setId("exchange-log");
        log.setAccessibleText(m.get("exchange.log"));
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.setPlaceholder(new Label(m.get("exchange.log.none")));
        log.setPrefHeight(200);
        log.getColumns().add(column("exchange.log.when", 130, ExchangeViewModel.LogRow::when));
        log.getColumns().add(column("exchange.log.direction", 60, ExchangeViewModel.LogRow::direction));
        log.getColumns().add(column("exchange.log.kind", 80, ExchangeViewModel.LogRow::kind));
        log.getColumns().add(column("exchange.log.counterpart", 140, ExchangeViewModel.LogRow::counterpart));
        log.getColumns().add(column("exchange.log.records", 60, ExchangeViewModel.LogRow::records));
        log.getColumns().add(column("exchange.log.file", 240, ExchangeViewModel.LogRow::file));
        log.getColumns().add(column("exchange.log.acknowledged", 130, ExchangeViewModel.LogRow::acknowledged));

        Label conflictHeading = heading("exchange-conflicts-title", "exchange.conflicts");
        TableView<ExchangeViewModel.ConflictRow> conflicts = new TableView<>(vm.conflicts());
        conflicts.setId("exchange-conflicts");
        conflicts.setAccessibleText(m.get("exchange.conflicts"));
        conflicts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        conflicts.setPlaceholder(new Label(m.get("exchange.conflicts.none")));
        conflicts.setPrefHeight(140);
        conflicts.getColumns().add(column("exchange.conflict.type", 120, ExchangeViewModel.ConflictRow::type));
        conflicts.getColumns().add(column("exchange.conflict.record", 300, ExchangeViewModel.ConflictRow::record));
        conflicts.getColumns().add(column("exchange.conflict.revision", 60, ExchangeViewModel.ConflictRow::revision));
        conflicts.getColumns().add(column("exchange.conflict.detected", 130, ExchangeViewModel.ConflictRow::detected));
        Button resolve = button("exchange-resolve", "exchange.conflict.resolve", "exchange.conflict.resolve.help");
        resolve.disableProperty().bind(conflicts.getSelectionModel().selectedItemProperty().isNull());
        Runnable open = () -> {
            ExchangeViewModel.ConflictRow row = conflicts.getSelectionModel().getSelectedItem();
            if (row != null) {
                ConflictViewModel dialogVm = vm.conflictDialog(row);
                ConflictDialog.ask(window(), dialogVm, m).ifPresent(r -> vm.resolve(dialogVm.conflict(), r));
            }
        };
        resolve.setOnAction(e -> open.run());
        conflicts.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        Label error = FormStatus.error("exchange-conflict-error", vm.conflictErrorProperty());
        return new VBox(12, section("exchange-log-section", logHeading, log),
                section("exchange-conflicts-section", conflictHeading, conflicts, resolve, error));
    }

    // ------------------------------------------------------------------ helpers

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private VBox section(String id, Node... children) {
        VBox box = new VBox(8, children);
        box.setId(id);
        box.getStyleClass().add("exchange-section");
        return box;
    }

    private Label heading(String id, String key) {
        Label l = new Label(m.get(key));
        l.setId(id);
        l.getStyleClass().add("exchange-section-title");
        return l;
    }

    private Label caption(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    private Label value(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private Label message(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("exchange-message");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Button button(String id, String key, String helpKey) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        b.setAccessibleHelp(m.get(helpKey));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static HBox fieldWithButton(FormField field, Button button) {
        HBox row = new HBox(8, field, button);
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.setPadding(new Insets(0));
        row.setMaxWidth(720);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    private <R> TableColumn<R, String> column(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
