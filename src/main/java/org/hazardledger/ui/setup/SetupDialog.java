package org.hazardledger.ui.setup;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.Industry;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.DialogFit;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/** The first-start dialog: demo enterprise or an empty ledger; binds to {@link SetupViewModel}. */
public final class SetupDialog extends Dialog<Boolean> {

    public static final String CSS = Styles.css("setup/setup.css");

    public SetupDialog(SetupViewModel vm, Messages m) {
        setTitle(m.get("setup.title"));
        getDialogPane().setId("setup-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, CSS);

        ButtonType start = new ButtonType(m.get("setup.start"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(m.get("setup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(start, quit);
        Button startButton = DialogButtons.actionButton(this, start, "setup-start", vm::start);
        startButton.disableProperty().bind(vm.runningProperty());
        Button quitButton = DialogButtons.button(this, quit, "setup-quit");
        quitButton.disableProperty().bind(vm.runningProperty());
        // While it runs, Start is disabled and focus would fall on Quit, where a stray Space or
        // Enter closes the program: give focus back to Start when the run ends.
        vm.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                startButton.requestFocus();
            }
        });
        // While the demo loads, closing must go through Cancel so the rollback can finish.
        setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });

        getDialogPane().setContent(content(vm, m));
        DialogFit.refitOn(this, vm.runningProperty(), vm.statusProperty(), vm.errorProperty(),
                vm.nameErrorProperty(), vm.federationNameErrorProperty());
        setResultConverter(b -> vm.finishedProperty().get());
        vm.finishedProperty().addListener((o, was, done) -> {
            if (done) {
                setResult(Boolean.TRUE);
                close();
            }
        });
    }

    /** Shows the dialog; {@code onFinished} runs once the ledger has its enterprise, {@code onQuit} otherwise. */
    public static void open(Window owner, WorkbenchServices services, Runnable onFinished, Runnable onQuit) {
        SetupViewModel vm = new SetupViewModel(services.setup(), services.messages(), services.tasks());
        SetupDialog dialog = new SetupDialog(vm, services.messages());
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> (Boolean.TRUE.equals(dialog.getResult()) ? onFinished : onQuit).run());
        dialog.show();
    }

    private static VBox content(SetupViewModel vm, Messages m) {
        Label heading = new Label(m.get("setup.heading"));
        heading.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = wrapped(new Label(m.get("setup.intro")));

        ToggleGroup group = new ToggleGroup();
        RadioButton demo = radio(group, "setup-demo", m.get("setup.demo"), SetupViewModel.Mode.DEMO);
        Label demoHint = hint(m.get("setup.demo.hint"));
        RadioButton empty = radio(group, "setup-empty", m.get("setup.empty"), SetupViewModel.Mode.EMPTY);
        RadioButton federation = radio(group, "setup-federation", m.get("setup.federation"),
                SetupViewModel.Mode.FEDERATION);
        Label federationHint = hint(m.get("setup.federation.hint"));
        SetupViewModel.Mode initial = vm.modeProperty().get();
        group.selectToggle(initial == SetupViewModel.Mode.DEMO ? demo
                : initial == SetupViewModel.Mode.FEDERATION ? federation : empty);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.modeProperty().set((SetupViewModel.Mode) now.getUserData());
            }
        });

        TextField name = new TextField();
        name.setPromptText(m.get("setup.name.prompt"));
        name.textProperty().bindBidirectional(vm.enterpriseNameProperty());
        ComboBox<Choice<Industry>> industry = new ComboBox<>(vm.industries());
        industry.valueProperty().bindBidirectional(vm.industryProperty());
        FormField nameField = new FormField(m.get("setup.name"), name, "setup-name", vm.nameErrorProperty());
        FormField industryField = new FormField(m.get("setup.industry"), industry, "setup-industry",
                new javafx.beans.property.SimpleStringProperty(""));
        HBox.setHgrow(nameField, Priority.ALWAYS);
        HBox emptyFields = new HBox(12, nameField, industryField);
        emptyFields.getStyleClass().add("setup-empty-fields");
        emptyFields.disableProperty().bind(empty.selectedProperty().not().or(vm.runningProperty()));
        demo.disableProperty().bind(vm.runningProperty());
        empty.disableProperty().bind(vm.runningProperty());
        federation.disableProperty().bind(vm.runningProperty());
        TextField federationName = new TextField();
        federationName.setPromptText(m.get("setup.federation.name.prompt"));
        federationName.textProperty().bindBidirectional(vm.federationNameProperty());
        FormField federationField = new FormField(m.get("setup.federation.name"), federationName,
                "setup-federation-name", vm.federationNameErrorProperty());
        federationField.disableProperty().bind(federation.selectedProperty().not().or(vm.runningProperty()));

        ProgressBar bar = new ProgressBar();
        bar.setId("setup-progress");
        bar.setAccessibleText(m.get("setup.progress"));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(m.get("setup.cancel"));
        cancel.setId("setup-cancel");
        cancel.setAccessibleText(m.get("setup.cancel"));
        cancel.disableProperty().bind(vm.cancellingProperty());
        cancel.setOnAction(e -> vm.cancel());
        HBox progressRow = new HBox(8, bar, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(vm.runningProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());

        Label status = wrapped(new Label());
        status.setId("setup-status");
        status.textProperty().bind(vm.statusProperty());
        Label error = wrapped(new Label());
        error.setId("setup-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox box = new VBox(10, heading, intro, demo, demoHint, empty, emptyFields, federation, federationHint,
                federationField, progressRow, status, error);
        box.getStyleClass().add("setup-content");
        box.setPrefWidth(560);
        return box;
    }

    private static RadioButton radio(ToggleGroup group, String id, String text, SetupViewModel.Mode mode) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setAccessibleText(text);
        r.setToggleGroup(group);
        r.setUserData(mode);
        return r;
    }

    /** Wrapped text must keep its height when the dialog lays itself out again, or it is cut off. */
    private static Label wrapped(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = wrapped(new Label(text));
        l.getStyleClass().addAll(Styles.MUTED, "setup-hint");
        l.setWrapText(true);
        return l;
    }
}
