package org.hazardledger.ui.hazard;

import static org.hazardledger.ui.hazard.RegisterHazardChoices.choiceOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Industry;
import org.hazardledger.model.MajorCriterion;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The register-hazard form (登记隐患): its choices, its inputs, and what is wrong with them, field
 * by field. Input is checked here first ({@link HazardDraft#validate}) and then by the service;
 * either way each reason is shown at its field and the form stays open.
 */
public final class RegisterHazardViewModel {

    /** The fields the form shows, in the order they appear (for the refusals and the focus). */
    public static final List<String> FIELDS = List.of(HazardDraft.UNIT, HazardDraft.PLACE, HazardDraft.FOUND_ON,
            HazardDraft.FINDER, HazardDraft.SOURCE, HazardDraft.CATEGORY, HazardDraft.FORM,
            HazardDraft.DESCRIPTION, HazardDraft.GRADE, HazardDraft.SUB_GRADE, HazardDraft.MAJOR_REASON,
            HazardDraft.MAJOR_CRITERION, HazardDraft.MAJOR_CRITERION_REASON, HazardDraft.RECTIFYING_TIER);

    private final WorkbenchServices services;
    private final Messages messages;

    private final RegisterHazardChoices choices;
    private final CriterionChooser criterion;
    /** What the form starts from once the lists are read (null: an empty form). */
    private final HazardDraft start;
    /** How a checked draft is saved: the ledger's register, or a caller's (e.g. a round's finding). */
    private final Function<HazardDraft, Hazard> save;

    private final ObjectProperty<UnitOption> unit = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> foundOn = new SimpleObjectProperty<>();
    private final StringProperty finderSearch = new SimpleStringProperty("");
    private final ObjectProperty<PersonOption> finder = new SimpleObjectProperty<>();
    private final BooleanProperty anonymous = new SimpleBooleanProperty();
    private final ObjectProperty<Choice<HazardSource>> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<HazardForm>> form = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Grade>> grade = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> subGrade = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<MajorReason>> majorReason = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<RiskColour>> riskColour = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Tier>> rectifyingTier = new SimpleObjectProperty<>();

    private final FieldErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Hazard> registered = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding general;
    private final BooleanBinding major;

    public RegisterHazardViewModel(WorkbenchServices services) {
        this(services, null, services.hazards()::register);
    }

    /**
     * A form that starts filled from {@code start} (once the lists are read) and saves through
     * {@code save} (run in the background) instead of the plain register: registering a finding of
     * an inspection round, for example, which also links the hazard to the round.
     */
    public RegisterHazardViewModel(WorkbenchServices services, HazardDraft start, Function<HazardDraft, Hazard> save) {
        this.services = services;
        this.start = start;
        this.save = Objects.requireNonNull(save, "save");
        this.messages = services.messages();
        this.errors = new FieldErrors(messages, FIELDS);
        choices = new RegisterHazardChoices(messages, finderSearch);
        criterion = new CriterionChooser(messages);

        foundOn.set(today());
        grade.set(choices.grades().get(0));
        riskColour.set(choices.riskColours().get(0));
        subGrade.set(choices.subGrades().get(0));

        general = Bindings.createBooleanBinding(() -> valueOf(grade.get()) == Grade.GENERAL, grade);
        major = Bindings.createBooleanBinding(() -> valueOf(grade.get()) == Grade.MAJOR, grade);

        wireRules();
        errors.clearOnEdit(unit, HazardDraft.UNIT);
        errors.clearOnEdit(place, HazardDraft.PLACE);
        errors.clearOnEdit(foundOn, HazardDraft.FOUND_ON);
        errors.clearOnEdit(finder, HazardDraft.FINDER);
        errors.clearOnEdit(anonymous, HazardDraft.FINDER);
        errors.clearOnEdit(source, HazardDraft.SOURCE);
        errors.clearOnEdit(category, HazardDraft.CATEGORY);
        errors.clearOnEdit(form, HazardDraft.FORM);
        errors.clearOnEdit(description, HazardDraft.DESCRIPTION);
        errors.clearOnEdit(grade, HazardDraft.GRADE);
        errors.clearOnEdit(subGrade, HazardDraft.SUB_GRADE);
        errors.clearOnEdit(majorReason, HazardDraft.MAJOR_REASON);
        errors.clearOnEdit(rectifyingTier, HazardDraft.RECTIFYING_TIER);
        errors.clearOnEdit(criterion.selectedProperty(), HazardDraft.MAJOR_CRITERION);
        errors.clearOnEdit(criterion.otherReasonProperty(), HazardDraft.MAJOR_CRITERION_REASON);
        foundOn.addListener((o, was, now) -> criterion.setDay(now));
    }

    /** Reads the units, people and catalogs in the background; the form is usable once {@link #loadedProperty()}. */
    public void load() {
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Lists(services.organisation().units(), services.organisation().people(),
                        services.referenceData().hazardCategories(), services.referenceData().subGrades(),
                        services.referenceData().allMajorCriteria(), services.referenceData().industry()),
                this::fill,
                failure -> {
                    busy.set(false);
                    errors.showForm(Failures.describe(messages, failure));
                }));
    }

    /**
     * Checks the input and, when it passes, registers the hazard in the background. On success
     * {@link #registeredProperty()} carries the new hazard; on refusal the reasons are at their fields.
     */
    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        HazardDraft draft = draft();
        List<FieldError> problems = new ArrayList<>(draft.validate(today()));
        UnitOption u = unit.get();
        if (u != null) {
            problems.addAll(HazardDraft.validateTierAgainstUnit(draft.grading().rectifyingTier(), u.tier()));
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> save.apply(draft),
                hazard -> {
                    busy.set(false);
                    registered.set(hazard);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    /** The draft the inputs make now. */
    public HazardDraft draft() {
        boolean anon = anonymous.get();
        PersonOption who = finder.get();
        Registration r = new Registration(unit.get() == null ? null : unit.get().id(), place.get(), foundOn.get(),
                anon || who == null ? null : who.id(), anon, valueOf(source.get()), valueOf(category.get()),
                valueOf(form.get()), description.get());
        Grade g = valueOf(grade.get());
        Grading grading = new Grading(g, g == Grade.GENERAL ? valueOf(subGrade.get()) : null,
                g == Grade.MAJOR ? valueOf(majorReason.get()) : null, valueOf(riskColour.get()),
                valueOf(rectifyingTier.get()), g == Grade.MAJOR ? criterion.citation() : null);
        return new HazardDraft(r, grading);
    }

    /** The reason a field was refused, "" when none. */
    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    private void fill(Lists lists) {
        choices.fill(lists.units(), lists.people(), lists.categories(), lists.subGrades());
        criterion.setCriteria(lists.criteria(), lists.industry(), foundOn.get());
        subGrade.set(choices.subGrades().get(0));
        if (start != null) {
            startFrom(start);
        }
        busy.set(false);
        loaded.set(true);
        if (choices.units().isEmpty()) {
            // A new, empty ledger: say why the unit list is empty instead of refusing later.
            errors.showForm(messages.get("register.noUnits"));
        }
    }

    /** Fills the inputs from a prepared draft; the unit first, so its tier suggestion does not override the draft's. */
    private void startFrom(HazardDraft d) {
        Registration r = d.registration();
        if (r != null) {
            unit.set(choices.units().stream().filter(u -> u.id().equals(r.unitId())).findFirst().orElse(null));
            place.set(r.place() == null ? "" : r.place());
            if (r.foundOn() != null) {
                foundOn.set(r.foundOn());
            }
            anonymous.set(r.anonymous());
            finder.set(r.finderId() == null ? null : choices.person(r.finderId()));
            source.set(r.source() == null ? null : choiceOf(choices.sources(), r.source()));
            category.set(r.category() == null ? null : choiceOf(choices.categories(), r.category()));
            form.set(r.form() == null ? null : choiceOf(choices.forms(), r.form()));
            description.set(r.description() == null ? "" : r.description());
        }
        Grading g = d.grading();
        if (g != null) {
            if (g.grade() != null) {
                grade.set(choiceOf(choices.grades(), g.grade()));
            }
            if (g.subGrade() != null) {
                subGrade.set(choiceOf(choices.subGrades(), g.subGrade()));
            }
            majorReason.set(g.majorReason() == null ? null : choiceOf(choices.majorReasons(), g.majorReason()));
            if (g.riskColour() != null) {
                riskColour.set(choiceOf(choices.riskColours(), g.riskColour()));
            }
            if (g.rectifyingTier() != null) {
                rectifyingTier.set(choiceOf(choices.tiers(), g.rectifyingTier()));
            }
        }
    }

    /** The grading rules the form can follow for the user rather than refuse afterwards. */
    private void wireRules() {
        grade.addListener((o, was, now) -> {
            if (valueOf(now) == Grade.MAJOR) {
                subGrade.set(choices.subGrades().get(0));
                // A major hazard is rectified under the unit head, at plant level.
                rectifyingTier.set(choiceOf(choices.tiers(), Tier.PLANT));
            } else {
                majorReason.set(null);
                criterion.clear();
            }
        });
        unit.addListener((o, was, now) -> {
            // The lowest tier able to fix it is usually the unit where it was found: suggest that.
            if (now != null && valueOf(grade.get()) != Grade.MAJOR
                    && (rectifyingTier.get() == null || valueOf(rectifyingTier.get()).ordinal() < now.tier().ordinal())) {
                rectifyingTier.set(choiceOf(choices.tiers(), now.tier()));
            }
        });
        anonymous.addListener((o, was, now) -> {
            if (now) {
                finder.set(null);
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }


    private static <T> T valueOf(Choice<T> choice) {
        return choice == null ? null : choice.value();
    }

    /** What the form offers to pick from. */
    public RegisterHazardChoices choices() {
        return choices;
    }

    public ObjectProperty<UnitOption> unitProperty() {
        return unit;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public ObjectProperty<LocalDate> foundOnProperty() {
        return foundOn;
    }

    public StringProperty finderSearchProperty() {
        return finderSearch;
    }

    public ObjectProperty<PersonOption> finderProperty() {
        return finder;
    }

    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public ObjectProperty<Choice<HazardSource>> sourceProperty() {
        return source;
    }

    public ObjectProperty<Choice<String>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice<HazardForm>> formProperty() {
        return form;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Choice<Grade>> gradeProperty() {
        return grade;
    }

    public ObjectProperty<Choice<String>> subGradeProperty() {
        return subGrade;
    }

    public ObjectProperty<Choice<MajorReason>> majorReasonProperty() {
        return majorReason;
    }

    public ObjectProperty<Choice<RiskColour>> riskColourProperty() {
        return riskColour;
    }

    public ObjectProperty<Choice<Tier>> rectifyingTierProperty() {
        return rectifyingTier;
    }

    /** A sentence above the buttons: how many fields need correcting, or a refusal no field owns. */
    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The hazard once registered; the dialog closes on it. */
    public ReadOnlyObjectProperty<Hazard> registeredProperty() {
        return registered.getReadOnlyProperty();
    }

    /** Sub-grades (A/B/C) apply to general hazards only. */
    public BooleanBinding generalProperty() {
        return general;
    }

    /** The reason for being major applies to major hazards only. */
    public BooleanBinding majorProperty() {
        return major;
    }

    /** The clause of the major-hazard criteria a major grading cites, or "other" with the reason. */
    public CriterionChooser criterion() {
        return criterion;
    }

    private record Lists(List<OrgUnit> units, List<Person> people, List<CatalogEntry> categories,
                         List<CatalogEntry> subGrades, List<MajorCriterion> criteria, Industry industry) {
    }
}
