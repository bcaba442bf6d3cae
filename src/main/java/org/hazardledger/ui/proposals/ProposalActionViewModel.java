package org.hazardledger.ui.proposals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.Proposal;
import org.hazardledger.service.Messages;
import org.hazardledger.service.ProposalService;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/** One step on a proposal (evaluate, adopt, not adopt, implement, reward, link hazards) and its inputs. */
public final class ProposalActionViewModel {

    /** The steps; each shows only the inputs it needs. */
    public enum Action implements org.hazardledger.model.Labelled {
        EVALUATE, ADOPT, REJECT, IMPLEMENT, REWARD, LINK;

        @Override
        public String labelKey() {
            return "proposals.action." + name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean needsScore() {
            return this == EVALUATE;
        }

        boolean needsText() {
            return this == EVALUATE || this == REJECT;
        }

        boolean needsAmount() {
            return this == ADOPT || this == REWARD;
        }

        boolean needsDate() {
            return this == IMPLEMENT;
        }

        boolean needsHazards() {
            return this == LINK;
        }
    }

    private final WorkbenchServices services;
    private final Messages messages;
    private final Proposal proposal;
    private final Action action;
    private final StringProperty score = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty hazards = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Proposal> done = new ReadOnlyObjectWrapper<>();

    ProposalActionViewModel(WorkbenchServices services, Proposal proposal, Action action) {
        this.services = services;
        this.messages = services.messages();
        this.proposal = proposal;
        this.action = action;
        date.set(LedgerDay.china().today(services.clock()));
        if (proposal.score() != null) {
            score.set(proposal.score().toString());
        }
        if (proposal.reward() != null) {
            amount.set(proposal.reward().toPlainString());
        }
        hazards.set(String.join(" ", proposal.hazardNumbers()));
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        error.set("");
        Callable<Proposal> work;
        ProposalService service = services.campaign().proposals();
        try {
            work = work(service);
        } catch (NumberFormatException e) {
            error.set(messages.get(action.needsScore() ? "proposals.error.scoreNumber" : "proposals.error.amountNumber"));
            return;
        }
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(work,
                p -> {
                    busy.set(false);
                    done.set(p);
                },
                failure -> {
                    busy.set(false);
                    error.set(Failures.describe(messages, failure));
                }));
    }

    private Callable<Proposal> work(ProposalService service) {
        java.util.UUID id = proposal.id();
        int revision = proposal.revision();
        switch (action) {
            case EVALUATE: {
                int s = Integer.parseInt(score.get().strip());
                String comment = text.get();
                return () -> service.evaluate(id, revision, s, comment);
            }
            case ADOPT: {
                BigDecimal a = amount.get() == null || amount.get().isBlank() ? null : new BigDecimal(amount.get().strip());
                return () -> service.adopt(id, revision, a);
            }
            case REJECT: {
                String reason = text.get();
                return () -> service.reject(id, revision, reason);
            }
            case IMPLEMENT: {
                LocalDate on = date.get();
                return () -> service.implement(id, revision, on);
            }
            case REWARD: {
                BigDecimal a = amount.get() == null || amount.get().isBlank() ? null : new BigDecimal(amount.get().strip());
                return () -> service.reward(id, revision, a);
            }
            default: {
                List<String> numbers = ProposalFormViewModel.numbers(hazards.get());
                return () -> service.linkHazards(id, revision, numbers);
            }
        }
    }

    public Proposal proposal() {
        return proposal;
    }

    public Action action() {
        return action;
    }

    public boolean needsScore() {
        return action.needsScore();
    }

    public boolean needsText() {
        return action.needsText();
    }

    public boolean needsAmount() {
        return action.needsAmount();
    }

    public boolean needsDate() {
        return action.needsDate();
    }

    public boolean needsHazards() {
        return action.needsHazards();
    }

    public StringProperty scoreProperty() {
        return score;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty hazardsProperty() {
        return hazards;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Proposal> doneProperty() {
        return done.getReadOnlyProperty();
    }
}
