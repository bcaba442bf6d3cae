package org.hazardledger.ui.rounds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 检查表 editing: pick a checklist, change its name and its items (one item per line, keyboard
 * only), save it as a new version. Rounds already held keep the version they used; an unchanged
 * line keeps its item code, so findings stay comparable across versions.
 */
public final class ChecklistEditorViewModel {

    public static final String NAME = "name";
    public static final String ITEMS = "items";
    static final List<String> FIELDS = List.of(NAME, ITEMS);

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<Choice<Checklist>> checklists = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Checklist>> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty items = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Checklist> saved = new ReadOnlyObjectWrapper<>();
    private final FieldErrors errors;

    public ChecklistEditorViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        this.errors = new FieldErrors(messages, FIELDS);
        errors.clearOnEdit(name, NAME);
        errors.clearOnEdit(items, ITEMS);
        selected.addListener((o, was, now) -> fill(now == null ? null : now.value()));
    }

    /** Reads the ledger's checklists (latest versions) in the background; selects {@code code} if given. */
    public void load(String code) {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Loaded(services.rounds().checklists(), services.rounds().canEditChecklists()),
                loaded -> {
                    busy.set(false);
                    editable.set(loaded.editable());
                    checklists.setAll(loaded.lists().stream().map(c -> new Choice<>(c, label(c))).toList());
                    selected.set(checklists.stream().filter(c -> c.value().code().equals(code)).findFirst()
                            .orElse(checklists.isEmpty() ? null : checklists.get(0)));
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    private record Loaded(List<Checklist> lists, boolean editable) {
    }

    private String label(Checklist c) {
        return messages.get("rounds.checklist.option", c.name(), messages.label(c.tier()), c.version());
    }

    private void fill(Checklist c) {
        errors.clear();
        name.set(c == null ? "" : c.name());
        items.set(c == null ? "" : String.join("\n", c.items().stream().map(ChecklistItem::text).toList()));
    }

    /** Checks the edited list at its fields and saves it as a new version in the background. */
    public void save() {
        Choice<Checklist> shown = selected.get();
        if (busy.get() || shown == null || !editable.get()) {
            return;
        }
        errors.clear();
        message.set("");
        Checklist edited = edited(shown.value());
        List<org.hazardledger.model.FieldError> problems = edited.validate();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().saveChecklist(edited),
                done -> {
                    busy.set(false);
                    Choice<Checklist> replaced = new Choice<>(done, label(done));
                    int at = checklists.indexOf(shown);
                    checklists.set(at, replaced);
                    selected.set(replaced);
                    message.set(messages.get("rounds.checklist.saved", done.name(), done.version()));
                    saved.set(done);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    /** The list as edited: non-blank lines are the items; a line as it was keeps its code, new lines get new codes. */
    Checklist edited(Checklist before) {
        Map<String, String> codeOfText = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (ChecklistItem i : before.items()) {
            codeOfText.putIfAbsent(i.text().strip(), i.code());
            used.add(i.code());
        }
        String prefix = before.tier().name().substring(0, 1);
        int next = 1;
        Set<String> taken = new HashSet<>();
        List<ChecklistItem> out = new ArrayList<>();
        for (String line : items.get().split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            String code = codeOfText.get(text);
            if (code == null || taken.contains(code)) {
                do {
                    code = String.format("%s%02d", prefix, next++);
                } while (used.contains(code) || taken.contains(code));
            }
            taken.add(code);
            out.add(new ChecklistItem(code, text));
        }
        return new Checklist(before.code(), before.tier(), before.industry(), name.get().strip(), before.version(),
                out);
    }

    public ObservableList<Choice<Checklist>> checklists() {
        return checklists;
    }

    public ObjectProperty<Choice<Checklist>> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The items, one per line. */
    public StringProperty itemsProperty() {
        return items;
    }

    /** Only clerks and administrators change checklists; others read them. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The version last saved here (null until then). */
    public ReadOnlyObjectProperty<Checklist> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
