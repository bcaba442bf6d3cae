package org.hazardledger.ui.rounds;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.attachment.AttachmentStripViewModel;

/**
 * The 巡查 page: reads the units and people once per visit and hands them to its tabs — the
 * rounds list, the compliance calendar and the tiered archive — and makes quick-entry forms.
 */
public final class RoundsViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final RoundsContext context = new RoundsContext();
    private final RoundListViewModel list;
    private final CalendarViewModel calendar;
    private final ArchiveViewModel archive;
    /** The selected round's photos and files (检查照片与资料). */
    private final AttachmentStripViewModel attachments;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RoundsViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        this.list = new RoundListViewModel(services, context);
        this.calendar = new CalendarViewModel(services, context);
        this.archive = new ArchiveViewModel(services, context);
        this.attachments = new AttachmentStripViewModel(services);
        list.selectedProperty().addListener((o, was, now) ->
                attachments.show(AttachmentOwnerKind.ROUND, now == null ? null : now.id()));
    }

    public AttachmentStripViewModel attachments() {
        return attachments;
    }

    /** Reads the organisation in the background, then the tabs. Call on every visit: units change elsewhere. */
    public void start() {
        services.tasks().execute(BackgroundTask.of(
                () -> new Organisation(services.organisation().units(), services.organisation().people()),
                org -> {
                    context.fill(org.units(), org.people());
                    ready.set(true);
                    list.start();
                    calendar.start();
                    archive.start();
                },
                failure -> message.set(Failures.describe(messages, failure))));
    }

    /** The checklist editor (检查表). */
    public ChecklistEditorViewModel newChecklistEditor() {
        return new ChecklistEditorViewModel(services);
    }

    /** A fresh quick-entry form at the unit last used. */
    public QuickRoundViewModel newQuickEntry() {
        return new QuickRoundViewModel(services, context);
    }

    /** After the quick entry recorded a round: the list and the calendar show it. */
    public void recorded(org.hazardledger.model.InspectionRound round) {
        list.recorded(round);
        calendar.load();
    }

    /** After a finding was registered from a round. */
    public void findingRegistered(org.hazardledger.model.Hazard hazard) {
        list.findingRegistered(hazard);
        calendar.load();
    }

    public RoundListViewModel list() {
        return list;
    }

    public CalendarViewModel calendar() {
        return calendar;
    }

    public ArchiveViewModel archive() {
        return archive;
    }

    public RoundsContext context() {
        return context;
    }

    public Messages messages() {
        return messages;
    }

    /** The organisation has been read: the quick entry can start. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Organisation(List<OrgUnit> units, List<Person> people) {
    }
}
