package org.hazardledger.ui.print;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.FormField;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.UnitOption;
import org.hazardledger.ui.WorkbenchServices;

/**
 * 表单打印: the forms on the left (title, 表号, what it is for), the chosen one's fields and 预览 on
 * the right, and the two batches below them. Every button opens the print preview.
 */
public final class FormsPage extends BorderPane {

    private final WorkbenchServices services;
    private final FormsViewModel vm;

    public FormsPage(WorkbenchServices services) {
        this.services = services;
        this.vm = new FormsViewModel(services);
        Messages m = services.messages();
        setId("page-forms");
        getStyleClass().add("forms-page");
        setPadding(new Insets(16));

        Label title = new Label(m.get("nav.forms"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label loadError = new Label();
        loadError.setId("forms-load-error");
        loadError.getStyleClass().add(Styles.FORM_ERROR);
        loadError.textProperty().bind(vm.loadErrorProperty());
        VBox top = new VBox(4, title, loadError);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        ListView<FormsViewModel.KindEntry> kinds = new ListView<>(vm.kinds());
        kinds.setId("forms-kinds");
        kinds.getStyleClass().add("forms-kinds");
        kinds.setAccessibleText(m.get("forms.kinds"));
        kinds.setCellFactory(list -> new KindCell());
        kinds.getSelectionModel().select(vm.selectedProperty().get());
        kinds.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        setLeft(kinds);
        BorderPane.setMargin(kinds, new Insets(0, 16, 0, 0));

        Label chosen = new Label();
        chosen.setId("forms-chosen");
        chosen.getStyleClass().add("forms-section-title");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : m.get("forms.chosen", vm.selectedProperty().get().label(), vm.selectedProperty().get().formNumber()),
                vm.selectedProperty()));
        Label description = new Label();
        description.setId("forms-chosen-description");
        description.getStyleClass().add("forms-kind-description");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : vm.selectedProperty().get().description(), vm.selectedProperty()));

        FormParameterFields fields = new FormParameterFields(vm, m);
        Map<FormParameters.Group, Node> groups = new EnumMap<>(FormParameters.Group.class);
        for (FormParameters.Group g : FormParameters.Group.values()) {
            Node pane = fields.pane(g);
            pane.visibleProperty().bind(vm.groupProperty().isEqualTo(g));
            pane.managedProperty().bind(pane.visibleProperty());
            groups.put(g, pane);
        }
        Button preview = new Button(m.get("forms.preview"));
        preview.setId("forms-preview");
        preview.setAccessibleText(m.get("forms.preview"));
        preview.setAccessibleHelp(m.get("forms.preview.help"));
        preview.getStyleClass().add(Styles.PRIMARY);
        preview.setDefaultButton(true);
        preview.setOnAction(e -> vm.preview().ifPresent(this::open));
        VBox form = new VBox(10, chosen, description);
        form.getChildren().addAll(groups.values());
        form.getChildren().add(preview);

        VBox right = new VBox(14, form, new Separator(), batches(m));
        right.setMaxWidth(560);
        setCenter(right);
        BorderPane.setAlignment(right, Pos.TOP_LEFT);
    }

    /** Reads what the pickers offer. */
    public void start() {
        vm.start();
    }

    private Node batches(Messages m) {
        Label heading = new Label(m.get("forms.batches"));
        heading.getStyleClass().add("forms-section-title");

        ComboBox<YearMonth> month = new ComboBox<>();
        month.getItems().setAll(vm.recentMonths());
        month.valueProperty().bindBidirectional(vm.monthProperty());
        month.setConverter(new StringConverter<>() {
            @Override
            public String toString(YearMonth ym) {
                return ym == null ? "" : m.get("forms.month", String.valueOf(ym.getYear()), ym.getMonthValue());
            }

            @Override
            public YearMonth fromString(String s) {
                return null;
            }
        });
        Button closures = new Button(m.get("forms.batch.closures"));
        closures.setId("forms-batch-closures");
        closures.setAccessibleText(m.get("forms.batch.closures"));
        closures.setAccessibleHelp(m.get("forms.batch.closures.help"));
        closures.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        closures.setOnAction(e -> vm.monthClosures().ifPresent(this::open));
        HBox closuresRow = new HBox(8, new FormField(m.get("forms.field.month"), month, "forms-batch-month",
                vm.monthErrorProperty()), closures);
        closuresRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(closuresRow.getChildren().get(0), Priority.ALWAYS);

        ComboBox<UnitOption> unit = new ComboBox<>(vm.units());
        unit.valueProperty().bindBidirectional(vm.noticeUnitProperty());
        unit.setPromptText(m.get("forms.field.unit.prompt"));
        Button notices = new Button(m.get("forms.batch.notices"));
        notices.setId("forms-batch-notices");
        notices.setAccessibleText(m.get("forms.batch.notices"));
        notices.setAccessibleHelp(m.get("forms.batch.notices.help"));
        notices.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notices.setOnAction(e -> vm.unitNotices().ifPresent(this::open));
        HBox noticesRow = new HBox(8, new FormField(m.get("forms.field.unit"), unit, "forms-batch-unit",
                vm.noticeUnitErrorProperty()), notices);
        noticesRow.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(noticesRow.getChildren().get(0), Priority.ALWAYS);
        Label which = new Label(m.get("forms.batch.notices.which"));
        which.getStyleClass().add(Styles.MUTED);
        which.setWrapText(true);
        return new VBox(10, heading, closuresRow, noticesRow, which);
    }

    private void open(PrintJob job) {
        PrintPreviewDialog.open(getScene().getWindow(), services, job);
    }

    /** A form in the list: its title and 表号, and what it is for below. */
    private static final class KindCell extends ListCell<FormsViewModel.KindEntry> {
        @Override
        protected void updateItem(FormsViewModel.KindEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.label() + "　" + item.formNumber());
            name.getStyleClass().add("forms-kind-name");
            Label what = new Label(item.description());
            what.getStyleClass().add("forms-kind-description");
            what.setWrapText(true);
            what.setMaxWidth(340);
            setText(null);
            setGraphic(new VBox(2, name, what));
        }
    }
}
