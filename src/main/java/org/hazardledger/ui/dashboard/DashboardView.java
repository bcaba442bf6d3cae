package org.hazardledger.ui.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.hazardledger.model.DashboardFilter;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Choice;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.FxDebouncer;
import org.hazardledger.ui.IsoDateConverter;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.TableCsv;
import org.hazardledger.ui.WorkbenchServices;
import org.hazardledger.ui.dashboard.DashboardViewModel.PeriodKind;

/**
 * 统计: the filter bar, the key figures and the charts (trend by month, by tier, category and unit,
 * open against closed, overdue ageing, the compliance heat-map). The figures are read in the
 * background on every filter change; each chart saves as PNG and its figures as CSV.
 */
public final class DashboardView extends BorderPane {

    public static final String CSS = Styles.css("dashboard/dashboard.css");

    private final WorkbenchServices services;
    private final Messages m;
    private final DashboardViewModel vm;
    private final Label status = new Label();
    private final List<Runnable> redraws = new ArrayList<>();

    public DashboardView(WorkbenchServices services) {
        this.services = services;
        this.m = services.messages();
        this.vm = new DashboardViewModel(services, new FxDebouncer());
        setId("dashboard-view");
        getStyleClass().add("dashboard-view");

        Label title = new Label(m.get("dashboard.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        VBox top = new VBox(8, title, filterBar(), statusLine(), keyFigures());
        top.getStyleClass().add("dashboard-top");
        setTop(top);

        GridPane charts = new GridPane();
        charts.getStyleClass().add("dashboard-charts");
        charts.setHgap(10);
        charts.setVgap(10);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().addAll(half, half);
        charts.add(trendCard(), 0, 0, 2, 1);
        charts.add(sharesCard("dashboard-by-tier", m.get("dashboard.chart.tier"), vm::byTier), 0, 1);
        charts.add(openClosedCard(), 1, 1);
        charts.add(sharesCard("dashboard-by-category", m.get("dashboard.chart.category"), vm::byCategory), 0, 2, 2, 1);
        charts.add(sharesCard("dashboard-by-unit", m.get("dashboard.chart.unit"), vm::byUnit), 0, 3, 2, 1);
        charts.add(ageingCard(), 0, 4);
        charts.add(heatMapCard(), 0, 5, 2, 1);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setId("dashboard-scroll");
        scroll.setFitToWidth(true);
        setCenter(scroll);

        vm.dashboardProperty().addListener((o, was, now) -> redraws.forEach(Runnable::run));
        redraws.forEach(Runnable::run);
    }

    /** (Re)reads what it shows, in the background; called on every visit. */
    public void start() {
        vm.start();
    }

    /** The page's state, for tests that watch what it asked for. */
    public DashboardViewModel viewModel() {
        return vm;
    }

    // ---- filter bar, status and key figures -----------------------------------------------------

    private Node filterBar() {
        ComboBox<Choice<PeriodKind>> period = combo("dashboard-period", vm.periodKinds(), vm.periodKindProperty());
        ComboBox<Choice<DashboardViewModel.Quarter>> quarter =
                combo("dashboard-quarter", vm.quarters(), vm.quarterProperty());
        ComboBox<Choice<Integer>> year = combo("dashboard-year", vm.years(), vm.yearProperty());
        DatePicker from = date("dashboard-from", vm.customFromProperty(), m.get("dashboard.filter.from"));
        DatePicker to = date("dashboard-to", vm.customToProperty(), m.get("dashboard.filter.to"));
        showWhen(quarter, PeriodKind.QUARTER);
        showWhen(year, PeriodKind.YEAR);
        showWhen(from, PeriodKind.CUSTOM);
        showWhen(to, PeriodKind.CUSTOM);
        ComboBox<Choice<java.util.UUID>> unit = combo("dashboard-unit", vm.units(), vm.unitProperty());
        ComboBox<Choice<org.hazardledger.model.Tier>> tier = combo("dashboard-tier", vm.tiers(), vm.tierProperty());
        ComboBox<Choice<String>> category = combo("dashboard-category", vm.categories(), vm.categoryProperty());
        unit.setPrefWidth(260);
        Button refresh = new Button(m.get("dashboard.refresh"));
        refresh.setId("dashboard-refresh");
        refresh.setAccessibleText(m.get("dashboard.refresh"));
        refresh.setOnAction(e -> vm.load());

        FlowPane bar = new FlowPane(8, 6,
                labelled(m.get("dashboard.filter.period"), period), quarter, year, from, to,
                labelled(m.get("dashboard.filter.unit"), unit),
                labelled(m.get("dashboard.filter.tier"), tier),
                labelled(m.get("dashboard.filter.category"), category), refresh, exportBar());
        bar.setId("dashboard-filters");
        bar.getStyleClass().addAll(Styles.TOOLBAR, "dashboard-filters");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private <T> ComboBox<Choice<T>> combo(String id, ObservableList<Choice<T>> items,
                                          ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private DatePicker date(String id, ObjectProperty<java.time.LocalDate> value, String label) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new IsoDateConverter());
        picker.valueProperty().bindBidirectional(value);
        picker.setPromptText(label);
        picker.setAccessibleText(label);
        picker.setPrefWidth(130);
        return picker;
    }

    private void showWhen(Node node, PeriodKind kind) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.periodKindProperty().get() != null && vm.periodKindProperty().get().value() == kind,
                vm.periodKindProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Node labelled(String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        HBox box = new HBox(4, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node statusLine() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("dashboard-loading");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(vm.loadingProperty());
        Label period = new Label();
        period.setId("dashboard-period-text");
        period.getStyleClass().add(Styles.MUTED);
        period.textProperty().bind(vm.periodTextProperty());
        Label error = new Label();
        error.setId("dashboard-error");
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        status.setId("dashboard-status");
        status.getStyleClass().add(Styles.MUTED);
        HBox line = new HBox(10, progress, period, error, status);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node exportBar() {
        org.hazardledger.ui.sheetexport.SheetExportBar bar = new org.hazardledger.ui.sheetexport.SheetExportBar(
                vm.excel(), "dashboard-export-excel", vm::exportExcel);
        bar.disableWhen(vm.periodExportableProperty().not());
        return bar;
    }

    private Node keyFigures() {
        HBox figures = new HBox(10,
                figure("dashboard-figure-found", "dashboard.figure.found", vm.foundProperty()),
                figure("dashboard-figure-closed", "dashboard.figure.closed", vm.closedProperty()),
                figure("dashboard-figure-rate", "dashboard.figure.rate", vm.rectificationRateProperty()),
                figure("dashboard-figure-open", "dashboard.figure.open", vm.openProperty()),
                figure("dashboard-figure-overdue", "dashboard.figure.overdue", vm.overdueProperty()),
                figure("dashboard-figure-participation", vm.participationCaptionProperty(),
                        vm.participationRateProperty()));
        figures.setId("dashboard-figures");
        figures.getStyleClass().add("dashboard-figures");
        return figures;
    }

    private VBox figure(String id, String captionKey, ObservableStringValue value) {
        return figure(id, new javafx.beans.property.SimpleStringProperty(m.get(captionKey)), value);
    }

    private VBox figure(String id, ObservableStringValue captionText, ObservableStringValue value) {
        Label number = new Label();
        number.setId(id);
        number.getStyleClass().add("dashboard-figure-value");
        number.textProperty().bind(value);
        Label caption = new Label();
        caption.textProperty().bind(captionText);
        caption.getStyleClass().add("dashboard-figure-caption");
        VBox box = new VBox(2, number, caption);
        box.getStyleClass().add("dashboard-figure");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    // ---- the charts ---------------------------------------------------------------------------

    private ChartCard trendCard() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        x.setAnimated(false);
        y.setAnimated(false);
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        ChartCard card = card("dashboard-trend", m.get("dashboard.chart.trend"), chart);
        redraws.add(() -> {
            DataTable t = vm.trend();
            card.setData(t);
            fillSeries(chart, t, 0, 2, 3);
        });
        return card;
    }

    private ChartCard sharesCard(String id, String title, java.util.function.Supplier<DataTable> data) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        x.setAnimated(false);
        y.setAnimated(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        ChartCard card = card(id, title, chart);
        redraws.add(() -> {
            DataTable t = data.get();
            card.setData(t);
            fillSeries(chart, t, 0, 1, 2);
        });
        return card;
    }

    private ChartCard ageingCard() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        x.setAnimated(false);
        y.setAnimated(false);
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(280);
        ChartCard card = card("dashboard-ageing", m.get("dashboard.chart.ageing"), chart);
        redraws.add(() -> {
            DataTable t = vm.ageing();
            card.setData(t);
            fillSeries(chart, t, 0);
        });
        return card;
    }

    private ChartCard openClosedCard() {
        PieChart chart = new PieChart();
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setLabelsVisible(true);
        ChartCard card = card("dashboard-open-closed", m.get("dashboard.chart.openClosed"), chart);
        redraws.add(() -> {
            DataTable t = vm.openClosed();
            card.setData(t);
            List<PieChart.Data> slices = new ArrayList<>();
            for (DataTable.Row r : t.rows()) {
                slices.add(new PieChart.Data(r.label() + " " + DataTable.text(r, 1), r.number(0)));
            }
            chart.getData().setAll(slices);
        });
        return card;
    }

    private ChartCard heatMapCard() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dashboard-heatmap");
        grid.setHgap(2);
        grid.setVgap(2);
        HBox legend = new HBox(6);
        legend.getStyleClass().add("dashboard-heatmap-legend");
        legend.getChildren().add(new Label(m.get("dashboard.legend.title")));
        for (HeatMap.Level level : HeatMap.Level.values()) {
            Label swatch = new Label(m.label(level));
            swatch.getStyleClass().addAll("heat-cell", level.styleClass());
            legend.getChildren().add(swatch);
        }
        VBox box = new VBox(8, grid, legend);
        box.setPadding(new Insets(4));
        box.getStyleClass().add("dashboard-heatmap-box");
        ChartCard card = card("dashboard-compliance", m.get("dashboard.chart.compliance"), box);
        grid.setId("dashboard-heatmap");
        redraws.add(() -> {
            card.setData(vm.compliance());
            drawHeatMap(grid, vm.heatMap());
        });
        return card;
    }

    private void drawHeatMap(GridPane grid, HeatMap map) {
        grid.getChildren().clear();
        if (map.units().isEmpty()) {
            grid.add(new Label(m.get("dashboard.noCompliance")), 0, 0);
            return;
        }
        for (int c = 0; c < map.months().size(); c++) {
            Label month = new Label(map.months().get(c).toString());
            month.getStyleClass().add("heat-header");
            grid.add(month, c + 1, 0);
        }
        int row = 1;
        for (HeatMap.UnitLine line : map.units()) {
            Label name = new Label(line.name());
            name.getStyleClass().add("heat-unit");
            grid.add(name, 0, row);
            for (int c = 0; c < line.cells().size(); c++) {
                HeatMap.Cell cell = line.cells().get(c);
                Label l = new Label(cell.text());
                l.getStyleClass().addAll("heat-cell", cell.level().styleClass());
                l.setTooltip(new Tooltip(m.get("dashboard.heat.tooltip", line.name(), cell.month().toString(),
                        String.valueOf(cell.held()), String.valueOf(cell.due()))));
                grid.add(l, c + 1, row);
            }
            row++;
        }
    }

    private ChartCard card(String id, String title, Node chart) {
        ChartCard card = new ChartCard(id, title, chart, m);
        card.pngButton().setOnAction(e -> savePng(card));
        card.csvButton().setOnAction(e -> saveCsv(card));
        return card;
    }

    /** One series per chosen value column, one point per row; labels made unique for the category axis. */
    private static void fillSeries(XYChart<String, Number> chart, DataTable t, int... columns) {
        List<String> labels = uniqueLabels(t);
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (int c : columns) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(t.valueColumns().get(c));
            for (int r = 0; r < t.rows().size(); r++) {
                s.getData().add(new XYChart.Data<>(labels.get(r), t.rows().get(r).number(c)));
            }
            all.add(s);
        }
        chart.getData().setAll(all);
    }

    private static List<String> uniqueLabels(DataTable t) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (DataTable.Row r : t.rows()) {
            String label = r.label();
            for (int n = 2; !seen.add(label); n++) {
                label = r.label() + " (" + n + ")";
            }
            out.add(label);
        }
        return out;
    }

