package org.hazardledger.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.SafetyReportRow;
import org.hazardledger.model.SealKeyStatus;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.hazard.RegisterHazardViewModel;

/**
 * The 举报 tab: the reports with their pseudonyms (never an identity), registering, turning a report
 * into a hazard or linking one, and for the union chair who holds the seal key: making or changing the
 * key and 查看身份. Everything reads and writes in the background.
 */
public final class ReportsViewModel {

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<SafetyReportRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SafetyReportRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SealKeyStatus> key = new ReadOnlyObjectWrapper<>(
            new SealKeyStatus(false, null, null, false, false, 0));
    private final ReadOnlyBooleanWrapper mayRegister = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canConvert;
    private final BooleanBinding canUnseal;
    private UUID reselect;

    public ReportsViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        canConvert = Bindings.createBooleanBinding(() -> mayRegister.get() && selected.get() != null
                && selected.get().report().hazardId() == null, mayRegister, selected);
        canUnseal = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().keyHeldByMe(),
                selected);
    }

    /** (Re)reads the reports and the key's state in the background. */
    public void load() {
        mayRegister.set(services.campaign().reports().canRegister());
        UUID keep = reselect != null ? reselect : selected.get() == null ? null : selected.get().report().id();
        reselect = null;
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Page(services.campaign().reports().list(), services.campaign().reports().keyStatus()),
                page -> {
                    busy.set(false);
                    rows.setAll(page.rows());
                    key.set(page.key());
                    selected.set(page.rows().stream().filter(r -> r.report().id().equals(keep)).findFirst()
                            .orElse(null));
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    private record Page(List<SafetyReportRow> rows, SealKeyStatus key) {
    }

    public RegisterReportViewModel newRegisterForm() {
        return new RegisterReportViewModel(services);
    }

    /** After the register dialog saved a report. */
    public void registered(SafetyReport report) {
        message.set(messages.get("reports.registered", report.number(), report.pseudonym()));
        reselect = report.id();
        load();
    }

    /** The key form: a new key when there is none, a change when the user holds it. */
    public Optional<SealKeyViewModel> newKeyForm() {
        SealKeyStatus k = key.get();
        if (k.heldByMe()) {
            return Optional.of(new SealKeyViewModel(services, true));
        }
        return k.mayCreate() ? Optional.of(new SealKeyViewModel(services, false)) : Optional.empty();
    }

    /** After the key dialog made or changed the key. */
    public void keyChanged(boolean rotated) {
        message.set(messages.get(rotated ? "reports.key.rotated" : "reports.key.created"));
        load();
    }

    /** The 查看身份 form for the selected report, when the user holds its key. */
    public Optional<UnsealViewModel> newUnsealForm() {
        return canUnseal.get() ? Optional.of(new UnsealViewModel(services, selected.get().report()))
                : Optional.empty();
    }

    /**
     * 转为隐患: reads the prepared draft in the background and hands {@code open} a register form that
     * starts from it and saves through the report (finder anonymous, source by channel).
     */
    public void convertToHazard(Consumer<RegisterHazardViewModel> open) {
        if (!canConvert.get()) {
            return;
        }
        UUID id = selected.get().report().id();
        services.tasks().execute(BackgroundTask.of(
                () -> services.campaign().reports().hazardDraft(id),
                draft -> open.accept(new RegisterHazardViewModel(services, draft,
                        d -> services.campaign().reports().registerHazard(id, d))),
                failure -> message.set(Failures.describe(messages, failure))));
    }

    /** After the hazard form registered the hazard from the selected report. */
    public void hazardRegistered(Hazard hazard) {
        message.set(messages.get("reports.hazardRegistered", hazard.number().toString()));
        load();
    }

    /** 关联隐患: links the selected report to the hazard numbered {@code number}. */
    public void linkHazard(String number) {
        if (!canConvert.get() || number == null || number.isBlank()) {
            return;
        }
        UUID id = selected.get().report().id();
        String n = number.strip().toUpperCase(java.util.Locale.ROOT);
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> services.campaign().reports().linkHazard(id, n),
                report -> {
                    busy.set(false);
                    message.set(messages.get("reports.linked", report.number(), n));
                    reselect = report.id();
                    load();
                },
                failure -> {
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    /** 导出 CSV: asks where, then writes the table's snapshot (taken on the FX thread) in the background. */
    public void exportCsv(List<List<String>> lines) {
        Optional<Path> file = services.dialogs().chooseSaveFile(messages.get("reports.export.title"),
                messages.get("reports.export.fileName"), messages.get("reports.export.csv"), "*.csv");
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        services.tasks().execute(BackgroundTask.of(
                () -> {
                    TableCsv.write(lines, target);
                    return target;
                },
                written -> message.set(messages.get("reports.export.done", written.getFileName().toString())),
                failure -> message.set(Failures.describe(messages, failure))));
    }

    // the words of a row's cells

    public String channelText(SafetyReportRow row) {
        return messages.label(row.report().channel());
    }

    public String unitText(SafetyReportRow row) {
        return row.unitName() == null ? "" : row.unitName();
    }

    public String sealedText(SafetyReportRow row) {
        return messages.get(row.report().sealed() ? "reports.sealed.yes" : "reports.sealed.no");
    }

    public String hazardText(SafetyReportRow row) {
        return row.hazardNumber() == null ? "" : row.hazardNumber();
    }

    /** The line about the seal key above the list. */
    public String keyText() {
        SealKeyStatus k = key.get();
        if (!k.present()) {
            return messages.get(k.mayCreate() ? "reports.key.noneYours" : "reports.key.none");
        }
        return messages.get(k.heldByMe() ? "reports.key.heldByYou" : "reports.key.heldBy",
                k.holderName() == null ? "" : k.holderName());
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<SafetyReportRow> rows() {
        return rows;
    }

    public ObjectProperty<SafetyReportRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<SealKeyStatus> keyProperty() {
        return key.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayRegisterProperty() {
        return mayRegister.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canConvertProperty() {
        return canConvert;
    }

    public BooleanBinding canUnsealProperty() {
        return canUnseal;
    }
}
