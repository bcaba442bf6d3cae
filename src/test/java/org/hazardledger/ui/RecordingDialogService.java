package org.hazardledger.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Remembers what would have been shown, and answers file choosers with a prepared path. */
public final class RecordingDialogService implements DialogService {

    /** One dialog the ViewModel asked for. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final List<Path> opened = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    private Path saveAnswer;
    private List<Path> openAnswer = List.of();
    private boolean confirmAnswer = true;
    private boolean reloadAnswer = true;
    private Path directoryAnswer;
    private boolean viewerAvailable = true;

    public RecordingDialogService answerSaveWith(Path path) {
        this.saveAnswer = path;
        return this;
    }

    /** What the next file-open choosers answer (empty: the user cancels). */
    public RecordingDialogService answerOpenWith(List<Path> files) {
        this.openAnswer = List.copyOf(files);
        return this;
    }

    /** What the next folder choosers answer (null: the user cancels). */
    public RecordingDialogService answerDirectoryWith(Path folder) {
        this.directoryAnswer = folder;
        return this;
    }

    public List<Shown> informations() {
        return shown.stream().filter(s -> s.kind().equals("information")).toList();
    }

    /** Whether the user answers yes to confirmations from now on (yes unless told). */
    public RecordingDialogService answerConfirmWith(boolean yes) {
        this.confirmAnswer = yes;
        return this;
    }

    /** Whether the user chooses to reload after a conflicting save (yes unless told). */
    public RecordingDialogService answerReloadWith(boolean reload) {
        this.reloadAnswer = reload;
        return this;
    }

    /** The offers to reload after a conflicting save; the message says who changed what. */
    public List<Shown> reloadOffers() {
        return shown.stream().filter(s -> s.kind().equals("reload")).toList();
    }

    public List<Shown> confirmations() {
        return shown.stream().filter(s -> s.kind().equals("confirm")).toList();
    }

    public RecordingDialogService viewerAvailable(boolean available) {
        this.viewerAvailable = available;
        return this;
    }

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message));
        return confirmAnswer;
    }

    @Override
    public boolean offerReload(String title, String message, String reloadLabel, String cancelLabel) {
        shown.add(new Shown("reload", title, message + " [" + reloadLabel + " | " + cancelLabel + "]"));
        return reloadAnswer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String extensionPattern) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(saveAnswer);
    }

    @Override
    public List<Path> chooseOpenFiles(String title) {
        shown.add(new Shown("open", title, ""));
        return openAnswer;
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        shown.add(new Shown("directory", title, ""));
        return Optional.ofNullable(directoryAnswer);
    }

    @Override
    public boolean openInSystemViewer(Path file) {
        opened.add(file);
        return viewerAvailable;
    }
}
