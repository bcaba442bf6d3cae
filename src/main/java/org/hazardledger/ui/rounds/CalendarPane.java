package org.hazardledger.ui.rounds;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.FormStatus;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.UnitOption;

/**
 * 合规日历: the month as a grid of days (Monday first), each coloured by its state and marked with
 * a short word, the legend with the month's counts, the year as a heat-map, and the unit's round
 * rule beside them.
 */
final class CalendarPane extends ScrollPane {

    private final CalendarViewModel vm;
    private final Messages m;
    private final GridPane monthGrid = new GridPane();
    private final GridPane yearGrid = new GridPane();

    CalendarPane(CalendarViewModel vm) {
        this.vm = vm;
        this.m = vm.messages();
        setId("rounds-calendar");
        setFitToWidth(true);
        getStyleClass().add("rounds-calendar");

        monthGrid.setId("rounds-month-grid");
        monthGrid.getStyleClass().add("rounds-month-grid");
        yearGrid.setId("rounds-year-grid");
        yearGrid.getStyleClass().add("rounds-year-grid");
        vm.monthCells().addListener((ListChangeListener<DayCell>) c -> drawMonth());
        vm.yearCells().addListener((ListChangeListener<DayCell>) c -> drawYear());

        Label summary = new Label();
        summary.setId("rounds-calendar-summary");
        summary.getStyleClass().add("rounds-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label yearTitle = new Label();
        yearTitle.setId("rounds-year-title");
        yearTitle.getStyleClass().add("rounds-section-title");
        yearTitle.textProperty().bind(Bindings.createStringBinding(vm::yearText, vm.monthProperty()));
        Label yearSummary = new Label();
        yearSummary.setId("rounds-year-summary");
        yearSummary.getStyleClass().add(Styles.MUTED);
        yearSummary.textProperty().bind(vm.yearSummaryProperty());
        Label message = new Label();
        message.setId("rounds-calendar-message");
        message.getStyleClass().add(Styles.FORM_ERROR);
        message.textProperty().bind(vm.messageProperty());

        HBox yearBar = new HBox(8, navButton("rounds-calendar-prev-year", "◀", "rounds.year.previous",
                () -> vm.moveYear(-1)), yearTitle, navButton("rounds-calendar-next-year", "▶", "rounds.year.next",
                () -> vm.moveYear(1)), yearSummary);
        yearBar.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(10, toolbar(), monthGrid, legend(), summary, yearBar, yearGrid, message);
        left.getStyleClass().add("rounds-calendar-main");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox box = new HBox(16, left, ruleEditor());
        box.getStyleClass().add("rounds-calendar-box");
        setContent(box);
    }

    private HBox toolbar() {
        ComboBox<UnitOption> unit = new ComboBox<>(vm.units());
        unit.setId("rounds-calendar-unit");
        unit.setAccessibleText(m.get("rounds.calendar.unit"));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        unit.setVisibleRowCount(16);
        unit.setPrefWidth(260);
        unit.setMinWidth(160);
        Label tier = new Label();
        tier.setId("rounds-calendar-tier");
        tier.getStyleClass().add(Styles.MUTED);
        tier.textProperty().bind(vm.tierTextProperty());
        tier.setMinWidth(Region.USE_PREF_SIZE);
        Label month = new Label();
        month.setId("rounds-calendar-month");
        month.getStyleClass().add("rounds-month");
        month.textProperty().bind(Bindings.createStringBinding(vm::monthText, vm.monthProperty()));
        month.setMinWidth(Region.USE_PREF_SIZE);
        Button today = new Button(m.get("rounds.calendar.today"));
        today.setId("rounds-calendar-today");
        today.setAccessibleText(m.get("rounds.calendar.today"));
        today.setOnAction(e -> vm.thisMonth());
        today.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("rounds-calendar-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox bar = new HBox(8, unit, tier, navButton("rounds-calendar-prev", "◀", "rounds.month.previous",
                () -> vm.moveMonth(-1)), month, navButton("rounds-calendar-next", "▶", "rounds.month.next",
                () -> vm.moveMonth(1)), today, busy,
                new org.hazardledger.ui.sheetexport.SheetExportBar(vm.excel(), "rounds-calendar-export",
                        vm::exportExcel));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button navButton(String id, String text, String helpKey, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAccessibleText(m.get(helpKey));
        b.setTooltip(new Tooltip(m.get(helpKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void drawMonth() {
        monthGrid.getChildren().clear();
        Locale locale = m.locale();
        for (DayOfWeek d : DayOfWeek.values()) {
            Label head = new Label(d.getDisplayName(TextStyle.SHORT, locale));
            head.getStyleClass().add("rounds-weekday");
            head.setMaxWidth(Double.MAX_VALUE);
            monthGrid.add(head, d.getValue() - 1, 0);
        }
        int offset = vm.leadingBlanksProperty().get();
        for (int i = 0; i < vm.monthCells().size(); i++) {
            DayCell cell = vm.monthCells().get(i);
            int slot = offset + i;
            Label day = new Label(cell.day().getDayOfMonth() + "\n" + shortState(cell.state()));
            day.setId("rounds-day-" + cell.day());
            day.getStyleClass().addAll("rounds-day", stateClass(cell.state()));
            if (cell.periodStart()) {
                day.getStyleClass().add("period-start");
            }
            if (cell.periodEnd()) {
                day.getStyleClass().add("period-end");
            }
            day.setMaxWidth(Double.MAX_VALUE);
            day.setTooltip(new Tooltip(cell.text()));
            day.setAccessibleText(cell.text());
            monthGrid.add(day, slot % 7, 1 + slot / 7);
        }
    }

    private void drawYear() {
        yearGrid.getChildren().clear();
        for (int d = 1; d <= 31; d++) {
            if (d == 1 || d % 5 == 0) {
                Label head = new Label(Integer.toString(d));
                head.getStyleClass().add("rounds-heat-head");
                yearGrid.add(head, d, 0);
            }
        }
        for (int month = 1; month <= 12; month++) {
            Label head = new Label(m.get("rounds.heat.month", month));
            head.getStyleClass().add("rounds-heat-head");
            yearGrid.add(head, 0, month);
        }
        for (DayCell cell : vm.yearCells()) {
            Region r = new Region();
            r.setId("rounds-heat-" + cell.day());
            r.getStyleClass().addAll("rounds-heat-cell", stateClass(cell.state()));
            Tooltip.install(r, new Tooltip(cell.text()));
            r.setAccessibleText(cell.text());
            yearGrid.add(r, cell.day().getDayOfMonth(), cell.day().getMonthValue());
        }
    }

    private VBox legend() {
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(14, 4);
        row.setId("rounds-legend");
        row.getStyleClass().add("rounds-legend");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPrefWrapLength(540);
        for (ComplianceState s : ComplianceState.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("rounds-swatch", stateClass(s));
            Label text = new Label();
            text.setId("rounds-legend-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            text.textProperty().bind(Bindings.createStringBinding(() -> m.get("rounds.legend.item",
                    vm.stateText(s), shortState(s), vm.countProperty(s).get()), vm.countProperty(s)));
            text.setMinWidth(Region.USE_PREF_SIZE);
            HBox item = new HBox(4, swatch, text);
            item.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(item);
        }
        return new VBox(row);
    }

    private VBox ruleEditor() {
        RoundRuleViewModel rule = vm.rule();
        Label title = new Label(m.get("rounds.rule.title"));
        title.getStyleClass().add("rounds-section-title");
        Label hint = new Label(m.get("rounds.rule.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);

        ComboBox<Choice<org.hazardledger.model.InspectionFrequency>> frequency = new ComboBox<>(rule.frequencies());
        frequency.valueProperty().bindBidirectional(rule.frequencyProperty());
        TextField pattern = new TextField();
        pattern.setPromptText(m.get("rounds.rule.pattern.prompt"));
        pattern.textProperty().bindBidirectional(rule.patternProperty());
        DatePicker anchor = new DatePicker();
        anchor.setConverter(new IsoDateConverter());
        anchor.valueProperty().bindBidirectional(rule.anchorProperty());
        CheckBox skip = new CheckBox(m.get("rounds.rule.skipHolidays"));
        skip.setId("rounds-rule-skip-holidays");
        skip.setAccessibleText(m.get("rounds.rule.skipHolidays"));
        skip.selectedProperty().bindBidirectional(rule.skipHolidaysProperty());

        Button save = new Button(m.get("rounds.rule.save"));
        save.setId("rounds-rule-save");
        save.getStyleClass().add(Styles.PRIMARY);
        save.setAccessibleText(m.get("rounds.rule.save"));
        save.disableProperty().bind(rule.busyProperty().or(rule.editableProperty().not()));
        save.setOnAction(e -> rule.save());

        Label readOnly = new Label(m.get("rounds.rule.readOnly"));
        readOnly.setId("rounds-rule-read-only");
        readOnly.getStyleClass().add(Styles.MUTED);
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(rule.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        for (javafx.scene.Node n : new javafx.scene.Node[] {frequency, pattern, anchor, skip}) {
            n.disableProperty().bind(rule.editableProperty().not());
        }
        Label saved = new Label();
        saved.setId("rounds-rule-message");
        saved.getStyleClass().add(Styles.MUTED);
        saved.setWrapText(true);
        saved.textProperty().bind(rule.messageProperty());

        VBox box = new VBox(6, title, hint,
                new FormField(m.get("rounds.rule.frequency"), frequency, "rounds-rule-frequency",
                        rule.errorProperty(RoundRuleViewModel.FREQUENCY)),
                new FormField(m.get("rounds.rule.pattern"), pattern, "rounds-rule-pattern",
                        rule.errorProperty(RoundRuleViewModel.PATTERN)),
                new FormField(m.get("rounds.rule.anchor"), anchor, "rounds-rule-anchor",
                        rule.errorProperty(RoundRuleViewModel.ANCHOR)),
                skip, save, readOnly, saved,
                FormStatus.row("rounds-rule-busy", rule.busyProperty(),
                        FormStatus.error("rounds-rule-summary", rule.formErrorProperty())));
        box.getStyleClass().add("rounds-rule");
        box.setMinWidth(260);
        box.setPrefWidth(280);
        box.setMaxWidth(300);
        return box;
    }

    /** The style class of a state: its colour comes from the theme's tokens. */
    static String stateClass(ComplianceState s) {
        return switch (s) {
            case DONE -> "compliance-done";
            case MISSED -> "compliance-missed";
            case DUE -> "compliance-due";
            case UPCOMING -> "compliance-upcoming";
            case NOT_REQUIRED -> "compliance-not-required";
        };
    }

    /** A short word in the cell, so the state does not rest on colour alone. */
    private String shortState(ComplianceState s) {
        return switch (s) {
            case DONE -> m.get("rounds.state.short.done");
            case MISSED -> m.get("rounds.state.short.missed");
            case DUE -> m.get("rounds.state.short.due");
            case UPCOMING -> m.get("rounds.state.short.upcoming");
            case NOT_REQUIRED -> m.get("rounds.state.short.notRequired");
        };
    }
}
