package org.hazardledger.ui.training;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Attendee;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.FindingHazard;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 转为隐患: a drill finding registered as a general hazard found on the drill’s day in the drill’s
 * unit; the clerk adds the place, the finder (a participant), the category, the form and the tier.
 */
public final class FindingHazardViewModel {

    public static final List<String> FIELDS = List.of(HazardDraft.PLACE, HazardDraft.FINDER, HazardDraft.CATEGORY,
            HazardDraft.FORM, HazardDraft.RECTIFYING_TIER);

    private final WorkbenchServices services;
    private final Messages messages;
    private final EmergencyDrill drill;
    private final DrillFinding finding;
    private final StringProperty place = new SimpleStringProperty("");
    private final ObservableList<Choice<Attendee>> finders = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Attendee>> finder = new SimpleObjectProperty<>();
    private final ObservableList<Choice<String>> categories = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> category = new SimpleObjectProperty<>();
    private final ObservableList<Choice<HazardForm>> forms = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<HazardForm>> form = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Tier>> tiers = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Tier>> tier = new SimpleObjectProperty<>();
    private final FieldErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Hazard> registered = new ReadOnlyObjectWrapper<>();

    FindingHazardViewModel(WorkbenchServices services, EmergencyDrill drill, DrillFinding finding) {
        this.services = services;
        this.messages = services.messages();
        this.drill = drill;
        this.finding = finding;
        this.errors = new FieldErrors(messages, FIELDS);
        drill.participants().forEach(a -> finders.add(new Choice<>(a, a.name())));
        for (HazardForm f : HazardForm.values()) {
            forms.add(new Choice<>(f, messages.label(f)));
        }
        for (Tier t : Tier.values()) {
            tiers.add(new Choice<>(t, messages.label(t)));
        }
        place.set(drill.unitName() == null ? "" : drill.unitName());
        errors.clearOnEdit(place, HazardDraft.PLACE);
        errors.clearOnEdit(finder, HazardDraft.FINDER);
        errors.clearOnEdit(category, HazardDraft.CATEGORY);
        errors.clearOnEdit(form, HazardDraft.FORM);
        errors.clearOnEdit(tier, HazardDraft.RECTIFYING_TIER);
    }

    /** Reads the hazard categories in the background. */
    public void load() {
        boolean chinese = messages.locale().getLanguage().equals("zh");
        services.tasks().execute(BackgroundTask.of(
                () -> services.referenceData().hazardCategories(),
                list -> categories.setAll(list.stream().map(c -> new Choice<>(c.code(),
                        chinese ? c.nameZh() : c.nameEn())).toList()),
                failure -> errors.show(failure)));
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        FindingHazard details = new FindingHazard(place.get(), finder.get() == null ? null : finder.get().value().personId(),
                category.get() == null ? null : category.get().value(), form.get() == null ? null : form.get().value(),
                new Grading(Grade.GENERAL, null, null, null, tier.get() == null ? null : tier.get().value()));
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.campaign().training().findingToHazard(finding.id(), details),
                hazard -> {
                    busy.set(false);
                    registered.set(hazard);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    public String findingText() {
        return finding.text();
    }

    public String drillText() {
        return messages.get("training.finding.fromDrill", drill.scenario(), drill.heldOn(), drill.unitName());
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObservableList<Choice<Attendee>> finders() {
        return finders;
    }

    public ObjectProperty<Choice<Attendee>> finderProperty() {
        return finder;
    }

    public ObservableList<Choice<String>> categories() {
        return categories;
    }

    public ObjectProperty<Choice<String>> categoryProperty() {
        return category;
    }

    public ObservableList<Choice<HazardForm>> forms() {
        return forms;
    }

    public ObjectProperty<Choice<HazardForm>> formProperty() {
        return form;
    }

    public ObservableList<Choice<Tier>> tiers() {
        return tiers;
    }

    public ObjectProperty<Choice<Tier>> tierProperty() {
        return tier;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Hazard> registeredProperty() {
        return registered;
    }
}
