package org.hazardledger.ui.federation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.ConsolidatedRecord;
import org.hazardledger.model.ConsolidatedUnionRecord;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.service.FederationService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The federation's 汇总 page: its enterprises with their figures, and across them the major, listed
 * and overdue hazards, stop-production recommendations, compliance and campaign figures. Choosing
 * an enterprise narrows the lists to it; choosing none shows all.
 */
public final class FederationViewModel {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<EnterpriseOverview> enterprises = FXCollections.observableArrayList();
    private final ObjectProperty<EnterpriseOverview> selectedEnterprise = new SimpleObjectProperty<>();
    private final ObservableList<ConsolidatedHazard> majorAll = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedHazard> listedAll = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedHazard> overdueAll = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedUnionRecord> stopsAll = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedRecord> complianceAll = FXCollections.observableArrayList();
    private final ObservableList<ConsolidatedRecord> campaignAll = FXCollections.observableArrayList();
    private final FilteredList<ConsolidatedHazard> major = new FilteredList<>(majorAll);
    private final FilteredList<ConsolidatedHazard> listed = new FilteredList<>(listedAll);
    private final FilteredList<ConsolidatedHazard> overdue = new FilteredList<>(overdueAll);
    private final FilteredList<ConsolidatedUnionRecord> stops = new FilteredList<>(stopsAll);
    private final FilteredList<ConsolidatedRecord> compliance = new FilteredList<>(complianceAll);
    private final FilteredList<ConsolidatedRecord> campaign = new FilteredList<>(campaignAll);
    private final ObjectProperty<ConsolidatedHazard> selectedHazard = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FederationViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        selectedEnterprise.addListener((o, was, now) -> narrow(now == null ? null : now.installation()));
    }

    /** Reads everything afresh in the background. */
    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        FederationService federation = services.exchange().federation();
        LocalDate today = today();
        services.tasks().execute(BackgroundTask.of(
                () -> new Snapshot(federation.enterprises(today), federation.majorHazards(null, false),
                        federation.listedHazards(), federation.overdueHazards(today),
                        federation.stopProductionRecommendations(), federation.compliance(),
                        federation.campaignFigures()),
                s -> {
                    busy.set(false);
                    UUID kept = selectedEnterprise.get() == null ? null : selectedEnterprise.get().installation();
                    enterprises.setAll(s.enterprises());
                    majorAll.setAll(s.major());
                    listedAll.setAll(s.listed());
                    overdueAll.setAll(s.overdue());
                    stopsAll.setAll(s.stops());
                    complianceAll.setAll(s.compliance());
                    campaignAll.setAll(s.campaign());
                    selectedEnterprise.set(s.enterprises().stream().filter(e -> e.installation().equals(kept))
                            .findFirst().orElse(null));
                    narrow(kept);
                    message.set(s.enterprises().isEmpty() ? messages.get("federation.noEnterprises")
                            : messages.get("federation.loaded", s.enterprises().size()));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    private void narrow(UUID installation) {
        major.setPredicate(h -> installation == null || installation.equals(h.installation()));
        listed.setPredicate(h -> installation == null || installation.equals(h.installation()));
        overdue.setPredicate(h -> installation == null || installation.equals(h.installation()));
        stops.setPredicate(u -> installation == null || installation.equals(u.installation()));
        compliance.setPredicate(r -> installation == null || installation.equals(r.installation()));
        campaign.setPredicate(r -> installation == null || installation.equals(r.installation()));
    }

    /** A notice form for the chosen enterprise and hazard (either may be missing). */
    public NoticeFormViewModel newNoticeForm() {
        EnterpriseOverview e = selectedEnterprise.get();
        ConsolidatedHazard h = selectedHazard.get();
        UUID enterprise = e != null ? e.installation() : h != null ? h.installation() : null;
        return new NoticeFormViewModel(services, List.copyOf(enterprises), enterprise,
                h != null && h.installation().equals(enterprise) ? h.hazardId() : null);
    }

    /** After the dialog wrote a notice. */
    public void noticeIssued(FederationNotice notice) {
        message.set(messages.get("federation.noticeIssued", notice.title()));
    }

    // ---- texts for the tables ----

    public String lastBundleText(EnterpriseOverview e) {
        return e.lastBundleAt() == null ? messages.get("federation.never")
                : STAMP.format(e.lastBundleAt().atZoneSameInstant(services.clock().getZone()));
    }

    public String gradeText(ConsolidatedHazard h) {
        return h.grade() == null ? "" : messages.label(h.grade());
    }

    public String statusText(ConsolidatedHazard h) {
        return h.status() == null ? "" : messages.label(h.status());
    }

    public String kindText(ConsolidatedUnionRecord u) {
        return messages.label(u.kind());
    }

    public String answeredText(ConsolidatedUnionRecord u) {
        return u.answeredOn() == null ? messages.get("federation.unanswered") : date(u.answeredOn());
    }

    /** A generically read record's fields, "name: value" joined. */
    public String fieldsText(ConsolidatedRecord r) {
        return fieldsText(r.fields());
    }

    static String fieldsText(Map<String, Object> fields) {
        return fields.entrySet().stream().filter(f -> f.getValue() != null)
                .map(f -> f.getKey() + ": " + f.getValue()).collect(Collectors.joining("；"));
    }

    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private LocalDate today() {
        return LocalDate.now(services.clock());
    }

    public ObservableList<EnterpriseOverview> enterprises() {
        return enterprises;
    }

    /** The enterprise the lists are narrowed to; null = all. */
    public ObjectProperty<EnterpriseOverview> selectedEnterpriseProperty() {
        return selectedEnterprise;
    }

    /** The hazard chosen in one of the hazard lists (the notice dialog starts with it). */
    public ObjectProperty<ConsolidatedHazard> selectedHazardProperty() {
        return selectedHazard;
    }

    public ObservableList<ConsolidatedHazard> majorHazards() {
        return major;
    }

    public ObservableList<ConsolidatedHazard> listedHazards() {
        return listed;
    }

    public ObservableList<ConsolidatedHazard> overdueHazards() {
        return overdue;
    }

    public ObservableList<ConsolidatedUnionRecord> stopProduction() {
        return stops;
    }

    public ObservableList<ConsolidatedRecord> compliance() {
        return compliance;
    }

    public ObservableList<ConsolidatedRecord> campaignFigures() {
        return campaign;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private record Snapshot(List<EnterpriseOverview> enterprises, List<ConsolidatedHazard> major,
                            List<ConsolidatedHazard> listed, List<ConsolidatedHazard> overdue,
                            List<ConsolidatedUnionRecord> stops, List<ConsolidatedRecord> compliance,
                            List<ConsolidatedRecord> campaign) {
    }
}
