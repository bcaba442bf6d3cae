package org.hazardledger.ui.organisation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.PersonEntry;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionBody;
import org.hazardledger.model.UnitEntry;
import org.hazardledger.service.Messages;
import org.hazardledger.service.OrganisationService;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.ConflictReload;
import org.hazardledger.ui.DialogService;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TaskExecutor;
import org.hazardledger.ui.UnitOption;

/**
 * The 组织机构 page: the unit tree with add/rename/move/retire/reinstate, the people of the selected
 * unit with add/edit/retire, and the union body that unit belongs to. All service calls run on the
 * TaskExecutor; a refused retirement is explained in a dialog, a refused form under its fields.
 */
public final class OrganisationViewModel {

    private final OrganisationService organisation;
    private final Messages messages;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final BooleanProperty showRetired = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<UnitRow> selectedUnit = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PersonRow> people = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper unionTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unionLeader = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unionMembers = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final UnitForm unitForm;
    private final PersonForm personForm;
    private List<UnitEntry> allUnits = List.of();

    public OrganisationViewModel(OrganisationService organisation, Messages messages, TaskExecutor tasks,
                                 DialogService dialogs) {
        this.organisation = organisation;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.unitForm = new UnitForm(messages);
        this.personForm = new PersonForm(messages);
        showRetired.addListener((o, was, now) -> rebuild(selectedId()));
    }

    /** Reads the tree again, keeping the selected unit selected. */
    public void load() {
        load(selectedId());
    }

    private void load(UUID select) {
        run(organisation::unitEntries, entries -> {
            allUnits = entries;
            rebuild(select);
        }, this::showFailure);
    }

