package org.hazardledger.ui.print;

import javafx.beans.binding.Bindings;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javax.print.PrintService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The print preview window: the pages one at a time (PgUp/PgDn), zoom, and 打印… (Ctrl+P),
 * 另存为 PDF… (Ctrl+S), 关闭 (Esc). While the form is produced a progress bar with 取消 covers the page.
 */
public final class PrintPreviewDialog {

    public static final String CSS = Styles.css("print/print.css");

    private PrintPreviewDialog() {
    }

    /** Opens the preview of {@code job} over {@code owner} and starts producing it. */
    public static Stage open(Window owner, WorkbenchServices services, PrintJob job) {
        PrintPreviewViewModel vm = new PrintPreviewViewModel(services, job);
        Messages m = services.messages();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.title());

        Button previous = button("print-preview-previous", m.get("printPreview.previous"),
                m.get("printPreview.previous.help"), vm::previousPage);
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        Button next = button("print-preview-next", m.get("printPreview.next"), m.get("printPreview.next.help"),
                vm::nextPage);
        next.disableProperty().bind(vm.hasNextProperty().not());
        Label pageText = label("print-preview-page", vm.pageTextProperty());
        Button zoomOut = button("print-preview-zoom-out", "−", m.get("printPreview.zoomOut.help"), vm::zoomOut);
        Label zoomText = label("print-preview-zoom", vm.zoomTextProperty());
        Button zoomIn = button("print-preview-zoom-in", "+", m.get("printPreview.zoomIn.help"), vm::zoomIn);
        Button fit = button("print-preview-fit", m.get("printPreview.fitWidth"), m.get("printPreview.fitWidth.help"),
                vm::fitToWidth);
        Button actual = button("print-preview-actual", "100%", m.get("printPreview.actualSize.help"),
                vm::actualSize);

        ChoiceBox<PrintService> printer = new ChoiceBox<>(vm.printers());
        printer.setId("print-preview-printer");
        printer.setAccessibleText(m.get("printPreview.printer"));
        printer.setTooltip(new Tooltip(m.get("printPreview.printer")));
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        printer.setConverter(new StringConverter<>() {
            @Override
            public String toString(PrintService s) {
                return s == null ? m.get("printPreview.noPrinter") : s.getName();
            }

            @Override
            public PrintService fromString(String text) {
                return null;
            }
        });
        printer.setMinWidth(140);
        printer.setMaxWidth(240);
        Button print = button("print-preview-print", m.get("printPreview.print"), m.get("printPreview.print.help"),
                vm::print);
        print.getStyleClass().add(Styles.PRIMARY);
        Button save = button("print-preview-save", m.get("printPreview.save"), m.get("printPreview.save.help"),
                vm::saveAs);
        Button close = button("print-preview-close", m.get("printPreview.close"), m.get("printPreview.close.help"),
                stage::close);
        var notReady = Bindings.createBooleanBinding(
                () -> vm.stateProperty().get() != PrintPreviewViewModel.State.READY || vm.busyProperty().get(),
                vm.stateProperty(), vm.busyProperty());
        for (Button b : new Button[] {print, save, zoomIn, zoomOut, fit, actual}) {
            b.disableProperty().bind(notReady);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6, previous, pageText, next, new Separator(Orientation.VERTICAL), zoomOut, zoomText,
                zoomIn, fit, actual, spacer, printer, print, save, close);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().addAll(Styles.TOOLBAR, "print-preview-toolbar");

        ImageView image = new ImageView();
        image.setId("print-preview-image");
        image.setPreserveRatio(true);
        image.setAccessibleText(m.get("printPreview.image"));
        vm.pageImageProperty().addListener((o, was, now) ->
                image.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
        StackPane paper = new StackPane(image);
        paper.getStyleClass().add("print-preview-paper");
        paper.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("print-preview-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.getStyleClass().add("print-preview-scroll");
        scroll.viewportBoundsProperty().addListener((o, was, now) -> vm.viewportWidth(now.getWidth()));

        ProgressBar bar = new ProgressBar();
        bar.setId("print-preview-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(vm.progressProperty());
        Label working = label("print-preview-working", vm.statusProperty());
        working.setWrapText(true);
        working.setMinWidth(Region.USE_COMPUTED_SIZE);
        working.setMaxWidth(420);
        Button cancel = button("print-preview-cancel", m.get("printPreview.cancel"), m.get("printPreview.cancel.help"),
                vm::cancel);
        VBox overlay = new VBox(10, working, bar, cancel);
        overlay.setAlignment(Pos.CENTER);
        overlay.getStyleClass().add("print-preview-overlay");
        overlay.setMaxSize(460, Region.USE_PREF_SIZE);
        overlay.visibleProperty().bind(vm.busyProperty());
        // Nothing to show (failed or cancelled): the reason in the middle, where the page would be.
        Label problem = label("print-preview-problem", vm.statusProperty());
        problem.setWrapText(true);
        problem.setMinWidth(Region.USE_COMPUTED_SIZE);
        problem.setMaxWidth(520);
        problem.getStyleClass().addAll(Styles.FORM_ERROR, "print-preview-problem");
        problem.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !vm.busyProperty().get() && (vm.stateProperty().get() == PrintPreviewViewModel.State.FAILED
                        || vm.stateProperty().get() == PrintPreviewViewModel.State.CANCELLED),
                vm.busyProperty(), vm.stateProperty()));
        StackPane centre = new StackPane(scroll, overlay, problem);

        Label status = label("print-preview-status", vm.statusProperty());
        status.getStyleClass().add(Styles.MUTED);
        Label error = label("print-preview-error", vm.errorProperty());
        error.getStyleClass().add(Styles.FORM_ERROR);
        error.setMinWidth(Region.USE_COMPUTED_SIZE);
        error.setWrapText(true);
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        status.visibleProperty().bind(error.visibleProperty().not());
        status.managedProperty().bind(status.visibleProperty());
        HBox statusBar = new HBox(status, error);
        statusBar.setPadding(new Insets(4, 10, 4, 10));

        BorderPane root = new BorderPane(centre, toolbar, null, statusBar, null);
        root.setId("print-preview");
        root.getStyleClass().add("print-preview");
        // as large as the main window allows: an A4 page is tall
        double width = owner == null ? 980 : Math.max(760, owner.getWidth() * 0.85);
        double height = owner == null ? 760 : Math.max(560, owner.getHeight() - 40);
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(CSS);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), vm::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::saveAs);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), vm::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), vm::previousPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), vm::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                vm::zoomOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                vm::actualSize);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setOnHidden(e -> vm.close());
        stage.show();
        vm.start();
        return stage;
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(text);
        b.setAccessibleHelp(help);
        b.setTooltip(new Tooltip(help));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