    // ---- saving ---------------------------------------------------------------------------------

    private String fileStem(ChartCard card) {
        DashboardFilter f = vm.requestedProperty().get();
        return f == null ? card.title() : card.title() + "_" + f.from() + "_" + f.to();
    }

    /** The chart's picture: taken here on the FX thread, encoded and written in the background. */
    private void savePng(ChartCard card) {
        card.showChart();
        Optional<Path> target = services.dialogs().chooseSaveFile(m.get("dashboard.savePngTitle"),
                fileStem(card) + ".png", m.get("dashboard.pngFiles"), "*.png");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        card.chart().applyCss();
        WritableImage image = card.chart().snapshot(parameters, null);
        status.setText(m.get("dashboard.saving"));
        services.tasks().execute(BackgroundTask.of(() -> {
            ChartImages.writePng(image, file);
            return file;
        }, saved -> status.setText(m.get("dashboard.saved", saved.toString())),
                failure -> status.setText(m.get("dashboard.saveFailed", Failures.describe(m, failure)))));
    }

    /** The chart's figures as CSV: the table read here, written in the background. */
    private void saveCsv(ChartCard card) {
        Optional<Path> target = services.dialogs().chooseSaveFile(m.get("dashboard.exportCsvTitle"),
                fileStem(card) + ".csv", m.get("dashboard.csvFiles"), "*.csv");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        List<List<String>> lines = TableCsv.snapshot(card.table());
        status.setText(m.get("dashboard.saving"));
        services.tasks().execute(BackgroundTask.of(() -> {
            TableCsv.write(lines, file);
            return file;
        }, saved -> status.setText(m.get("dashboard.saved", saved.toString())),
                failure -> status.setText(m.get("dashboard.saveFailed", Failures.describe(m, failure)))));
    }
}
