package org.hazardledger.ui.settings;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.hazardledger.ui.FormField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 设置 page: verifying the audit trail, the union's reply period and which database this desk
 * uses. The sections scroll when the window is short.
 */
public final class SettingsView extends ScrollPane {

    public static final String CSS = Styles.css("settings/settings.css");
    static final String SECTION = "settings-section";
    static final String SECTION_TITLE = "settings-section-title";
    static final String INTACT = "audit-intact";
    static final String BROKEN = "audit-broken";

    private final SettingsViewModel vm;
    private final ReplyClockSettingViewModel reply;
    private final DatabaseSettingViewModel database;

    public SettingsView(WorkbenchServices services) {
        Messages m = services.messages();
        this.vm = new SettingsViewModel(services.audit(), m, services.tasks());
        this.reply = new ReplyClockSettingViewModel(services.union(), m, services.tasks());
        this.database = new DatabaseSettingViewModel(services.desk(), services.session(), m, services.tasks());
        setId("settings-view");
        setFitToWidth(true);
        getStyleClass().add("settings-scroll");
        Label title = new Label(m.get("nav.settings"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        VBox page = new VBox(title, auditSection(m), replySection(m), new DatabaseSection(database, m));
        page.getStyleClass().add("settings-view");
        setContent(page);
        reply.load();
        database.load();
    }

    /** 工会整改建议的答复期限: how many working days the enterprise has to answer a union proposal. */
    private VBox replySection(Messages m) {
        Label heading = new Label(m.get("settings.reply.title"));
        heading.getStyleClass().add(SECTION_TITLE);
        Label hint = new Label(m.get("settings.reply.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        TextField days = new TextField();
        days.setPrefColumnCount(4);
        days.textProperty().bindBidirectional(reply.daysProperty());
        days.setOnAction(e -> reply.save());
        FormField field = new FormField(m.get("settings.reply.days"), days, "settings-reply-days",
                reply.errorProperty());
        Button save = new Button(m.get("settings.reply.save"));
        save.setId("settings-reply-save");
        save.setAccessibleText(m.get("settings.reply.save"));
        save.disableProperty().bind(reply.busyProperty());
        save.setOnAction(e -> reply.save());
        Label saved = new Label();
        saved.setId("settings-reply-saved");
        saved.getStyleClass().add(Styles.MUTED);
        saved.textProperty().bind(reply.savedProperty());
        HBox row = new HBox(10, field, save, saved);
        row.setAlignment(Pos.BOTTOM_LEFT);
        VBox section = new VBox(heading, hint, row);
        section.setId("settings-reply");
        section.getStyleClass().add(SECTION);
        return section;
    }

    public SettingsViewModel viewModel() {
        return vm;
    }

    private VBox auditSection(Messages m) {
        Label heading = new Label(m.get("settings.audit.title"));
        heading.getStyleClass().add(SECTION_TITLE);
        Label hint = new Label(m.get("settings.audit.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);

        Button verify = new Button(m.get("settings.audit.verify"));
        verify.setId("settings-verify-audit");
        verify.getStyleClass().add(Styles.PRIMARY);
        verify.setAccessibleText(m.get("settings.audit.verify"));
        verify.setAccessibleHelp(m.get("settings.audit.verify.help"));
        verify.disableProperty().bind(vm.runningProperty());
        verify.setOnAction(e -> vm.verifyAudit());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("settings-audit-progress");
        busy.setAccessibleText(m.get("settings.audit.progress"));
        busy.setPrefSize(22, 22);
        busy.progressProperty().bind(vm.progressProperty());
        showWhileRunning(busy);

        Button cancel = new Button(m.get("settings.audit.cancel"));
        cancel.setId("settings-audit-cancel");
        cancel.setAccessibleText(m.get("settings.audit.cancel"));
        cancel.setOnAction(e -> vm.cancelAudit());
        showWhileRunning(cancel);

        HBox actions = new HBox(10, verify, busy, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("settings-audit-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultTextProperty());
        result.accessibleTextProperty().bind(vm.resultTextProperty());
        vm.outcomeProperty().addListener((o, was, now) -> colour(result, now));

        VBox section = new VBox(heading, hint, actions, result);
        section.setId("settings-audit");
        section.getStyleClass().add(SECTION);
        return section;
    }

    private void showWhileRunning(Node node) {
        node.visibleProperty().bind(vm.runningProperty());
        node.managedProperty().bind(vm.runningProperty());
    }

    private static void colour(Label result, SettingsViewModel.AuditOutcome outcome) {
        result.getStyleClass().removeAll(List.of(INTACT, BROKEN, Styles.MUTED));
        result.getStyleClass().add(switch (outcome) {
            case INTACT -> INTACT;
            case BROKEN, FAILED -> BROKEN;
            case NOT_RUN, RUNNING, CANCELLED -> Styles.MUTED;
        });
    }
}
