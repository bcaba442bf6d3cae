package org.hazardledger.ui.reminders;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.Escalation;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.Reminders;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 提醒: what needs attention today in the signed-in user's units — rounds due today, rounds missed
 * yesterday, hazards due soon, overdue hazards and where they were escalated. Read after sign-in
 * and again when the date changes ({@link #checkDay()}); the panel shows it, and a notification
 * sums it up once per day.
 */
public final class ReminderViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<String> roundsDue = FXCollections.observableArrayList();
    private final ObservableList<String> roundsMissed = FXCollections.observableArrayList();
    private final ObservableList<String> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<String> overdue = FXCollections.observableArrayList();
    private final ObservableList<String> escalations = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanProperty shown = new SimpleBooleanProperty();
    /** Set to the day's summary each time a new day's reminders arrive with something in them. */
    private final ReadOnlyObjectWrapper<String> notification = new ReadOnlyObjectWrapper<>();
    private LocalDate loadedFor;

    public ReminderViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    /** Reads today's reminders in the background; the panel opens when there is something to see. */
    public void load() {
        LocalDate day = today();
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.reminders().openDay(),
                r -> {
                    busy.set(false);
                    boolean newDay = !day.equals(loadedFor);
                    loadedFor = day;
                    fill(r);
                    if (newDay && !r.isEmpty()) {
                        shown.set(true);
                        notification.set(null);
                        notification.set(summary.get());
                    }
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    /** The clock's check: when the date has changed since the last reading, reads again. */
    public void checkDay() {
        if (loadedFor != null && !today().equals(loadedFor) && !busy.get()) {
            load();
        }
    }

    /** Signed out: nothing is shown for the next person until they have signed in. */
    public void clear() {
        loadedFor = null;
        fill(new Reminders(today(), List.of(), List.of(), List.of(), List.of(), List.of()));
        shown.set(false);
    }

    private void fill(Reminders r) {
        roundsDue.setAll(r.roundsDue().stream().map(this::roundText).toList());
        roundsMissed.setAll(r.roundsMissedYesterday().stream().map(this::roundText).toList());
        dueSoon.setAll(r.dueSoon().stream().map(h -> hazardText(h, "reminders.dueOn")).toList());
        overdue.setAll(r.overdue().stream().map(h -> hazardText(h, "reminders.overdueSince")).toList());
        escalations.setAll(r.escalations().stream().map(this::escalationText).toList());
        count.set(r.count());
        summary.set(messages.get("reminders.summary", r.roundsDue().size(), r.roundsMissedYesterday().size(),
                r.dueSoon().size(), r.overdue().size(), r.escalations().size()));
        message.set(r.isEmpty() ? messages.get("reminders.nothing") : "");
    }

    private String roundText(ComplianceEntry e) {
        String period = e.period().from().equals(e.period().to()) ? e.period().from().toString()
                : messages.get("rounds.archive.span", e.period().from(), e.period().to());
        return messages.get("reminders.round", e.unitName(), messages.label(e.tier()), period);
    }

    private String hazardText(HazardRow h, String key) {
        return messages.get(key, h.number(), h.unitName(), h.deadline(), h.description());
    }

    private String escalationText(Escalation e) {
        String to = e.toPrincipal() ? messages.get("reminders.principal")
                : e.toUnitName() + (e.toHeadName() == null ? "" : " " + e.toHeadName());
        return messages.get("reminders.escalation", e.number(), e.daysOverdue(), to);
    }

    private LocalDate today() {
        return LedgerDay.china().today(services.clock());
    }

    public ObservableList<String> roundsDue() {
        return roundsDue;
    }

    public ObservableList<String> roundsMissed() {
        return roundsMissed;
    }

    public ObservableList<String> dueSoon() {
        return dueSoon;
    }

    public ObservableList<String> overdue() {
        return overdue;
    }

    public ObservableList<String> escalations() {
        return escalations;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "今日待检查 2 · 昨日漏检 1 · 临期隐患 0 · 逾期隐患 3 · 已升级 1". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the panel is open; the user closes and reopens it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The text for the pop-up notification, set once per day when there is something to say. */
    public ReadOnlyObjectProperty<String> notificationProperty() {
        return notification.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