    private void rebuild(UUID select) {
        units.setAll(UnitTree.rows(allUnits, showRetired.get()));
        UnitRow row = units.stream().filter(r -> r.id().equals(select)).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0));
        select(row);
    }

    /** Shows the unit's people and union body. */
    public void select(UnitRow row) {
        selectedUnit.set(row);
        if (row == null) {
            people.clear();
            setUnion(null);
            return;
        }
        UUID id = row.id();
        run(() -> new Detail(organisation.peopleOf(id), organisation.unionBody(id)), d -> {
            if (selectedUnit.get() != null && selectedUnit.get().id().equals(id)) {
                people.setAll(d.people().stream().map(this::toRow).toList());
                setUnion(d.union());
            }
        }, this::showFailure);
    }

    private record Detail(List<PersonEntry> people, UnionBody union) {
    }

    // units ------------------------------------------------------------------------------------

    public void startAddPlant() {
        unitForm.open(UnitForm.Mode.ADD_PLANT, null, Tier.PLANT, List.of());
    }

    /** A child one tier below the selected unit; a post has none. */
    public void startAddChild() {
        UnitRow row = selectedUnit.get();
        if (row == null || row.unit().tier() == Tier.POST) {
            return;
        }
        unitForm.open(UnitForm.Mode.ADD_CHILD, row, Tier.values()[row.unit().tier().ordinal() - 1], List.of());
    }

    public void startRename() {
        if (selectedUnit.get() != null) {
            unitForm.open(UnitForm.Mode.RENAME, selectedUnit.get(), null, List.of());
        }
    }

    /** Offers the active units one tier above the selected one, outside its own subtree. */
    public void startMove() {
        UnitRow row = selectedUnit.get();
        if (row == null || row.unit().tier() == Tier.PLANT) {
            return;
        }
        Set<UUID> below = UnitTree.subtree(allUnits, row.id());
        List<UnitRow> choices = UnitTree.rows(allUnits, false).stream()
                .filter(r -> r.unit().tier().ordinal() == row.unit().tier().ordinal() + 1)
                .filter(r -> !below.contains(r.id()) && !r.id().equals(row.unit().parentId()))
                .toList();
        unitForm.open(UnitForm.Mode.MOVE, row, null, choices);
    }

    public void cancelUnit() {
        unitForm.close();
    }

    public void saveUnit() {
        UnitForm f = unitForm;
        UnitRow t = f.target();
        Callable<UUID> work = switch (f.modeProperty().get()) {
            case NONE -> null;
            case ADD_PLANT -> () -> organisation.addUnit(null, Tier.PLANT, f.codeProperty().get(),
                    f.nameProperty().get()).id();
            case ADD_CHILD -> () -> organisation.addUnit(t.id(), f.tier(), f.codeProperty().get(),
                    f.nameProperty().get()).id();
            case RENAME -> () -> organisation.renameUnit(t.id(), t.entry().revision(), f.nameProperty().get())
                    .unit().id();
            case MOVE -> () -> organisation.moveUnit(t.id(), t.entry().revision(),
                    f.parentProperty().get() == null ? null : f.parentProperty().get().id()).unit().id();
        };
        if (work != null) {
            UnitForm.Mode mode = f.modeProperty().get();
            run(work, id -> {
                f.close();
                load(id);
            }, failure -> {
                f.refuse(failure);
                if (failure instanceof ConflictException conflict) {
                    offerUnitReload(mode, t.id(), conflict);
                }
            });
        }
    }

    /**
     * Someone else changed the unit since the form opened: says who and how, and on the user's word
     * reads the tree again and reopens the form on the unit as it is now (their name, their parent),
     * the refusal still above the buttons; cancelled, the input stays.
     */
    private void offerUnitReload(UnitForm.Mode mode, UUID unitId, ConflictException conflict) {
        if (!ConflictReload.offer(dialogs, messages, conflict)) {
            return;
        }
        run(organisation::unitEntries, entries -> {
            allUnits = entries;
            rebuild(unitId);
            UnitRow fresh = selectedUnit.get();
            if (fresh == null || !fresh.id().equals(unitId)) {
                // retired meanwhile and hidden: nothing left to edit
                unitForm.close();
                return;
            }
            if (mode == UnitForm.Mode.MOVE) {
                startMove();
            } else {
                startRename();
            }
            unitForm.refuse(conflict);
        }, this::showFailure);
    }

    /** Asks first; a refusal (active units below, open hazards) says how many and what to do. */
    public void retireUnit() {
        UnitRow row = selectedUnit.get();
        if (row == null || row.retired()
                || !dialogs.confirm(messages.get("org.unit.retire"), messages.get("org.unit.retire.confirm", row.path()))) {
            return;
        }
        run(() -> organisation.retireUnit(row.id(), row.entry().revision()), e -> load(row.id()), this::showFailure);
    }

    public void reinstateUnit() {
        UnitRow row = selectedUnit.get();
        if (row != null && row.retired()) {
            run(() -> organisation.reinstateUnit(row.id(), row.entry().revision()), e -> load(row.id()),
                    this::showFailure);
        }
    }

    // people -----------------------------------------------------------------------------------

    public void startAddPerson() {
        UnitRow row = selectedUnit.get();
        List<UnitOption> options = unitOptions();
        personForm.openNew(options, row == null ? null
                : options.stream().filter(o -> o.id().equals(row.id())).findFirst().orElse(null));
    }

    public void startEditPerson(PersonRow p) {
        if (p != null) {
            personForm.openEdit(unitOptions(), p.entry());
        }
    }

    public void cancelPerson() {
        personForm.close();
    }

    public void savePerson() {
        PersonForm f = personForm;
        PersonEntry t = f.target();
        var edit = f.edit();
        Callable<PersonEntry> work = f.modeProperty().get() == PersonForm.Mode.EDIT
                ? () -> organisation.editPerson(t.person().id(), t.revision(), edit)
                : () -> organisation.addPerson(edit);
        if (f.modeProperty().get() != PersonForm.Mode.NONE) {
            run(work, saved -> {
                f.close();
                load();
            }, failure -> {
                f.refuse(failure);
                if (failure instanceof ConflictException conflict && t != null) {
                    offerPersonReload(t.person().id(), conflict);
                }
            });
        }
    }

    /**
     * Someone else changed the person since the form opened: says who and how, and on the user's
     * word reads them again and reopens the form on their version, the refusal still above the
     * buttons; cancelled, the input stays.
     */
    private void offerPersonReload(UUID personId, ConflictException conflict) {
        if (!ConflictReload.offer(dialogs, messages, conflict)) {
            return;
        }
        run(() -> organisation.person(personId), fresh -> {
            load();
            if (fresh.isEmpty()) {
                personForm.close();
                return;
            }
            personForm.openEdit(unitOptions(), fresh.get());
            personForm.refuse(conflict);
        }, this::showFailure);
    }

    /** Asks first; a refusal names the open hazards and accounts that still need the person. */
    public void retirePerson(PersonRow p) {
        if (p == null || p.retired() || !dialogs.confirm(messages.get("org.person.retire"),
                messages.get("org.person.retire.confirm", p.name()))) {
            return;
        }
        run(() -> organisation.retirePerson(p.entry().person().id(), p.entry().revision()), e -> load(),
                this::showFailure);
    }

    public void reinstatePerson(PersonRow p) {
        if (p != null && p.retired()) {
            run(() -> organisation.reinstatePerson(p.entry().person().id(), p.entry().revision()), e -> load(),
                    this::showFailure);
        }
    }

    // helpers ----------------------------------------------------------------------------------

    private List<UnitOption> unitOptions() {
        List<OrgUnit> plain = allUnits.stream().map(UnitEntry::unit).toList();
        return UnitOption.fromUnits(plain);
    }

    private PersonRow toRow(PersonEntry p) {
        String name = p.person().retired() ? messages.get("org.retired", p.person().name()) : p.person().name();
        return new PersonRow(p, name, p.person().employeeNo(), messages.label(p.person().role()),
                messages.get(p.unionMember() ? "org.yes" : "org.no"),
                p.certificateNo() == null ? "" : messages.get("org.certificate", p.certificateNo(), p.appointedBy()));
    }

    private void setUnion(UnionBody body) {
        if (body == null) {
            unionTitle.set("");
            unionLeader.set("");
            unionMembers.set("");
            return;
        }
        unionTitle.set(body.unit().name() + " " + messages.label(body));
        unionLeader.set(body.leader() == null ? messages.get("org.union.noLeader")
                : body.leader().person().name() + "（" + messages.label(body.leader().person().role()) + "）");
        unionMembers.set(body.members().isEmpty() ? messages.get("org.union.noMembers")
                : messages.get("org.union.memberList", body.members().size(),
                String.join("、", body.members().stream().map(m -> m.person().name()).toList())));
    }

    private UUID selectedId() {
        return selectedUnit.get() == null ? null : selectedUnit.get().id();
    }

    private void showFailure(Throwable failure) {
        dialogs.showError(messages.get("org.failed"), Failures.describe(messages, failure));
    }

    private <T> void run(Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(work, v -> {
            busy.set(false);
            done.accept(v);
        }, e -> {
            busy.set(false);
            failed.accept(e);
        }));
    }

    // properties -------------------------------------------------------------------------------

    /** The visible units in tree order (each followed by its children). */
    public ObservableList<UnitRow> units() {
        return units;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ReadOnlyObjectProperty<UnitRow> selectedUnitProperty() {
        return selectedUnit.getReadOnlyProperty();
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    /** "甲班 工会小组". */
    public ReadOnlyStringProperty unionTitleProperty() {
        return unionTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unionLeaderProperty() {
        return unionLeader.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unionMembersProperty() {
        return unionMembers.getReadOnlyProperty();
    }

    /** Whether this user may change the organisation; read from the sign-in, which rebuilds the page. */
    public boolean canEdit() {
        return organisation.canEdit();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public UnitForm unitForm() {
        return unitForm;
    }

    public PersonForm personForm() {
        return personForm;
    }
}
