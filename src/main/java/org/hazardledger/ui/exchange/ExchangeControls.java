package org.hazardledger.ui.exchange;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.Styles;

/** The controls every section of the 数据交换 page is built from, in the page's words and styles. */
final class ExchangeControls {

    private final Messages m;
    private final Supplier<Window> window;
    private final ReadOnlyBooleanProperty busy;

    /** {@code window} owns the dialogs; {@code busy} is true while key or bundle work runs. */
    ExchangeControls(Messages m, Supplier<Window> window, ReadOnlyBooleanProperty busy) {
        this.m = m;
        this.window = window;
        this.busy = busy;
    }

    Messages messages() {
        return m;
    }

    Window window() {
        return window.get();
    }

    ReadOnlyBooleanProperty busy() {
        return busy;
    }

    VBox section(String id, Node... children) {
        VBox box = new VBox(8, children);
        box.setId(id);
        box.getStyleClass().add("exchange-section");
        return box;
    }

    Label heading(String id, String key) {
        Label l = new Label(m.get(key));
        l.setId(id);
        l.getStyleClass().add("exchange-section-title");
        return l;
    }

    Label caption(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    Label value(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    Label message(String id, ObservableValue<String> text) {
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

    Button button(String id, String key, String helpKey) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setAccessibleText(m.get(key));
        b.setAccessibleHelp(m.get(helpKey));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A table of the page: its id, its name for screen readers, what it says while empty. */
    <R> TableView<R> table(String id, String nameKey, String noneKey, double height, ObservableList<R> rows) {
        TableView<R> table = new TableView<>(rows);
        table.setId(id);
        table.setAccessibleText(m.get(nameKey));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get(noneKey)));
        table.setPrefHeight(height);
        return table;
    }

    /** A read-only path (a folder or a file) with the button that chooses it. */
    HBox chosenPath(String labelKey, ObservableValue<String> path, String id, ObservableStringValue error,
            Button choose, Runnable chooser) {
        choose.setOnAction(e -> chooser.run());
        TextField text = new TextField();
        text.setEditable(false);
        text.textProperty().bind(path);
        FormField field = new FormField(m.get(labelKey), text, id, error);
        HBox row = new HBox(8, field, choose);
        row.setAlignment(Pos.BOTTOM_LEFT);
        row.setPadding(new Insets(0));
        row.setMaxWidth(720);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }

    <R> TableColumn<R, String> column(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(m.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** The 密钥口令 field of a section. */
    FormField passphrase(PasswordField field, String id, ObservableStringValue error) {
        FormField passphraseField = new FormField(m.get("exchange.passphrase"), field, id, error);
        passphraseField.setMaxWidth(360);
        return passphraseField;
    }

    /** Hands the typed passphrase over as an array and empties the field once work has started with it. */
    void withPassphrase(PasswordField field, Consumer<char[]> action) {
        char[] typed = field.getText().toCharArray();
        action.accept(typed);
        if (busy.get()) {
            field.clear();
        }
    }

    void askPassphrase(PassphraseViewModel dialogVm, Consumer<char[]> then) {
        PassphraseDialog.ask(window(), dialogVm, m).ifPresent(then);
    }
}
