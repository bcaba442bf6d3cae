package org.hazardledger.ui.risk;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
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
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Lec;
import org.hazardledger.model.LecFactorOption;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskColourTable;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.PersonOption;

/**
 * The add/edit form of a risk point: L, E and C picked from their scales (with what each value
 * means), D, the level and the colour shown live as they change, and the control measures.
 */
public final class RiskPointFormViewModel {

    public static final String RESPONSIBLE = "responsible";
    public static final List<String> FIELDS = List.of(RiskPointDraft.UNIT, RiskPointDraft.NAME,
            RiskPointDraft.LOCATION, RiskPointDraft.HAZARD_FACTORS, RiskPointDraft.L, RiskPointDraft.E,
            RiskPointDraft.C, RiskPointDraft.CONTROL_MEASURES, RESPONSIBLE);

    private final WorkbenchServices services;
    private final Messages messages;
    private final RiskPoint editing;
    private final FieldErrors errors;

    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObservableList<PersonOption> people = FXCollections.observableArrayList();
    private final ObservableList<Choice<BigDecimal>> lValues = FXCollections.observableArrayList();
    private final ObservableList<Choice<BigDecimal>> eValues = FXCollections.observableArrayList();
    private final ObservableList<Choice<BigDecimal>> cValues = FXCollections.observableArrayList();

    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty hazardFactors = new SimpleStringProperty("");
    private final ObjectProperty<Choice<BigDecimal>> l = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<BigDecimal>> e = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<BigDecimal>> c = new SimpleObjectProperty<>();
    private final StringProperty controlMeasures = new SimpleStringProperty("");
    private final ObjectProperty<PersonOption> responsible = new SimpleObjectProperty<>();
    private final ObjectProperty<RiskColourTable> colours = new SimpleObjectProperty<>(RiskColourTable.DEFAULT);

    private final ObjectBinding<Lec> lec;
    private final StringBinding score;
    private final StringBinding levelText;
    private final ObjectBinding<RiskColour> colour;
    private final StringBinding colourText;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<RiskPoint> saved = new ReadOnlyObjectWrapper<>();

    /** {@code editing} null: a new point, in {@code unitId} when given. */
    public RiskPointFormViewModel(WorkbenchServices services, RiskPoint editing, java.util.UUID unitId) {
        this.services = services;
        this.messages = services.messages();
        this.editing = editing;
        this.errors = new FieldErrors(messages, FIELDS);
        lec = Bindings.createObjectBinding(() -> draft().lec().orElse(null), l, e, c);
        score = Bindings.createStringBinding(() -> lec.get() == null ? "—" : lec.get().score().toPlainString(), lec);
        levelText = Bindings.createStringBinding(() -> lec.get() == null ? "—" : messages.label(lec.get().level()), lec);
        colour = Bindings.createObjectBinding(() -> lec.get() == null ? null : colours.get().colourOf(lec.get()), lec,
                colours);
        colourText = Bindings.createStringBinding(() -> colour.get() == null ? "—" : messages.label(colour.get()),
                colour);
        errors.clearOnEdit(unit, RiskPointDraft.UNIT);
        errors.clearOnEdit(name, RiskPointDraft.NAME);
        errors.clearOnEdit(location, RiskPointDraft.LOCATION);
        errors.clearOnEdit(hazardFactors, RiskPointDraft.HAZARD_FACTORS);
        errors.clearOnEdit(l, RiskPointDraft.L);
        errors.clearOnEdit(e, RiskPointDraft.E);
        errors.clearOnEdit(c, RiskPointDraft.C);
        errors.clearOnEdit(controlMeasures, RiskPointDraft.CONTROL_MEASURES);
        if (editing != null) {
            name.set(editing.name());
            location.set(editing.location() == null ? "" : editing.location());
            hazardFactors.set(editing.hazardFactors());
            controlMeasures.set(editing.controlMeasures());
        }
        this.initialUnit = editing != null ? editing.unitId() : unitId;
    }

    private final java.util.UUID initialUnit;

