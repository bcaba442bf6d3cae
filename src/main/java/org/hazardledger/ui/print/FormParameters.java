package org.hazardledger.ui.print;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.UnitOption;

/**
 * What each form needs before it can be printed, field by field, and the check of it: a request
 * when every field of the chosen form is filled, else a message under each wrong field.
 */
public final class FormParameters {

    /** The groups of fields, one per family of forms. */
    public enum Group { HAZARD, UNION, ROUND, ARCHIVE, STATISTICS, PERIOD }

    static final Pattern HAZARD_NUMBER = Pattern.compile("YH-\\d{4}-\\d{2}-\\d{4,}");
    static final Pattern RECORD_NUMBER = Pattern.compile("GH-\\d{4}-\\d{4,}");

    private final Messages messages;
    final StringProperty hazardNumber = new SimpleStringProperty("");
    final StringProperty hazardError = new SimpleStringProperty("");
    final StringProperty recordNumber = new SimpleStringProperty("");
    final StringProperty recordError = new SimpleStringProperty("");
    final ObjectProperty<UnitOption> roundUnit = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> roundDate = new SimpleObjectProperty<>();
    final ObjectProperty<RoundRow> round = new SimpleObjectProperty<>();
    final StringProperty roundError = new SimpleStringProperty("");
    final ObjectProperty<Tier> archiveTier = new SimpleObjectProperty<>();
    final ObjectProperty<UnitOption> archiveUnit = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> archiveFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> archiveTo = new SimpleObjectProperty<>();
    final StringProperty archiveError = new SimpleStringProperty("");
    final StringProperty year = new SimpleStringProperty("");
    /** 1–4, or null for the whole year. */
    final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>();
    final StringProperty statisticsError = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    final StringProperty periodError = new SimpleStringProperty("");

    FormParameters(Messages messages, LocalDate today) {
        this.messages = messages;
        roundDate.set(today);
        archiveFrom.set(today.withDayOfMonth(1));
        archiveTo.set(today);
        year.set(String.valueOf(today.getYear()));
        quarter.set((today.getMonthValue() - 1) / 3 + 1);
        periodFrom.set(today.withDayOfYear(1));
        periodTo.set(today);
    }

    public static Group groupOf(FormKind kind) {
        switch (kind) {
            case NOTICE:
            case CLOSURE:
            case MAJOR_REPORT:
            case MAJOR_PLAN:
                return Group.HAZARD;
            case UNION_PROPOSAL:
            case STOP_PRODUCTION:
                return Group.UNION;
            case ROUND_RECORD:
                return Group.ROUND;
            case TIER_ARCHIVE:
                return Group.ARCHIVE;
            case STATISTICS:
                return Group.STATISTICS;
            default:
                return Group.PERIOD;
        }
    }

    /** The request for {@code kind}, or empty with the wrong fields marked. */
    Optional<FormRequest> request(FormKind kind) {
        clearErrors();
        switch (groupOf(kind)) {
            case HAZARD: {
                String n = hazardNumber.get() == null ? "" : hazardNumber.get().strip().toUpperCase(java.util.Locale.ROOT);
                if (!HAZARD_NUMBER.matcher(n).matches()) {
                    hazardError.set(messages.get("forms.error.hazardNumber"));
                    return Optional.empty();
                }
                return Optional.of(new FormRequest.HazardForm(kind, n));
            }
            case UNION: {
                String n = recordNumber.get() == null ? "" : recordNumber.get().strip().toUpperCase(java.util.Locale.ROOT);
                if (!RECORD_NUMBER.matcher(n).matches()) {
                    recordError.set(messages.get("forms.error.recordNumber"));
                    return Optional.empty();
                }
                return Optional.of(new FormRequest.UnionForm(n));
            }
            case ROUND:
                if (round.get() == null) {
                    roundError.set(messages.get(roundUnit.get() == null || roundDate.get() == null
                            ? "forms.error.roundUnitAndDate" : "forms.error.noRound"));
                    return Optional.empty();
                }
                return Optional.of(new FormRequest.RoundRecord(round.get().id()));
            case ARCHIVE:
                if (archiveTier.get() == null || archiveUnit.get() == null) {
                    archiveError.set(messages.get("forms.error.tierAndUnit"));
                    return Optional.empty();
                }
                return period(archiveFrom.get(), archiveTo.get(), archiveError).map(p ->
                        new FormRequest.Archive(archiveTier.get(), archiveUnit.get().id(), p[0], p[1]));
            case STATISTICS:
                return statistics();
            default:
                return period(periodFrom.get(), periodTo.get(), periodError).map(p ->
                        new FormRequest.Briefing(p[0], p[1]));
        }
    }

    private Optional<FormRequest> statistics() {
        int y;
        try {
            y = Integer.parseInt(year.get() == null ? "" : year.get().strip());
        } catch (NumberFormatException e) {
            y = -1;
        }
        if (y < 2000 || y > 2100) {
            statisticsError.set(messages.get("forms.error.year"));
            return Optional.empty();
        }
        return Optional.of(new FormRequest.Statistics(y, quarter.get()));
    }

    private Optional<LocalDate[]> period(LocalDate from, LocalDate to, StringProperty error) {
        if (from == null || to == null) {
            error.set(messages.get("forms.error.period"));
            return Optional.empty();
        }
        if (to.isBefore(from)) {
            error.set(messages.get("forms.error.periodOrder"));
            return Optional.empty();
        }
        return Optional.of(new LocalDate[] {from, to});
    }

    private void clearErrors() {
        for (StringProperty e : new StringProperty[] {hazardError, recordError, roundError, archiveError,
                statisticsError, periodError}) {
            e.set("");
        }
    }

    public StringProperty hazardNumberProperty() {
        return hazardNumber;
    }

    public StringProperty hazardErrorProperty() {
        return hazardError;
    }

    public StringProperty recordNumberProperty() {
        return recordNumber;
    }

    public StringProperty recordErrorProperty() {
        return recordError;
    }

    public ObjectProperty<UnitOption> roundUnitProperty() {
        return roundUnit;
    }

    public ObjectProperty<LocalDate> roundDateProperty() {
        return roundDate;
    }

    public ObjectProperty<RoundRow> roundProperty() {
        return round;
    }

    public StringProperty roundErrorProperty() {
        return roundError;
    }

    public ObjectProperty<Tier> archiveTierProperty() {
        return archiveTier;
    }

    public ObjectProperty<UnitOption> archiveUnitProperty() {
        return archiveUnit;
    }

    public ObjectProperty<LocalDate> archiveFromProperty() {
        return archiveFrom;
    }

    public ObjectProperty<LocalDate> archiveToProperty() {
        return archiveTo;
    }

    public StringProperty archiveErrorProperty() {
        return archiveError;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public StringProperty statisticsErrorProperty() {
        return statisticsError;
    }

    public ObjectProperty<LocalDate> periodFromProperty() {
        return periodFrom;
    }

    public ObjectProperty<LocalDate> periodToProperty() {
        return periodTo;
    }

    public StringProperty periodErrorProperty() {
        return periodError;
    }
}
