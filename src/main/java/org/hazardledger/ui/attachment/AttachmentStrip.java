package org.hazardledger.ui.attachment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.Styles;
import org.hazardledger.ui.WorkbenchServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The photos and documents of a hazard or a round, as a strip of thumbnails: add by button, by
 * dropping files on it or by pasting (Ctrl+V); double-click or Enter opens, Delete removes.
 * Thin: what it shows and does is the {@link AttachmentStripViewModel}'s.
 */
public final class AttachmentStrip extends VBox {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentStrip.class);
    private static final double TILE = 120;
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final AttachmentStripViewModel vm;
    private final Messages messages;
    private final FlowPane tiles = new FlowPane(8, 8);
    private final String ids;

    /**
     * A strip with its own ViewModel (the round view's way in): call {@code viewModel().show(owner)}.
     * {@code idPrefix} starts every control's id ("round-attachment" → "round-attachment-add"), so
     * two strips can share a window.
     */
    public AttachmentStrip(WorkbenchServices services, String idPrefix) {
        this(new AttachmentStripViewModel(services), services.messages(), idPrefix);
    }

    /** The hazard detail pane's strip: ids start with "attachment-". */
    public AttachmentStrip(AttachmentStripViewModel vm, Messages messages) {
        this(vm, messages, "attachment");
    }

    public AttachmentStrip(AttachmentStripViewModel vm, Messages messages, String idPrefix) {
        super(6);
        this.vm = vm;
        this.messages = messages;
        this.ids = idPrefix;
        setId(ids + "-strip");
        getStyleClass().add("attachment-strip");
        getStylesheets().add(Styles.css("attachment/attachment.css"));

        Label title = new Label(messages.get("attachment.title"));
        title.getStyleClass().add("detail-section-title");

        ComboBox<AttachmentKind> kind = new ComboBox<>();
        kind.setId(ids + "-kind");
        kind.getItems().setAll(AttachmentKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttachmentKind k) {
                return k == null ? "" : messages.label(k);
            }

            @Override
            public AttachmentKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setAccessibleText(messages.get("attachment.kind"));
        kind.setTooltip(new Tooltip(messages.get("attachment.kind.help")));
        kind.disableProperty().bind(vm.canAddProperty().not());

        Button add = button(ids + "-add", "attachment.add", "attachment.add.help");
        add.disableProperty().bind(vm.canAddProperty().not());
        add.setOnAction(e -> vm.chooseAndAdd());
        Button paste = button(ids + "-paste", "attachment.paste", "attachment.paste.help");
        paste.disableProperty().bind(vm.canAddProperty().not());
        paste.setOnAction(e -> paste());
        Button remove = button(ids + "-remove", "attachment.remove", "attachment.remove.help");
        remove.disableProperty().bind(vm.canRemoveProperty().not());
        remove.setOnAction(e -> vm.removeSelected());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId(ids + "-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());

        FlowPane controls = new FlowPane(6, 6, kind, add, paste, remove, busy);
        controls.setAlignment(Pos.CENTER_LEFT);

        tiles.setId(ids + "-tiles");
        tiles.getStyleClass().add("attachment-tiles");
        Label empty = new Label(messages.get("attachment.none"));
        empty.setId(ids + "-empty");
        empty.getStyleClass().add(Styles.MUTED);
        empty.setWrapText(true);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.tiles()).and(vm.busyProperty().not()));
        empty.managedProperty().bind(empty.visibleProperty());

        Label message = new Label();
        message.setId(ids + "-message");
        message.getStyleClass().add(Styles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        getChildren().addAll(title, controls, tiles, empty, message);
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(visibleProperty());

        vm.tiles().addListener((ListChangeListener<AttachmentTile>) c -> rebuild());
        vm.selectedProperty().addListener((o, was, now) -> markSelected());
        vm.setImageViewer(image -> ImageViewerWindow.show(getScene() == null ? null : getScene().getWindow(),
                image, messages));

        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e)) {
                paste();
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && vm.canAddProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!tiles.getStyleClass().contains("attachment-drop")) {
                    tiles.getStyleClass().add("attachment-drop");
                }
            }
            e.consume();
        });
        setOnDragExited(e -> tiles.getStyleClass().remove("attachment-drop"));
        setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            boolean done = db.hasFiles() && vm.canAddProperty().get();
            if (done) {
                vm.addFiles(db.getFiles().stream().map(File::toPath).toList());
            }
            tiles.getStyleClass().remove("attachment-drop");
            e.setDropCompleted(done);
            e.consume();
        });
    }

    public AttachmentStripViewModel viewModel() {
        return vm;
    }

    private Button button(String id, String key, String helpKey) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setAccessibleText(messages.get(key));
        b.setAccessibleHelp(messages.get(helpKey));
        b.setTooltip(new Tooltip(messages.get(helpKey)));
        return b;
    }

    /** Pastes files from the clipboard, or else a picture (a screenshot) as a PNG. */
    private void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            vm.addFiles(clipboard.getFiles().stream().map(File::toPath).toList());
        } else if (clipboard.hasImage()) {
            try {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(SwingFXUtils.fromFXImage(clipboard.getImage(), null), "png", png);
                vm.addImage(png.toByteArray());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot take the picture from the clipboard", e);
                vm.pasteFailed();
            }
        }
    }

    private void rebuild() {
        List<AttachmentTile> all = List.copyOf(vm.tiles());
        tiles.getChildren().clear();
        for (int i = 0; i < all.size(); i++) {
            tiles.getChildren().add(tile(all.get(i), i));
        }
        markSelected();
    }

    private Node tile(AttachmentTile t, int index) {
        StackPane picture = new StackPane();
        picture.getStyleClass().add("attachment-picture");
        picture.setMinSize(TILE, TILE * 0.75);
        picture.setPrefSize(TILE, TILE * 0.75);
        picture.setMaxSize(TILE, TILE * 0.75);
        if (t.hasThumbnail()) {
            ImageView image = new ImageView(new Image(new ByteArrayInputStream(t.thumbnail())));
            image.setPreserveRatio(true);
            image.setFitWidth(TILE);
            image.setFitHeight(TILE * 0.75);
            picture.getChildren().add(image);
        } else {
            Label placeholder = new Label(t.placeholder());
            placeholder.getStyleClass().add("attachment-placeholder");
            if (t.missing() || t.unreadable()) {
                placeholder.getStyleClass().add("attachment-missing");
                picture.getStyleClass().add("attachment-picture-missing");
            }
            placeholder.setWrapText(true);
            picture.getChildren().add(placeholder);
        }
        Label caption = new Label(t.caption());
        caption.getStyleClass().add("attachment-caption");
        caption.setMaxWidth(TILE);

        VBox box = new VBox(3, picture, caption);
        box.setId(ids + "-tile-" + index);
        box.getStyleClass().add("attachment-tile");
        box.setUserData(t);
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.BUTTON);
        box.setAccessibleText(t.description());
        Tooltip.install(box, new Tooltip(t.description()));
        box.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            vm.selectedProperty().set(t);
            box.requestFocus();
            if (e.getClickCount() == 2) {
                vm.open(t);
            }
        });
        box.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.selectedProperty().set(t);
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                vm.open(t);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.remove(t);
                e.consume();
            }
        });
        MenuItem open = new MenuItem(messages.get("attachment.open"));
        open.setOnAction(e -> vm.open(t));
        MenuItem remove = new MenuItem(messages.get("attachment.remove"));
        remove.setOnAction(e -> vm.remove(t));
        remove.disableProperty().bind(vm.canAddProperty().not());
        ContextMenu menu = new ContextMenu(open, remove);
        box.setOnContextMenuRequested(e -> {
            vm.selectedProperty().set(t);
            menu.show(box, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        return box;
    }

    private void markSelected() {
        AttachmentTile selected = vm.selectedProperty().get();
        for (Node n : tiles.getChildren()) {
            boolean on = selected != null && n.getUserData() instanceof AttachmentTile t
                    && t.attachment().id().equals(selected.attachment().id());
            n.getStyleClass().remove("attachment-tile-selected");
            if (on) {
                n.getStyleClass().add("attachment-tile-selected");
            }
        }
    }
}