    /** Reads the units, people, factor labels and the colour table in the background. */
    public void load() {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(() -> new Lists(services.organisation().units(),
                services.organisation().people(), services.risks().factorOptions("L"),
                services.risks().factorOptions("E"), services.risks().factorOptions("C"),
                services.risks().colourTable()), this::fill, failure -> {
                    busy.set(false);
                    errors.showForm(Failures.describe(messages, failure));
                }));
    }

    private void fill(Lists lists) {
        units.setAll(UnitOption.fromUnits(lists.units()));
        java.util.Map<java.util.UUID, String> unitNames = new java.util.HashMap<>();
        lists.units().forEach(u -> unitNames.put(u.id(), u.name()));
        people.setAll(lists.people().stream().filter(p -> !p.retired())
                .map(p -> new PersonOption(p.id(), p.name(), p.employeeNo(), unitNames.get(p.unitId()))).toList());
        lValues.setAll(choices(lists.l()));
        eValues.setAll(choices(lists.e()));
        cValues.setAll(choices(lists.c()));
        colours.set(lists.colours());
        unit.set(units.stream().filter(u -> u.id().equals(initialUnit)).findFirst().orElse(null));
        if (editing != null) {
            l.set(find(lValues, editing.lec().likelihood()));
            e.set(find(eValues, editing.lec().exposure()));
            c.set(find(cValues, editing.lec().consequence()));
            responsible.set(people.stream().filter(p -> p.id().equals(editing.responsibleId())).findFirst()
                    .orElse(null));
        }
        busy.set(false);
    }

    private List<Choice<BigDecimal>> choices(List<LecFactorOption> options) {
        boolean zh = "zh".equals(messages.locale().getLanguage());
        return options.stream().map(o -> new Choice<>(o.value(),
                o.value().stripTrailingZeros().toPlainString() + "  " + (zh ? o.labelZh() : o.labelEn()))).toList();
    }

    private static Choice<BigDecimal> find(List<Choice<BigDecimal>> list, BigDecimal v) {
        return list.stream().filter(x -> x.value().compareTo(v) == 0).findFirst().orElse(null);
    }

    /** What the inputs make now. */
    public RiskPointDraft draft() {
        return new RiskPointDraft(unit.get() == null ? null : unit.get().id(), name.get(), location.get(),
                hazardFactors.get(), value(l.get()), value(e.get()), value(c.get()), controlMeasures.get(),
                responsible.get() == null ? null : responsible.get().id());
    }

    /** Checks, then saves in the background; {@link #savedProperty()} carries the point on success. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        RiskPointDraft d = draft();
        List<FieldError> problems = d.validate();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> editing == null ? services.risks().create(d)
                        : services.risks().update(editing.id(), editing.revision(), d),
                p -> {
                    busy.set(false);
                    saved.set(p);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    private static BigDecimal value(Choice<BigDecimal> choice) {
        return choice == null ? null : choice.value();
    }

    public boolean isNew() {
        return editing == null;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    public ObservableList<PersonOption> people() {
        return people;
    }

    public ObservableList<Choice<BigDecimal>> lValues() {
        return lValues;
    }

    public ObservableList<Choice<BigDecimal>> eValues() {
        return eValues;
    }

    public ObservableList<Choice<BigDecimal>> cValues() {
        return cValues;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty hazardFactorsProperty() {
        return hazardFactors;
    }

    public ObjectProperty<Choice<BigDecimal>> lProperty() {
        return l;
    }

    public ObjectProperty<Choice<BigDecimal>> eProperty() {
        return e;
    }

    public ObjectProperty<Choice<BigDecimal>> cProperty() {
        return c;
    }

    public StringProperty controlMeasuresProperty() {
        return controlMeasures;
    }

    public ObjectProperty<PersonOption> responsibleProperty() {
        return responsible;
    }

    /** D = L × E × C, "—" until all three are chosen. */
    public StringBinding scoreProperty() {
        return score;
    }

    public StringBinding levelProperty() {
        return levelText;
    }

    /** The colour the enterprise's table gives the level; null until all three are chosen. */
    public ObjectBinding<RiskColour> colourProperty() {
        return colour;
    }

    public StringBinding colourTextProperty() {
        return colourText;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RiskPoint> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    Optional<Lec> lec() {
        return Optional.ofNullable(lec.get());
    }

    private record Lists(List<OrgUnit> units, List<Person> people, List<LecFactorOption> l,
                         List<LecFactorOption> e, List<LecFactorOption> c, RiskColourTable colours) {
    }
}
