package org.hazardledger.ui.dashboard;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hazardledger.service.Messages;

/**
 * One chart on the dashboard with its title, a "数据" switch that shows the figures as a table instead,
 * and buttons to save the chart as PNG and the table as CSV. Ids: {@code <prefix>-chart|table|data|png|csv}.
 */
final class ChartCard extends VBox {

    private final Node chart;
    private final TableView<DataTable.Row> table = new TableView<>();
    private final ToggleButton dataToggle;
    private final Button png;
    private final Button csv;
    private final String title;

    ChartCard(String idPrefix, String title, Node chart, Messages m) {
        this.chart = chart;
        this.title = title;
        setId(idPrefix);
        getStyleClass().add("dashboard-card");
        chart.setId(idPrefix + "-chart");
        table.setId(idPrefix + "-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(m.get("dashboard.noData")));
        table.setVisible(false);
        table.setAccessibleText(m.get("dashboard.dataOf", title));

        Label heading = new Label(title);
        heading.getStyleClass().add("dashboard-card-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        dataToggle = new ToggleButton(m.get("dashboard.showData"));
        dataToggle.setId(idPrefix + "-data");
        dataToggle.setAccessibleText(m.get("dashboard.dataOf", title));
        png = new Button(m.get("dashboard.savePng"));
        png.setId(idPrefix + "-png");
        png.setAccessibleText(m.get("dashboard.savePngOf", title));
        csv = new Button(m.get("dashboard.exportCsv"));
        csv.setId(idPrefix + "-csv");
        csv.setAccessibleText(m.get("dashboard.exportCsvOf", title));
        HBox head = new HBox(6, heading, gap, dataToggle, png, csv);
        head.setAlignment(Pos.CENTER_LEFT);

        chart.visibleProperty().bind(dataToggle.selectedProperty().not());
        table.visibleProperty().bind(dataToggle.selectedProperty());
        StackPane body = new StackPane(chart, table);
        body.getStyleClass().add("dashboard-card-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(head, body);
    }

    /** Shows {@code data} in the table: its columns, then its rows. */
    void setData(DataTable data) {
        table.getColumns().clear();
        int count = data.columns().size();
        for (int i = 0; i < count; i++) {
            int column = i;
            TableColumn<DataTable.Row, String> c = new TableColumn<>(data.columns().get(i));
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(DataTable.text(row.getValue(), column)));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.getItems().setAll(data.rows());
    }

    /** Back to the chart (before its picture is taken). */
    void showChart() {
        dataToggle.setSelected(false);
    }

    Node chart() {
        return chart;
    }

    TableView<DataTable.Row> table() {
        return table;
    }

    Button pngButton() {
        return png;
    }

    Button csvButton() {
        return csv;
    }

    String title() {
        return title;
    }
}
