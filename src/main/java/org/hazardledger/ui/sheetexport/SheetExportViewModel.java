package org.hazardledger.ui.sheetexport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.service.Messages;
import org.hazardledger.service.Progress;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.WorkbenchServices;

/**
 * One "导出 Excel" command of a page: asks where to save (a Chinese file name with today's date),
 * then writes in the background with progress and 取消 ({@link StoppableTask}), and says in the status line where the file
 * went, that it was cancelled (no file is left), or why it failed. One export at a time.
 */
public final class SheetExportViewModel {

    /** The writing itself, off the FX thread. */
    @FunctionalInterface
    public interface Work {
        void write(Path out, Progress progress);
    }

    private final WorkbenchServices services;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();
    private StoppableTask<Path> running;

    public SheetExportViewModel(WorkbenchServices services) {
        this.services = services;
        this.messages = services.messages();
    }

    /** "隐患台账-2026-06-15.xlsx": {@code stem} and the ledger's today. */
    public String fileName(String stem) {
        LocalDate today = LedgerDay.china().today(services.clock());
        return messages.get("sheetExport.fileName", stem, today.toString());
    }

    /**
     * Asks where to save ({@code suggestedName} offered), then runs {@code work} in the background;
     * false when the user cancelled the chooser or an export is still running.
     */
    public boolean export(String suggestedName, Work work) {
        if (busy.get()) {
            return false;
        }
        Optional<Path> out = services.dialogs().chooseSaveFile(messages.get("sheetExport.chooseFile"),
                suggestedName, messages.get("sheetExport.xlsxFiles"), "*.xlsx");
        if (out.isEmpty()) {
            return false;
        }
        exportTo(withExtension(out.get()), work);
        return true;
    }

    /** Writes to {@code out} in the background, with progress and cancel. */
    public void exportTo(Path out, Work work) {
        status.set(messages.get("sheetExport.writing", out.getFileName().toString()));
        error.set("");
        written.set(null);
        StoppableTask<Path> task = StoppableTask.of(p -> {
            work.write(out, p);
            return out;
        }, path -> {
            finished();
            written.set(path);
            status.set(messages.get("sheetExport.done", path.toAbsolutePath().toString()));
        }, failure -> {
            finished();
            status.set("");
            error.set(messages.get("sheetExport.failed", Failures.describe(messages, failure)));
        }, () -> {
            finished();
            status.set(messages.get("sheetExport.cancelled"));
        });
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        services.tasks().execute(task);
    }

    /** Says why there is nothing to export, in the status line. */
    public void refuse(String message) {
        status.set("");
        error.set(message);
    }

    /** 取消: the export stops at its next check and leaves no file. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.stop();
            status.set(messages.get("sheetExport.stopping"));
        }
    }

    private void finished() {
        busy.set(false);
        progress.unbind();
        progress.set(0);
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? p : p.resolveSibling(name + ".xlsx");
    }

    public Messages messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file last written (null until one is). */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
