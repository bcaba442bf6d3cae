package org.hazardledger.ui.print;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.UnitOption;

/** The fields of each group of forms on the 表单打印 page, each with its message underneath. */
final class FormParameterFields {

    private final FormsViewModel vm;
    private final FormParameters p;
    private final Messages m;

    FormParameterFields(FormsViewModel vm, Messages m) {
        this.vm = vm;
        this.p = vm.parameters();
        this.m = m;
    }

    Node pane(FormParameters.Group group) {
        switch (group) {
            case HAZARD: {
                TextField number = new TextField();
                number.textProperty().bindBidirectional(p.hazardNumber);
                number.setPromptText("YH-2026-06-0001");
                return box(new FormField(m.get("forms.field.hazardNumber"), number, "forms-hazard-number",
                        p.hazardError));
            }
            case UNION: {
                TextField number = new TextField();
                number.textProperty().bindBidirectional(p.recordNumber);
                number.setPromptText("GH-2026-0001");
                return box(new FormField(m.get("forms.field.recordNumber"), number, "forms-record-number",
                        p.recordError));
            }
            case ROUND: {
                ComboBox<RoundRow> round = new ComboBox<>(vm.rounds());
                round.valueProperty().bindBidirectional(p.round);
                round.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(RoundRow r) {
                        return vm.describe(r);
                    }

                    @Override
                    public RoundRow fromString(String s) {
                        return null;
                    }
                });
                round.setPromptText(m.get("forms.field.round.prompt"));
                return box(row(new FormField(m.get("forms.field.unit"), unitBox(p.roundUnit), "forms-round-unit",
                                none()),
                        new FormField(m.get("forms.field.date"), date(p.roundDate), "forms-round-date",
                                none())),
                        new FormField(m.get("forms.field.round"), round, "forms-round", p.roundError));
            }
            case ARCHIVE: {
                ChoiceBox<Tier> tier = new ChoiceBox<>();
                tier.getItems().setAll(Arrays.asList(Tier.values()));
                tier.valueProperty().bindBidirectional(p.archiveTier);
                tier.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Tier t) {
                        return t == null ? "" : m.label(t);
                    }

                    @Override
                    public Tier fromString(String s) {
                        return null;
                    }
                });
                return box(row(new FormField(m.get("forms.field.tier"), tier, "forms-archive-tier",
                                none()),
                        new FormField(m.get("forms.field.unit"), unitBox(p.archiveUnit), "forms-archive-unit",
                                none())),
                        row(new FormField(m.get("forms.field.from"), date(p.archiveFrom), "forms-archive-from",
                                none()),
                        new FormField(m.get("forms.field.to"), date(p.archiveTo), "forms-archive-to", p.archiveError)));
            }
            case STATISTICS: {
                TextField year = new TextField();
                year.textProperty().bindBidirectional(p.year);
                ComboBox<Choice<Integer>> quarter = new ComboBox<>();
                quarter.getItems().add(new Choice<>(null, m.get("forms.field.annual")));
                for (int q = 1; q <= 4; q++) {
                    quarter.getItems().add(new Choice<>(q, m.get("forms.field.quarterN", q)));
                }
                quarter.getSelectionModel().select(p.quarter.get() == null ? 0 : p.quarter.get());
                quarter.valueProperty().addListener((o, was, now) -> p.quarter.set(now == null ? null : now.value()));
                return box(row(new FormField(m.get("forms.field.year"), year, "forms-statistics-year",
                                p.statisticsError),
                        new FormField(m.get("forms.field.quarter"), quarter, "forms-statistics-quarter",
                                none())));
            }
            default:
                return box(row(new FormField(m.get("forms.field.from"), date(p.periodFrom), "forms-period-from",
                                none()),
                        new FormField(m.get("forms.field.to"), date(p.periodTo), "forms-period-to", p.periodError)));
        }
    }

    private ComboBox<UnitOption> unitBox(ObjectProperty<UnitOption> value) {
        ComboBox<UnitOption> unit = new ComboBox<>(vm.units());
        unit.valueProperty().bindBidirectional(value);
        unit.setPromptText(m.get("forms.field.unit.prompt"));
        return unit;
    }

    private static DatePicker date(ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new IsoDateConverter());
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    /** For the fields of a group whose one message shows under the group's last field. */
    private static javafx.beans.value.ObservableStringValue none() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    private static HBox row(Node... fields) {
        HBox row = new HBox(12, fields);
        for (Node f : fields) {
            HBox.setHgrow(f, Priority.ALWAYS);
        }
        return row;
    }

    private static VBox box(Node... children) {
        return new VBox(8, children);
    }
}
