package org.hazardledger.ui.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.ConflictReload;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FieldErrors;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.PersonOption;

/**
 * The form of one lifecycle action on one hazard: its inputs, what is wrong with them field by
 * field, and the submission. The state machine in the service has the last word; its refusals
 * are shown at their field (or above the buttons) and the form stays open.
 */
public final class ActionFormViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final Hazard hazard;
    private final HazardAction action;
    private final ActionForm form;
    private final FieldErrors errors;
    private final ReadOnlyObjectWrapper<Hazard> done = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Hazard> reloaded = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final StringProperty into = new SimpleStringProperty("");
    private final StringProperty measures = new SimpleStringProperty("");
    private final StringProperty interim = new SimpleStringProperty("");
    private final StringProperty funds = new SimpleStringProperty("");
    private final StringProperty standard = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonOption> responsible = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonOption> acceptor = new SimpleObjectProperty<>();
    private final ObjectProperty<PersonOption> rechecker = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Grade>> grade = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> subGrade = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<MajorReason>> majorReason = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Tier>> tier = new SimpleObjectProperty<>();
    private final ObservableList<PersonOption> people = FXCollections.observableArrayList();
    private final ObservableList<Choice<Grade>> grades = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> subGrades = FXCollections.observableArrayList();
    private final ObservableList<Choice<MajorReason>> majorReasons = FXCollections.observableArrayList();
    private final ObservableList<Choice<Tier>> tiers = FXCollections.observableArrayList();
    private final org.hazardledger.ui.hazard.CriterionChooser criterion;
    private final javafx.beans.binding.BooleanBinding major;

    public ActionFormViewModel(WorkbenchServices services, Hazard hazard, HazardAction action) {
        this.services = services;
        this.messages = services.messages();
        this.hazard = hazard;
        this.action = action;
        this.form = ActionForm.of(action);
        this.errors = new FieldErrors(messages, form.fields());
        on.set(LocalDate.now(services.clock()));
        criterion = new org.hazardledger.ui.hazard.CriterionChooser(messages);
        major = javafx.beans.binding.Bindings.createBooleanBinding(() -> valueOf(grade.get()) == Grade.MAJOR, grade);
        if (hazard.rectification() != null) {
            measures.set(nullToEmpty(hazard.rectification().measures()));
            interim.set(nullToEmpty(hazard.rectification().interimSafeguards()));
            standard.set(nullToEmpty(hazard.rectification().acceptanceStandard()));
            deadline.set(hazard.rectification().deadline());
        }
        fillGradingChoices();
    }

    /** Loads what the form picks from (people for the 五定 and rechecks, the sub-grades), in the background. */
    public void load() {
        boolean needsPeople = form.has(ActionForm.RESPONSIBLE) || form.has(ActionForm.RECHECKER);
        boolean needsGrades = form.has(ActionForm.GRADE);
        if (!needsPeople && !needsGrades) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(() -> new Picks(
                needsPeople ? services.organisation().people() : List.of(),
                needsGrades ? services.referenceData().subGrades() : List.of(),
                needsGrades ? services.referenceData().allMajorCriteria() : List.of(),
                needsGrades ? services.referenceData().industry() : null), picks -> {
            List<PersonOption> options = picks.people().stream().map(ActionFormViewModel::option).toList();
            people.setAll(options);
            if (hazard.rectification() != null) {
                responsible.set(find(options, hazard.rectification().responsibleId()));
                acceptor.set(find(options, hazard.rectification().acceptorId()));
            }
            if (needsGrades) {
                for (CatalogEntry e : picks.subGrades()) {
                    subGrades.add(new Choice<>(e.code(), e.name(messages.locale().getLanguage())));
                }
                String current = hazard.grading().subGrade();
                subGrade.set(subGrades.stream().filter(c -> java.util.Objects.equals(c.value(), current))
                        .findFirst().orElse(subGrades.get(0)));
                criterion.setCriteria(picks.criteria(), picks.industry(), hazard.registration().foundOn());
                criterion.select(hazard.grading().citation());
            }
            busy.set(false);
        }, failure -> {
            busy.set(false);
            errors.showForm(Failures.describe(messages, failure));
        }));
    }

    /** Sends the action to the ledger; {@link #doneProperty()} gets the hazard once it is taken. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        errors.clear();
        HazardCommand command;
        try {
            command = command();
        } catch (NumberFormatException e) {
            errors.show(List.of(FieldError.of(ActionForm.FUNDS, "validation.funds.number")));
            return;
        } catch (DomainException e) {
            // The only input read before the ledger sees it: the other hazard's number (合并到).
            errors.show(List.of(FieldError.of(ActionForm.INTO, e.messageKey(), e.args().toArray())));
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.hazards().perform(hazard.id(), hazard.revision(), command),
                next -> {
                    busy.set(false);
                    done.set(next);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                    if (failure instanceof ConflictException conflict) {
                        offerReload(conflict);
                    }
                }));
    }

    /**
     * Someone else changed the hazard since the form opened: says who and how, and on the user's
     * word reads the hazard again ({@link #reloadedProperty()}); cancelled, the input stays and the
     * refusal stays above the buttons.
     */
    private void offerReload(ConflictException conflict) {
        if (!ConflictReload.offer(services.dialogs(), messages, conflict)) {
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(() -> services.hazards().byId(hazard.id()).orElse(null),
                fresh -> {
                    busy.set(false);
                    reloaded.set(fresh);
                },
                failure -> {
                    busy.set(false);
                    errors.show(failure);
                }));
    }

    /** The command the inputs make now. */
    HazardCommand command() {
        LocalDate day = on.get();
        String t = text.get();
        return switch (action) {
            case REGRADE -> new HazardCommand.Regrade(grading());
            case ASSIGN -> new HazardCommand.Assign(new Rectification(measures.get(), blankToNull(interim.get()),
                    idOf(responsible.get()), deadline.get(), money(funds.get()), blankToNull(standard.get()),
                    idOf(acceptor.get())), plan.get());
            case APPROVE_PLAN -> new HazardCommand.ApprovePlan(day);
            case ESCALATE -> new HazardCommand.Escalate(t);
            case REPORT_RECTIFIED -> new HazardCommand.ReportRectified(day, t);
            case ACCEPT -> new HazardCommand.Accept(day, t);
            case REJECT_ACCEPTANCE -> new HazardCommand.RejectAcceptance(t);
            case SIGN_OFF -> new HazardCommand.SignOff(day, t);
            case CLOSE -> new HazardCommand.Close(day);
            case RECHECK_PASS -> new HazardCommand.RecheckPass(day, idOf(rechecker.get()), t);
            case RECHECK_FAIL -> new HazardCommand.RecheckFail(day, idOf(rechecker.get()), t);
            case REJECT_NOT_HAZARD -> new HazardCommand.RejectNotHazard(t);
            case MERGE_DUPLICATE -> new HazardCommand.MergeDuplicate(into.get().isBlank() ? null
                    : HazardNumber.parse(into.get().strip()), t);
            case REOPEN -> new HazardCommand.Reopen(t);
        };
    }

    private Grading grading() {
        Grade g = valueOf(grade.get());
        return new Grading(g, g == Grade.GENERAL ? valueOf(subGrade.get()) : null,
                g == Grade.MAJOR ? valueOf(majorReason.get()) : null, hazard.grading().riskColour(),
                valueOf(tier.get()), g == Grade.MAJOR ? criterion.citation() : null);
    }

    private void fillGradingChoices() {
        if (!form.has(ActionForm.GRADE)) {
            return;
        }
        Arrays.stream(Grade.values()).forEach(g -> grades.add(new Choice<>(g, messages.label(g))));
        Arrays.stream(MajorReason.values()).forEach(r -> majorReasons.add(new Choice<>(r, messages.label(r))));
        Arrays.stream(Tier.values()).forEach(t -> tiers.add(new Choice<>(t, messages.label(t))));
        subGrades.add(new Choice<>(null, messages.get("register.subGrade.none")));
        Grading g = hazard.grading();
        grade.set(grades.stream().filter(c -> c.value() == g.grade()).findFirst().orElse(null));
        tier.set(tiers.stream().filter(c -> c.value() == g.rectifyingTier()).findFirst().orElse(null));
        majorReason.set(majorReasons.stream().filter(c -> c.value() == g.majorReason()).findFirst().orElse(null));
        subGrade.set(subGrades.get(0));
    }

    private record Picks(List<Person> people, List<CatalogEntry> subGrades,
                         List<org.hazardledger.model.MajorCriterion> criteria,
                         org.hazardledger.model.Industry industry) {
    }

    private static PersonOption option(Person p) {
        return new PersonOption(p.id(), p.name(), p.employeeNo(), "");
    }

    private static PersonOption find(List<PersonOption> options, java.util.UUID id) {
        return id == null ? null : options.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    private static java.util.UUID idOf(PersonOption p) {
        return p == null ? null : p.id();
    }

    private static BigDecimal money(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s.strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> T valueOf(Choice<T> c) {
        return c == null ? null : c.value();
    }

    public HazardAction action() {
        return action;
    }

    public Hazard hazard() {
        return hazard;
    }

    /** The inputs this action's form shows, in order. */
    public List<String> fields() {
        return form.fields();
    }

    public String title() {
        return messages.get("actionForm.title", messages.label(action), hazard.number().toString());
    }

    public String dateLabel() {
        return form.dateLabelKey() == null ? "" : messages.get(form.dateLabelKey());
    }

    public String textLabel() {
        return form.textLabelKey() == null ? "" : messages.get(form.textLabelKey());
    }

    /** The field the free-text input stands for ("reason", "evidence", …), or null. */
    public String textField() {
        return form.textField();
    }

    /** A plan is required for plant-tier and major hazards (the form says so beside the field). */
    public boolean planRequired() {
        return hazard.grading().rectifyingTier() == Tier.PLANT || hazard.grading().grade() == Grade.MAJOR;
    }

    /** The clause a major grading cites, or "other" with the reason. */
    public org.hazardledger.ui.hazard.CriterionChooser criterion() {
        return criterion;
    }

    /** True while the chosen grade is major: the clause chooser shows. */
    public javafx.beans.binding.BooleanBinding majorProperty() {
        return major;
    }

    public ReadOnlyStringProperty errorProperty(String field) {
        return errors.field(field);
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return errors.form();
    }

    public ReadOnlyObjectProperty<Hazard> doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** The hazard as read again after a conflict, once the user chose to reload (the form then closes). */
    public ReadOnlyObjectProperty<Hazard> reloadedProperty() {
        return reloaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<LocalDate> onProperty() {
        return on;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty planProperty() {
        return plan;
    }

    public StringProperty intoProperty() {
        return into;
    }

    public StringProperty measuresProperty() {
        return measures;
    }

    public StringProperty interimProperty() {
        return interim;
    }

    public StringProperty fundsProperty() {
        return funds;
    }

    public StringProperty standardProperty() {
        return standard;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ObjectProperty<PersonOption> responsibleProperty() {
        return responsible;
    }

    public ObjectProperty<PersonOption> acceptorProperty() {
        return acceptor;
    }

    public ObjectProperty<PersonOption> recheckerProperty() {
        return rechecker;
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

    public ObjectProperty<Choice<Tier>> tierProperty() {
        return tier;
    }

    public ObservableList<PersonOption> people() {
        return people;
    }

    public ObservableList<Choice<Grade>> grades() {
        return grades;
    }

    public ObservableList<Choice<String>> subGrades() {
        return subGrades;
    }

    public ObservableList<Choice<MajorReason>> majorReasons() {
        return majorReasons;
    }

    public ObservableList<Choice<Tier>> tiers() {
        return tiers;
    }
}
