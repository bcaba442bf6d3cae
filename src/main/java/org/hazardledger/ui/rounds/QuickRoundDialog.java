package org.hazardledger.ui.rounds;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.DialogButtons;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;

/**
 * 巡查快速录入: keyboard first. Up/Down move through the checklist, 1 / 2 / 3 answer OK / failed /
 * not applicable (Space cycles), Tab reaches the failed item's note, Enter saves, Escape cancels,
 * and F9 or Ctrl+Enter records "all OK" at once.
 */
public final class QuickRoundDialog extends Dialog<InspectionRound> {

    /** The "all OK" keys, shown on the button. */
    public static final KeyCombination ALL_OK = new KeyCodeCombination(KeyCode.F9);
    public static final KeyCombination ALL_OK_ALT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");

    private final QuickRoundViewModel vm;
    private final Messages m;
    private final ListView<AnswerLine> list = new ListView<>();
    private final TextField itemNote = new TextField();

    public QuickRoundDialog(QuickRoundViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        setTitle(m.get("rounds.quick.title"));
        setResizable(true);
        getDialogPane().setId("quick-round-dialog");
        getDialogPane().getStylesheets().addAll(Styles.THEME, Styles.FORM, RoundsView.CSS);

        ButtonType save = new ButtonType(m.get("rounds.quick.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("rounds.quick.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = DialogButtons.actionButton(this, save, "quick-round-save", vm::save);
        saveButton.disableProperty().bind(vm.busyProperty());
        saveButton.setDefaultButton(true);
        DialogButtons.button(this, cancel, "quick-round-cancel");

        getDialogPane().setContent(content());
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ALL_OK.match(e) || ALL_OK_ALT.match(e)) {
                e.consume();
                vm.allOk();
            }
        });
        setResultConverter(b -> b == save ? vm.recordedProperty().get() : null);
        vm.recordedProperty().addListener((o, was, round) -> {
            if (round != null) {
                setResult(round);
                close();
            }
        });
        setOnShown(e -> list.requestFocus());
    }

    /** Opens the quick entry over {@code owner}; {@code onRecorded} gets the round once saved. */
    public static void open(Window owner, QuickRoundViewModel vm, Consumer<InspectionRound> onRecorded) {
        QuickRoundDialog dialog = new QuickRoundDialog(vm);
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                onRecorded.accept(dialog.getResult());
            }
        });
        vm.start();
        dialog.show();
    }

    private Node content() {
        ComboBox<org.hazardledger.ui.UnitOption> unit = new ComboBox<>(vm.units());
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setVisibleRowCount(14);
        DatePicker day = new DatePicker();
        day.setConverter(new IsoDateConverter());
        day.valueProperty().bindBidirectional(vm.heldOnProperty());
        ComboBox<org.hazardledger.ui.hazard.PersonOption> inspector = new ComboBox<>(vm.inspectors());
        inspector.valueProperty().bindBidirectional(vm.inspectorProperty());

        GridPane top = new GridPane();
        top.getStyleClass().add("quick-round-top");
        top.setHgap(12);
        FormField unitField = new FormField(m.get("rounds.quick.unit"), unit, "quick-round-unit",
                vm.errorProperty(QuickRoundViewModel.UNIT));
        FormField dayField = new FormField(m.get("rounds.quick.heldOn"), day, "quick-round-day",
                vm.errorProperty(QuickRoundViewModel.HELD_ON));
        FormField inspectorField = new FormField(m.get("rounds.quick.inspector"), inspector, "quick-round-inspector",
                vm.errorProperty(QuickRoundViewModel.INSPECTOR));
        GridPane.setHgrow(unitField, Priority.ALWAYS);
        top.add(unitField, 0, 0);
        top.add(dayField, 1, 0);
        top.add(inspectorField, 2, 0);

        Label checklist = new Label();
        checklist.setId("quick-round-checklist");
        checklist.getStyleClass().add(Styles.MUTED);
        checklist.textProperty().bind(vm.checklistNameProperty());

        list.setItems(vm.lines());
        list.setCellFactory(v -> new LineCell());
        list.setPrefHeight(320);
        list.getStyleClass().add("quick-round-items");
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) ->
                vm.selectedIndexProperty().set(now.intValue()));
        vm.selectedIndexProperty().addListener((o, was, now) -> {
            if (list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().select(now.intValue());
                list.scrollTo(Math.max(0, now.intValue() - 3));
            }
        });
        vm.lines().addListener((javafx.collections.ListChangeListener<AnswerLine>) c -> {
            if (!vm.lines().isEmpty()) {
                list.getSelectionModel().select(Math.max(0, vm.selectedIndexProperty().get()));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::answerKey);
        FormField items = new FormField(m.get("rounds.quick.items"), list, "quick-round-items",
                vm.errorProperty(QuickRoundViewModel.ITEMS));
        VBox.setVgrow(items, Priority.ALWAYS);

        // the note of the selected item; only a failed item needs one
        itemNote.setPromptText(m.get("rounds.quick.itemNote.prompt"));
        itemNote.setOnAction(e -> vm.save());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                itemNote.textProperty().unbindBidirectional(was.noteProperty());
            }
            itemNote.setText("");
            if (now != null) {
                itemNote.textProperty().bindBidirectional(now.noteProperty());
            }
        });
        itemNote.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            AnswerLine l = list.getSelectionModel().getSelectedItem();
            return l == null;
        }, list.getSelectionModel().selectedItemProperty()));
        FormField noteField = new FormField(m.get("rounds.quick.itemNote"), itemNote, "quick-round-item-note",
                vm.errorProperty(QuickRoundViewModel.ITEM_NOTE));

        TextField roundNote = new TextField();
        roundNote.setPromptText(m.get("rounds.quick.note.prompt"));
        roundNote.textProperty().bindBidirectional(vm.noteProperty());
        roundNote.setOnAction(e -> vm.save());
        FormField roundNoteField = new FormField(m.get("rounds.quick.note"), roundNote, "quick-round-note",
                vm.errorProperty(QuickRoundViewModel.NOTE));

        // the keys as people name them ("Ctrl+Enter", not the toolkit's "Ctrl+↵")
        String allOkText = m.get("rounds.quick.allOk", "F9", "Ctrl+Enter");
        Button allOk = new Button(allOkText);
        allOk.setId("quick-round-all-ok");
        allOk.getStyleClass().addAll(Styles.PRIMARY, "quick-round-all-ok");
        allOk.setAccessibleText(allOkText);
        allOk.setAccessibleHelp(m.get("rounds.quick.allOk.help"));
        allOk.disableProperty().bind(vm.busyProperty());
        allOk.setOnAction(e -> vm.allOk());
        allOk.setFocusTraversable(false);

        Label tally = new Label();
        tally.setId("quick-round-tally");
        tally.getStyleClass().add(Styles.MUTED);
        Runnable retally = () -> tally.setText(vm.tally());
        vm.lines().addListener((javafx.collections.ListChangeListener<AnswerLine>) c -> {
            retally.run();
            while (c.next()) {
                c.getAddedSubList().forEach(l -> l.answerProperty().addListener((o, a, b) -> retally.run()));
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(12, allOk, gap, tally);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label keys = new Label(m.get("rounds.quick.keys"));
        keys.setId("quick-round-keys");
        keys.getStyleClass().add(Styles.MUTED);
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);

        HBox status = FormStatus.row("quick-round-busy", vm.busyProperty(),
                FormStatus.error("quick-round-summary", vm.formErrorProperty()));

        VBox box = new VBox(6, top, checklist, actions, items, noteField, roundNoteField, keys, status);
        box.getStyleClass().add("quick-round-form");
        return box;
    }

    private void answerKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        KeyCode code = e.getCode();
        if (code == KeyCode.DIGIT1 || code == KeyCode.NUMPAD1) {
            vm.answer(index, RoundAnswer.OK);
        } else if (code == KeyCode.DIGIT2 || code == KeyCode.NUMPAD2) {
            vm.answer(index, RoundAnswer.FAILED);
        } else if (code == KeyCode.DIGIT3 || code == KeyCode.NUMPAD3) {
            vm.answer(index, RoundAnswer.NOT_APPLICABLE);
        } else if (code == KeyCode.SPACE) {
            vm.cycle(index);
        } else if (code == KeyCode.ENTER) {
            vm.save(); // the list would otherwise keep Enter from the default button
        } else if (code == KeyCode.ESCAPE) {
            close(); // and Escape from the cancel button
        } else {
            return;
        }
        e.consume();
    }

    /** An item: number, text, and its answer in words and colour; a failed item shows its note. */
    private final class LineCell extends ListCell<AnswerLine> {

        private final Label text = new Label();
        private final Label answer = new Label();
        private final HBox box;
        private AnswerLine shown;
        private final javafx.beans.value.ChangeListener<Object> refresh = (o, a, b) -> show();

        LineCell() {
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            answer.getStyleClass().add("round-answer");
            answer.setMinWidth(Region.USE_PREF_SIZE);
            box = new HBox(10, text, answer);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("quick-round-line");
        }

        @Override
        protected void updateItem(AnswerLine item, boolean empty) {
            super.updateItem(item, empty);
            if (shown != null) {
                shown.answerProperty().removeListener(refresh);
                shown.noteProperty().removeListener(refresh);
            }
            shown = empty ? null : item;
            if (shown != null) {
                shown.answerProperty().addListener(refresh);
                shown.noteProperty().addListener(refresh);
            }
            show();
        }

        private void show() {
            if (shown == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                pseudoClassStateChanged(OK, false);
                pseudoClassStateChanged(FAILED, false);
                pseudoClassStateChanged(NOT_APPLICABLE, false);
                return;
            }
            RoundAnswer a = shown.answerProperty().get();
            String note = shown.noteProperty().get();
            text.setText(shown.number() + ". " + shown.item().text()
                    + (a == RoundAnswer.FAILED && note != null && !note.isBlank() ? "\n    " + note : ""));
            answer.setText(vm.answerText(a));
            pseudoClassStateChanged(OK, a == RoundAnswer.OK);
            pseudoClassStateChanged(FAILED, a == RoundAnswer.FAILED);
            pseudoClassStateChanged(NOT_APPLICABLE, a == RoundAnswer.NOT_APPLICABLE);
            setText(null);
            setGraphic(box);
            setAccessibleText(text.getText() + " " + answer.getText());
        }
    }
}
