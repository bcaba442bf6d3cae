package org.hazardledger.ui.rounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Rota;
import org.hazardledger.service.Actor;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 巡查规则 of one unit: how often it must inspect (never less often than its tier's minimum), the
 * rota of a shift team ("11110000" = four days on, four off, counted from the anchor day) and
 * whether public holidays are free of rounds. Clerks and administrators change it; others read it.
 */
public final class RoundRuleViewModel {

    public static final String FREQUENCY = RoundRule.FREQUENCY;
    public static final String PATTERN = "pattern";
    public static final String ANCHOR = "anchor";
    static final List<String> FIELDS = List.of(FREQUENCY, PATTERN, ANCHOR);

    private final WorkbenchServices services;
    private final Messages messages;
    private final Runnable onSaved;
    private final ObservableList<Choice<InspectionFrequency>> frequencies = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<InspectionFrequency>> frequency = new SimpleObjectProperty<>();
    private final StringProperty pattern = new SimpleStringProperty("1");
    private final ObjectProperty<LocalDate> anchor = new SimpleObjectProperty<>();
    private final BooleanProperty skipHolidays = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FieldErrors errors;
    private UnitOption unit;
    private RoundRule shown;

    public RoundRuleViewModel(WorkbenchServices services, Runnable onSaved) {
        this.services = services;
        this.messages = services.messages();
        this.onSaved = onSaved;
        this.errors = new FieldErrors(messages, FIELDS);
        for (InspectionFrequency f : InspectionFrequency.values()) {
            frequencies.add(new Choice<>(f, messages.label(f)));
        }
        errors.clearOnEdit(frequency, FREQUENCY);
        errors.clearOnEdit(pattern, PATTERN);
        errors.clearOnEdit(anchor, ANCHOR);
    }

    /** Reads the rule of {@code u} in the background (null: nothing shown). */
    public void show(UnitOption u) {
        this.unit = u;
        errors.clear();
        message.set("");
        Actor actor = services.session().actor();
        editable.set(actor.role() == AccountRole.CLERK || actor.role() == AccountRole.ADMIN);
        if (u == null) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().rule(u.id()),
                r -> {
                    busy.set(false);
                    if (Objects.equals(unit, u)) {
                        fill(r);
                    }
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    private void fill(RoundRule r) {
        shown = r;
        frequency.set(frequencies.stream().filter(c -> c.value() == r.frequency()).findFirst().orElse(null));
        Rota rota = r.rota() == null ? Rota.EVERY_DAY : r.rota();
        pattern.set(rota.pattern());
        anchor.set(rota.everyDay() ? null : rota.anchor());
        skipHolidays.set(r.skipHolidays());
        errors.clear();
    }

    /** Checks the rule at its fields and saves it in the background. */
    public void save() {
        if (busy.get() || unit == null || !editable.get()) {
            return;
        }
        errors.clear();
        message.set("");
        List<FieldError> problems = new ArrayList<>();
        InspectionFrequency f = frequency.get() == null ? null : frequency.get().value();
        if (f == null) {
            problems.add(FieldError.of(FREQUENCY, "validation.required"));
        } else {
            problems.addAll(new RoundRule(unit.id(), f, Rota.EVERY_DAY, false).validate(unit.tier()));
        }
        String p = pattern.get() == null ? "" : pattern.get().strip();
        boolean everyDay = p.isEmpty() || p.chars().allMatch(c -> c == '1');
        if (!p.isEmpty() && !Rota.isValidPattern(p)) {
            problems.add(FieldError.of(PATTERN, "validation.rota.pattern", p, Rota.PATTERN_MAX));
        }
        if (!everyDay && anchor.get() == null) {
            problems.add(FieldError.of(ANCHOR, "rounds.rule.anchorRequired"));
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        Rota rota = everyDay ? Rota.EVERY_DAY : new Rota(anchor.get(), p);
        boolean read = shown != null && shown.unitId().equals(unit.id());
        // saved over the revision shown: a rule someone else saved since is not overwritten
        RoundRule rule = new RoundRule(unit.id(), f, rota, skipHolidays.get(), read ? shown.requiredFrom() : null,
                read ? shown.revision() : 0);
        UnitOption savedFor = unit;
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.rounds().saveRule(rule),
                saved -> {
                    busy.set(false);
                    if (Objects.equals(unit, savedFor)) {
                        fill(saved);
                    }
                    message.set(messages.get("rounds.rule.saved", savedFor.path()));
                    onSaved.run();
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    public ObservableList<Choice<InspectionFrequency>> frequencies() {
        return frequencies;
    }

    public ObjectProperty<Choice<InspectionFrequency>> frequencyProperty() {
        return frequency;
    }

    /** The rota cycle: '1' on duty, '0' off; "1" = every day. */
    public StringProperty patternProperty() {
        return pattern;
    }

    public ObjectProperty<LocalDate> anchorProperty() {
        return anchor;
    }

    public BooleanProperty skipHolidaysProperty() {
        return skipHolidays;
    }

    /** Only clerks and administrators change the rule. */
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

    /** "已保存一厂 / … 的巡查规则。" */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
