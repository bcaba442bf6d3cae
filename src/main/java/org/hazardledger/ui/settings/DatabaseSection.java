package org.hazardledger.ui.settings;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.Styles;

/**
 * 数据库: the embedded ledger or a PostgreSQL server (address, user; a password only for the test),
 * 测试连接 and 保存. Only an administrator changes it; others see which store the desk uses.
 */
final class DatabaseSection extends VBox {

    static final String SUCCESS = "db-status-success";
    static final String FAILURE = "db-status-failure";

    DatabaseSection(DatabaseSettingViewModel vm, Messages m) {
        setId("settings-database");
        getStyleClass().add(SettingsView.SECTION);
        Label heading = new Label(m.get("settings.db.title"));
        heading.getStyleClass().add(SettingsView.SECTION_TITLE);
        Label hint = wrapped(m.get("settings.db.hint"), Styles.MUTED);
        Label current = wrapped(vm.currentLocation());
        current.setId("settings-db-current");

        BooleanBinding locked = vm.mayChangeProperty().not();
        ToggleGroup kind = new ToggleGroup();
        RadioButton embedded = radio(m.get("settings.db.embedded"), "settings-db-embedded", kind);
        RadioButton server = radio(m.get("settings.db.server"), "settings-db-server", kind);
        embedded.setSelected(!vm.onServerProperty().get());
        server.setSelected(vm.onServerProperty().get());
        vm.onServerProperty().addListener((o, was, now) -> (now ? server : embedded).setSelected(true));
        server.selectedProperty().addListener((o, was, now) -> vm.onServerProperty().set(now));
        embedded.disableProperty().bind(locked.or(vm.busyProperty()));
        server.disableProperty().bind(locked.or(vm.busyProperty()));

        BooleanBinding serverOff = vm.onServerProperty().not().or(locked).or(vm.busyProperty());
        TextField url = new TextField();
        url.setPromptText(m.get("settings.db.url.prompt"));
        url.setPrefColumnCount(34);
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.disableProperty().bind(serverOff);
        TextField user = new TextField();
        user.setPrefColumnCount(14);
        user.textProperty().bindBidirectional(vm.userProperty());
        user.disableProperty().bind(serverOff);
        PasswordField password = new PasswordField();
        password.setPrefColumnCount(14);
        password.setPromptText(m.get("settings.db.password.prompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.disableProperty().bind(serverOff);
        password.setOnAction(e -> vm.testConnection());
        FormField urlField = new FormField(m.get("settings.db.url"), url, "settings-db-url", vm.urlErrorProperty());
        FormField userField = new FormField(m.get("settings.db.user"), user, "settings-db-user",
                vm.userErrorProperty());
        FormField passwordField = new FormField(m.get("settings.db.password"), password, "settings-db-password",
                new javafx.beans.property.SimpleStringProperty(""));
        password.setAccessibleHelp(m.get("settings.db.password.prompt"));
        HBox credentials = new HBox(12, userField, passwordField);

        Button test = new Button(m.get("settings.db.test"));
        test.setId("settings-db-test");
        test.setAccessibleText(m.get("settings.db.test"));
        test.setAccessibleHelp(m.get("settings.db.test.help"));
        test.disableProperty().bind(serverOff);
        test.setOnAction(e -> vm.testConnection());
        Button save = new Button(m.get("settings.db.save"));
        save.setId("settings-db-save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.setAccessibleText(m.get("settings.db.save"));
        save.setAccessibleHelp(m.get("settings.db.save.help"));
        save.disableProperty().bind(locked.or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        HBox actions = new HBox(10, test, save);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = wrapped("");
        status.setId("settings-db-status");
        status.textProperty().bind(vm.statusTextProperty());
        status.accessibleTextProperty().bind(vm.statusTextProperty());
        vm.statusProperty().addListener((o, was, now) -> colour(status, now));
        Label adminOnly = wrapped(m.get("settings.db.adminOnly"), Styles.MUTED);
        adminOnly.setId("settings-db-admin-only");
        adminOnly.visibleProperty().bind(locked);
        adminOnly.managedProperty().bind(locked);

        getChildren().addAll(heading, hint, current, adminOnly, embedded, server, urlField, credentials, actions,
                FormStatus.row("settings-db-busy", vm.busyProperty(), status));
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setToggleGroup(group);
        return b;
    }

    private static Label wrapped(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    private static void colour(Label status, DatabaseSettingViewModel.Status now) {
        status.getStyleClass().removeAll(List.of(SUCCESS, FAILURE, Styles.MUTED));
        status.getStyleClass().add(switch (now) {
            case SUCCESS -> SUCCESS;
            case FAILURE -> FAILURE;
            case NONE, WORKING -> Styles.MUTED;
        });
    }
}
