package org.hazardledger.ui.lifecycle;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.HistoryStep;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The history tab: every event the audit trail holds for the hazard, oldest first, with who did
 * it, the state before and after, and what they wrote.
 */
public final class TimelineViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Events that are not lifecycle actions, and those written by the foundation's ledgers. */
    private static final Map<String, String> OTHER_EVENTS = Map.of("REGISTER", "timeline.REGISTER",
            "ACCEPT_AND_CLOSE", "timeline.ACCEPT_AND_CLOSE", "RECHECK", "timeline.RECHECK",
            "OVERDUE_ESCALATED", "timeline.OVERDUE_ESCALATED", "IMPORT", "timeline.IMPORT");
    /** The fields worth a line, in the order shown, with their labels. */
    private static final List<Map.Entry<String, String>> SHOWN = List.of(
            Map.entry("reason", "timeline.field.reason"), Map.entry("evidence", "timeline.field.evidence"),
            Map.entry("result", "timeline.field.result"), Map.entry("finding", "timeline.field.result"),
            Map.entry("note", "timeline.field.note"), Map.entry("plan", "timeline.field.plan"),
            Map.entry("into", "timeline.field.into"), Map.entry("rectification.measures", "timeline.field.measures"),
            Map.entry("rectification.deadline", "timeline.field.deadline"), Map.entry("on", "timeline.field.on"),
            Map.entry("description", "timeline.field.description"),
            Map.entry("toUnitName", "timeline.field.toUnit"), Map.entry("toHeadName", "timeline.field.toHead"),
            Map.entry("fileName", "timeline.field.fileName"), Map.entry("row", "timeline.field.row"),
            Map.entry("sheetNumber", "timeline.field.sheetNumber"));

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private UUID shown;

    public TimelineViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    public void show(UUID hazardId) {
        shown = hazardId;
        entries.clear();
        if (hazardId == null) {
            return;
        }
        services.tasks().execute(BackgroundTask.of(() -> services.audit().timeline(hazardId), steps -> {
            if (hazardId.equals(shown)) {
                entries.setAll(steps.stream().map(this::entry).toList());
            }
        }, failure -> services.dialogs().showError(messages.get("ledger.error.title"),
                Failures.describe(messages, failure))));
    }

    private TimelineEntry entry(HistoryStep step) {
        String when = step.occurredAt().atZoneSameInstant(services.clock().getZone())
                .format(WHEN);
        return new TimelineEntry(when, step.actor(), what(step.action()), details(step.fields()));
    }

    private String what(String action) {
        String key = OTHER_EVENTS.get(action);
        if (key != null) {
            return messages.get(key);
        }
        try {
            return messages.label(HazardAction.valueOf(action));
        } catch (IllegalArgumentException e) {
            // An event of a kind this version does not know: show its name as recorded.
            return action;
        }
    }

    private String details(Map<String, String> fields) {
        List<String> lines = new ArrayList<>();
        String from = fields.get("from");
        String to = fields.get("to");
        if (from != null && to != null) {
            lines.add(messages.get("timeline.statusChange", status(from), status(to)));
        }
        for (Map.Entry<String, String> f : SHOWN) {
            String v = fields.get(f.getKey());
            if (v != null && !v.isBlank()) {
                lines.add(messages.get("timeline.fieldLine", messages.get(f.getValue()), v));
            }
        }
        return String.join("\n", lines);
    }

    private String status(String name) {
        try {
            return messages.label(HazardStatus.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }
}
