package org.hazardledger.ui.attachment;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;

/** A picture large, fitted to the window or at 100%; Esc closes. */
final class ImageViewerWindow {

    /** Pictures are decoded at most this many pixels a side: the viewer never takes gigabytes. */
    private static final double MAX_SIDE = 8192;

    private ImageViewerWindow() {
    }

    static Stage show(Window owner, ImageToShow picture, Messages messages) {
        Image image = new Image(picture.file().toUri().toString(), MAX_SIDE, MAX_SIDE, true, true, true);
        ImageView view = new ImageView(image);
        view.setId("viewer-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane holder = new StackPane(view);
        holder.getStyleClass().add("viewer-canvas");
        ScrollPane scroll = new ScrollPane(holder);
        scroll.setId("viewer-scroll");
        scroll.setPannable(true);
        holder.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        holder.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));

        ToggleButton fit = new ToggleButton(messages.get("attachment.viewer.fit"));
        fit.setId("viewer-fit");
        fit.setAccessibleText(messages.get("attachment.viewer.fit"));
        fit.setSelected(true);
        Button actual = new Button(messages.get("attachment.viewer.actual"));
        actual.setId("viewer-actual");
        actual.setAccessibleText(messages.get("attachment.viewer.actual"));
        Button close = new Button(messages.get("attachment.viewer.close"));
        close.setId("viewer-close");
        close.setAccessibleText(messages.get("attachment.viewer.close"));
        close.setTooltip(new Tooltip("Esc"));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("viewer-loading");
        loading.setPrefSize(18, 18);
        loading.progressProperty().bind(image.progressProperty());
        loading.visibleProperty().bind(image.progressProperty().lessThan(1));
        Label failed = new Label(messages.get("attachment.viewer.failed"));
        failed.setId("viewer-failed");
        failed.getStyleClass().add("attachment-missing");
        failed.visibleProperty().bind(image.errorProperty());
        failed.managedProperty().bind(failed.visibleProperty());
        HBox bar = new HBox(8, fit, actual, loading, failed, new javafx.scene.layout.Region(), close);
        HBox.setHgrow(bar.getChildren().get(4), javafx.scene.layout.Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("viewer-bar");

        // Fitted: shrunk to the window, never blown up beyond its own size.
        Runnable fitToWindow = () -> {
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(1, Math.min(image.getWidth() > 0 ? image.getWidth() : Double.MAX_VALUE,
                            scroll.getViewportBounds().getWidth() - 4)),
                    scroll.viewportBoundsProperty(), image.widthProperty()));
            view.fitHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(1, Math.min(image.getHeight() > 0 ? image.getHeight() : Double.MAX_VALUE,
                            scroll.getViewportBounds().getHeight() - 4)),
                    scroll.viewportBoundsProperty(), image.heightProperty()));
        };
        Runnable actualSize = () -> {
            view.fitWidthProperty().unbind();
            view.fitHeightProperty().unbind();
            view.setFitWidth(0);
            view.setFitHeight(0);
        };
        fitToWindow.run();
        fit.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                fitToWindow.run();
            } else {
                actualSize.run();
            }
        });
        actual.setOnAction(e -> fit.setSelected(false));

        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        root.setId("attachment-viewer");
        Scene scene = new Scene(root, 900, 680);
        scene.getStylesheets().addAll(Styles.THEME, Styles.css("attachment/attachment.css"));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(picture.title());
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        close.setOnAction(e -> stage.close());
        stage.show();
        return stage;
    }
}
