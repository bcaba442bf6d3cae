package org.hazardledger.ui.lifecycle;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardledger.model.ActionChoice;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The action bar of the selected hazard: the actions its state offers, allowed ones as buttons and
 * the others disabled with the reason, as the rules give them for the signed-in user.
 */
public final class HazardActionsViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<ActionOffer> offers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Hazard> hazard = new ReadOnlyObjectWrapper<>();
    private Consumer<Hazard> onChanged = h -> { };

    public HazardActionsViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    /** Reads what {@code h} offers this user now (in the background); null empties the bar. */
    public void show(Hazard h) {
        hazard.set(h);
        offers.clear();
        if (h == null) {
            return;
        }
        services.tasks().execute(BackgroundTask.of(() -> services.hazards().choices(h.id()), choices -> {
            if (h.equals(hazard.get())) {
                offers.setAll(offersOf(choices));
            }
        }, failure -> services.dialogs().showError(messages.get("ledger.error.title"),
                Failures.describe(messages, failure))));
    }

    private List<ActionOffer> offersOf(List<ActionChoice> choices) {
        return choices.stream().map(c -> new ActionOffer(c.action(), messages.label(c.action()), c.allowed(),
                c.refusal().map(messages::describe).orElse(""))).toList();
    }

    /** The form for taking {@code action} on the hazard shown. */
    public ActionFormViewModel form(HazardAction action) {
        Hazard h = hazard.get();
        if (h == null) {
            throw new IllegalStateException("no hazard shown");
        }
        return new ActionFormViewModel(services, h, action);
    }

    /** Called by the form once an action is taken: the ledger and the pane reload. */
    public void taken(Hazard next) {
        onChanged.accept(next);
    }

    public void setOnChanged(Consumer<Hazard> onChanged) {
        this.onChanged = onChanged;
    }

    public ObservableList<ActionOffer> offers() {
        return offers;
    }

    public ReadOnlyObjectProperty<Hazard> hazardProperty() {
        return hazard.getReadOnlyProperty();
    }
}
