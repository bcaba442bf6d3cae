package org.hazardledger.ui.attachment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentPreview;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.service.AttachmentService;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The photos and documents of one hazard or round: thumbnails read in the background, adding
 * (file chooser, dropped files, pasted pictures or files) as the chosen kind, removing with a
 * confirmation, and opening (pictures in the large viewer, documents in the system's program).
 * A file missing or damaged on disk shows as such; it never fails the view.
 */
public final class AttachmentStripViewModel {

    private static final DateTimeFormatter PASTED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final WorkbenchServices services;
    private final AttachmentService attachments;
    private final Messages messages;
    private final ObservableList<AttachmentTile> tiles = FXCollections.observableArrayList();
    private final ObjectProperty<AttachmentKind> kind = new SimpleObjectProperty<>(AttachmentKind.BEFORE);
    private final ObjectProperty<AttachmentTile> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canChange = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd;
    private final BooleanBinding canRemove;
    private AttachmentOwnerKind ownerKind;
    private UUID ownerId;
    private long generation;
    private Consumer<ImageToShow> imageViewer;

    public AttachmentStripViewModel(WorkbenchServices services) {
        this.services = services;
        this.attachments = services.attachments();
        this.messages = services.messages();
        canAdd = Bindings.createBooleanBinding(() -> shown.get() && canChange.get() && !busy.get(), shown,
                canChange, busy);
        canRemove = Bindings.createBooleanBinding(() -> canAdd.get() && selected.get() != null, canAdd, selected);
    }

    /** Shows the files of this owner (read in the background); a null id empties the strip. */
    public void show(AttachmentOwnerKind kind, UUID id) {
        generation++;
        ownerKind = kind;
        ownerId = id;
        tiles.clear();
        selected.set(null);
        message.set("");
        shown.set(id != null);
        canChange.set(false);
        if (id != null) {
            load();
        }
    }

    /** Reads the shown owner's files again. */
    public void reload() {
        if (ownerId != null) {
            load();
        }
    }

    private void load() {
        long asked = generation;
        AttachmentOwnerKind k = ownerKind;
        UUID id = ownerId;
        busy.set(true);
        services.tasks().execute(BackgroundTask.of(
                () -> new Loaded(attachments.previews(k, id, AttachmentService.THUMBNAIL_SIZE),
                        attachments.mayChange(k, id)),
                loaded -> {
                    if (asked != generation) {
                        return;
                    }
                    busy.set(false);
                    canChange.set(loaded.mayChange());
                    UUID before = selected.get() == null ? null : selected.get().attachment().id();
                    tiles.setAll(loaded.previews().stream().map(this::tile).toList());
                    selected.set(tiles.stream().filter(t -> t.attachment().id().equals(before)).findFirst()
                            .orElse(null));
                },
                failure -> {
                    if (asked != generation) {
                        return;
                    }
                    busy.set(false);
                    message.set(Failures.describe(messages, failure));
                }));
    }

    private AttachmentTile tile(AttachmentPreview p) {
        Attachment a = p.attachment();
        String kindLabel = messages.label(a.kind());
        String placeholder = switch (p.status()) {
            case MISSING -> messages.get("attachment.missing");
            case UNREADABLE -> messages.get("attachment.unreadable");
            default -> a.isImage() ? messages.get("attachment.image") : extension(a.fileName());
        };
        String added = LocalDateTime.ofInstant(a.addedAt(), CHINA).format(ADDED);
        String description = messages.get("attachment.description", a.fileName(), kindLabel, size(a.size()),
                a.addedBy(), added, messages.label(p.status()));
        return new AttachmentTile(a, p.status(), p.thumbnail(), kindLabel + " · " + a.fileName(), placeholder,
                description);
    }

    private String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? messages.get("attachment.document")
                : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Asks for files and attaches them as the chosen kind. */
    public void chooseAndAdd() {
        if (!canAdd.get()) {
            return;
        }
        List<Path> chosen = services.dialogs().chooseOpenFiles(messages.get("attachment.choose.title"));
        if (!chosen.isEmpty()) {
            addFiles(chosen);
        }
    }

    /** Attaches files (chosen, dropped or pasted) as the chosen kind; folders are skipped. */
    public void addFiles(List<Path> files) {
        List<Path> regular = files.stream().filter(Files::isRegularFile).toList();
        if (!canAdd.get() || regular.isEmpty()) {
            return;
        }
        AttachmentOwnerKind k = ownerKind;
        UUID id = ownerId;
        AttachmentKind as = kind.get();
        add(() -> {
            List<Attachment> added = new ArrayList<>();
            for (Path f : regular) {
                added.add(attachments.attach(k, id, as, f));
            }
            return added.size();
        });
    }

    /** Attaches a pasted picture (PNG bytes) as the chosen kind, named after the moment it was pasted. */
    public void addImage(byte[] png) {
        if (!canAdd.get() || png == null || png.length == 0) {
            return;
        }
        AttachmentOwnerKind k = ownerKind;
        UUID id = ownerId;
        AttachmentKind as = kind.get();
        String name = "pasted-" + LocalDateTime.now(services.clock()).format(PASTED) + ".png";
        add(() -> {
            attachments.attach(k, id, as, new java.io.ByteArrayInputStream(png), name);
            return 1;
        });
    }

    private void add(java.util.concurrent.Callable<Integer> work) {
        change(work, count -> message.set(messages.get("attachment.added", count)));
    }

    /**
     * Runs a change of the owner's files in the background; afterwards the strip reads its files
     * again, unless the user has moved on to another owner meanwhile. A failure is shown in a dialog.
     */
    private <T> void change(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        long asked = generation;
        services.tasks().execute(BackgroundTask.of(work,
                result -> {
                    busy.set(false);
                    if (asked == generation) {
                        done.accept(result);
                        reload();
                    }
                },
                failure -> {
                    busy.set(false);
                    services.dialogs().showError(messages.get("attachment.error.title"),
                            Failures.describe(messages, failure));
                    if (asked == generation) {
                        reload();
                    }
                }));
    }

    /** The clipboard held a picture that could not be turned into a file: say so at the strip. */
    public void pasteFailed() {
        message.set(messages.get("attachment.paste.failed"));
    }

    /** Removes the selected file after the user confirms. */
    public void removeSelected() {
        if (selected.get() != null) {
            remove(selected.get());
        }
    }

    /** Removes a file after the user confirms; the removal is recorded, the stored content stays. */
    public void remove(AttachmentTile tile) {
        if (!canAdd.get()) {
            return;
        }
        if (!services.dialogs().confirm(messages.get("attachment.remove.title"),
                messages.get("attachment.remove.confirm", tile.attachment().fileName()))) {
            return;
        }
        change(() -> {
            attachments.remove(tile.attachment());
            return tile;
        }, removed -> {
            message.set(messages.get("attachment.removed", removed.attachment().fileName()));
            selected.set(null);
        });
    }

    /**
     * Opens a file: a picture in the large viewer, a document in the system's program. A missing or
     * unreadable file is explained instead.
     */
    public void open(AttachmentTile tile) {
        if (tile.status() == null) {
            return;
        }
        if (tile.status() != AttachmentStatus.PRESENT) {
            services.dialogs().showError(messages.get("attachment.error.title"), messages.get(
                    tile.missing() ? "error.attachment.missing" : "error.attachment.unreadable",
                    tile.attachment().fileName()));
            return;
        }
        UUID id = tile.attachment().id();
        if (tile.hasThumbnail() && imageViewer != null) {
            services.tasks().execute(BackgroundTask.of(() -> attachments.file(id),
                    file -> imageViewer.accept(new ImageToShow(file, tile.attachment().fileName())),
                    failure -> services.dialogs().showError(messages.get("attachment.error.title"),
                            Failures.describe(messages, failure))));
            return;
        }
        services.tasks().execute(BackgroundTask.of(() -> attachments.viewingCopy(id),
                copy -> {
                    if (!services.dialogs().openInSystemViewer(copy)) {
                        services.dialogs().showInformation(messages.get("attachment.open.title"),
                                messages.get("attachment.open.manually", copy.toAbsolutePath()));
                    }
                },
                failure -> services.dialogs().showError(messages.get("attachment.error.title"),
                        Failures.describe(messages, failure))));
    }

    /** Opens the selected file. */
    public void openSelected() {
        if (selected.get() != null) {
            open(selected.get());
        }
    }

    /** Where pictures are shown large (the view installs its viewer window). */
    public void setImageViewer(Consumer<ImageToShow> viewer) {
        this.imageViewer = viewer;
    }

    public ObservableList<AttachmentTile> tiles() {
        return tiles;
    }

    /** The kind new files are attached as (整改前, 整改后, 资料); files that are no pictures are 资料 anyway. */
    public ObjectProperty<AttachmentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<AttachmentTile> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the signed-in user may add and remove files here. */
    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    /** Whether an owner is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The last thing done ("已添加 2 个文件") or a reading failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    private record Loaded(List<AttachmentPreview> previews, boolean mayChange) {
    }
}
