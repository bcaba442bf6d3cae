package org.hazardledger.ui.print;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.RoundRow;
import org.hazardledger.report.FormBatches;
import org.hazardledger.report.FormKind;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The 表单打印 page: every form the ledger prints, the fields the chosen one needs, and two batches
 * (a month's closure forms, a unit's notices). Each ends in a {@link PrintJob} for the preview.
 */
public final class FormsViewModel {

    /** One printable form as listed: its title, form number and what it is for. */
    public record KindEntry(FormKind kind, String label, String formNumber, String description) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final WorkbenchServices services;
    private final Messages messages;
    private final ObservableList<KindEntry> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<KindEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<FormParameters.Group> group = new ReadOnlyObjectWrapper<>();
    private final ObservableList<UnitOption> units = FXCollections.observableArrayList();
    private final ObservableList<RoundRow> rounds = FXCollections.observableArrayList();
    private final FormParameters parameters;
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty monthError = new SimpleStringProperty("");
    private final ObjectProperty<UnitOption> noticeUnit = new SimpleObjectProperty<>();
    private final StringProperty noticeUnitError = new SimpleStringProperty("");
    private final StringProperty loadError = new SimpleStringProperty("");

    public FormsViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
        LocalDate today = LocalDate.now(services.clock());
        this.parameters = new FormParameters(messages, today);
        month.set(YearMonth.from(today));
        Arrays.stream(FormKind.values()).map(k -> new KindEntry(k, messages.label(k), k.formNumber(),
                messages.get(descriptionKey(k)))).forEach(kinds::add);
        selected.addListener((o, was, now) -> group.set(now == null ? null : FormParameters.groupOf(now.kind())));
        selected.set(kinds.get(0));
        parameters.roundUnit.addListener((o, was, now) -> loadRounds());
        parameters.roundDate.addListener((o, was, now) -> loadRounds());
    }

    /** Reads the units (for the pickers) in the background. */
    public void start() {
        services.tasks().execute(BackgroundTask.of(() -> UnitOption.fromUnits(services.organisation().units()),
                units::setAll, failure -> loadError.set(Failures.describe(messages, failure))));
    }

    /** The rounds the chosen unit recorded on the chosen day, for the round record. */
    private void loadRounds() {
        UnitOption unit = parameters.roundUnit.get();
        LocalDate day = parameters.roundDate.get();
        parameters.round.set(null);
        if (unit == null || day == null) {
            rounds.clear();
            return;
        }
        services.tasks().execute(BackgroundTask.of(() -> services.rounds().rounds(unit.id(), day, day), found -> {
            if (unit.equals(parameters.roundUnit.get()) && day.equals(parameters.roundDate.get())) {
                rounds.setAll(found);
                parameters.round.set(found.isEmpty() ? null : found.get(0));
            }
        }, failure -> parameters.roundError.set(Failures.describe(messages, failure))));
    }

    /** 预览: the chosen form, when its fields are right. */
    public Optional<PrintJob> preview() {
        KindEntry entry = selected.get();
        if (entry == null) {
            return Optional.empty();
        }
        return parameters.request(entry.kind()).map(r -> PrintJob.of(services.reports(), entry.label(), r));
    }

    /** 本月销号单: every closure form of the hazards struck off in the chosen month, as one PDF. */
    public Optional<PrintJob> monthClosures() {
        monthError.set("");
        YearMonth m = month.get();
        if (m == null) {
            monthError.set(messages.get("forms.error.month"));
            return Optional.empty();
        }
        FormBatches batches = new FormBatches(services.hazards());
        return Optional.of(PrintJob.batch(services.reports(),
                messages.get("forms.batch.closures.job", String.valueOf(m.getYear()), m.getMonthValue()), () -> batches.closuresOf(m)));
    }

    /** 单位整改通知单: the notices of every hazard under rectification in the unit and below it. */
    public Optional<PrintJob> unitNotices() {
        noticeUnitError.set("");
        UnitOption unit = noticeUnit.get();
        if (unit == null) {
            noticeUnitError.set(messages.get("forms.error.unit"));
            return Optional.empty();
        }
        FormBatches batches = new FormBatches(services.hazards());
        return Optional.of(PrintJob.batch(services.reports(), messages.get("forms.batch.notices.job", unit.path()),
                () -> batches.noticesOf(unit.id(), unit.name())));
    }

    static String descriptionKey(FormKind kind) {
        switch (kind) {
            case NOTICE:
                return "forms.description.NOTICE";
            case CLOSURE:
                return "forms.description.CLOSURE";
            case UNION_PROPOSAL:
                return "forms.description.UNION_PROPOSAL";
            case STOP_PRODUCTION:
                return "forms.description.STOP_PRODUCTION";
            case MAJOR_REPORT:
                return "forms.description.MAJOR_REPORT";
            case MAJOR_PLAN:
                return "forms.description.MAJOR_PLAN";
            case TIER_ARCHIVE:
                return "forms.description.TIER_ARCHIVE";
            case STATISTICS:
                return "forms.description.STATISTICS";
            case CONGRESS_BRIEFING:
                return "forms.description.CONGRESS_BRIEFING";
            default:
                return "forms.description.ROUND_RECORD";
        }
    }

    public ObservableList<KindEntry> kinds() {
        return kinds;
    }

    public ObjectProperty<KindEntry> selectedProperty() {
        return selected;
    }

    /** Which fields the chosen form needs. */
    public ReadOnlyObjectProperty<FormParameters.Group> groupProperty() {
        return group.getReadOnlyProperty();
    }

    public FormParameters parameters() {
        return parameters;
    }

    public ObservableList<UnitOption> units() {
        return units;
    }

    public ObservableList<RoundRow> rounds() {
        return rounds;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public StringProperty monthErrorProperty() {
        return monthError;
    }

    public ObjectProperty<UnitOption> noticeUnitProperty() {
        return noticeUnit;
    }

    public StringProperty noticeUnitErrorProperty() {
        return noticeUnitError;
    }

    public StringProperty loadErrorProperty() {
        return loadError;
    }

    /** The words for a round in the picker: "2026-06-15 合成一班 · 张三". */
    public String describe(RoundRow r) {
        return r == null ? "" : messages.get("forms.round.option", r.heldOn().toString(), r.unitName(),
                r.inspectorNames() == null ? "" : r.inspectorNames());
    }

    /** Unused list kept private: the months offered in the batch picker, newest first (this year and last). */
    public List<YearMonth> recentMonths() {
        YearMonth now = YearMonth.now(services.clock());
        return java.util.stream.IntStream.range(0, 24).mapToObj(now::minusMonths).toList();
    }
}
