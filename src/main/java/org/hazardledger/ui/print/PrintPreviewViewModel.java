package org.hazardledger.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.print.PrintService;
import org.hazardledger.model.DomainException;
import org.hazardledger.report.PdfPages;
import org.hazardledger.report.PrintedForm;
import org.hazardledger.service.Messages;
import org.hazardledger.ui.BackgroundTask;
import org.hazardledger.ui.Failures;
import org.hazardledger.ui.ProgressTask;
import org.hazardledger.ui.WorkbenchServices;

/**
 * The print preview: produces the form in the background (with progress and cancel), shows one
 * page at a time at a zoom, and prints it or saves it as PDF. No PDF work runs on the FX thread.
 */
public final class PrintPreviewViewModel {

    /** Where the preview is. */
    public enum State { PRODUCING, READY, FAILED, CANCELLED }

    static final double SCREEN_DPI = 96;
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4;
    static final double ZOOM_STEP = 1.25;
    /** Room left beside a page fitted to the width (pixels), so no horizontal scroll bar appears. */
    static final double FIT_MARGIN = 40;

    private final WorkbenchServices services;
    private final Messages messages;
    private final PrintJob job;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.PRODUCING);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoomText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<BufferedImage> pageImage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ObservableList<PrintService> printers = FXCollections.observableArrayList();
    private final ObjectProperty<PrintService> printer = new SimpleObjectProperty<>();
    private PrintedForm form;
    private PdfPages pages;
    private List<Float> widths = List.of();
    private int page;
    private double zoom = 1;
    private boolean fitWidth = true;
    private double viewportWidth;
    private int renderGeneration;
    private ProgressTask<?> running;
    private boolean closed;

    public PrintPreviewViewModel(WorkbenchServices services, PrintJob job) {
        this.services = services;
        this.messages = services.messages();
        this.job = job;
        showZoom();
    }

    /** Produces the form and looks for the printers, both in the background. */
    public void start() {
        produce();
        services.tasks().execute(BackgroundTask.of(() -> services.printing().printers(), found -> {
            printers.setAll(found);
            if (printer.get() == null && !found.isEmpty()) {
                printer.set(found.get(0));
            }
        }, failure -> status.set(Failures.describe(messages, failure))));
    }

    private void produce() {
        state.set(State.PRODUCING);
        status.set(messages.get("printPreview.producing", job.title()));
        run(ProgressTask.of(p -> {
            PrintedForm printed = job.work().apply(p);
            p.checkCancelled();
            PdfPages opened = PdfPages.open(printed);
            List<Float> pageWidths = new java.util.ArrayList<>();
            for (int i = 0; i < opened.count(); i++) {
                pageWidths.add(opened.widthPoints(i));
            }
            return new Produced(printed, opened, List.copyOf(pageWidths));
        }, produced -> {
            busy.set(false);
            if (closed) {
                closeQuietly(produced.pages());
                return;
            }
            form = produced.form();
            pages = produced.pages();
            widths = produced.widths();
            page = 0;
            state.set(State.READY);
            status.set(messages.get("printPreview.ready", form.title(), form.pages()));
            applyFit();
            showPage();
        }, failure -> {
            busy.set(false);
            state.set(State.FAILED);
            status.set(Failures.describe(messages, failure));
        }, () -> {
            busy.set(false);
            state.set(State.CANCELLED);
            status.set(messages.get("printPreview.cancelled"));
        }));
    }

    private void run(ProgressTask<?> task) {
        running = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        services.tasks().execute(task);
    }

    /** Cancel: stops producing or printing at the next page. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.stop();
        }
    }

    public void nextPage() {
        if (pages != null && page < widths.size() - 1) {
            page++;
            applyFit();
            showPage();
        }
    }

    public void previousPage() {
        if (pages != null && page > 0) {
            page--;
            applyFit();
            showPage();
        }
    }

    public void zoomIn() {
        setZoom(zoom * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom / ZOOM_STEP);
    }

    /** 100%: the page as large as on paper (at the screen's nominal 96 dpi). */
    public void actualSize() {
        setZoom(1);
    }

    /** 适合宽度: the page as wide as the view, also when the window is resized. */
    public void fitToWidth() {
        fitWidth = true;
        if (applyFit()) {
            showPage();
        }
        showZoom();
    }

    /** The view's width (pixels) changed. */
    public void viewportWidth(double width) {
        viewportWidth = width;
        if (fitWidth && applyFit()) {
            showPage();
        }
    }

    private void setZoom(double z) {
        fitWidth = false;
        double bounded = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        if (Math.abs(bounded - zoom) > 1e-6) {
            zoom = bounded;
            showPage();
        }
        showZoom();
    }

    /** In fit-width mode, the zoom that fills the view; true when it changed noticeably. */
    private boolean applyFit() {
        if (!fitWidth || widths.isEmpty() || viewportWidth <= FIT_MARGIN) {
            return false;
        }
        double pagePixels = widths.get(page) / PdfPages.POINTS_PER_INCH * SCREEN_DPI;
        double fitted = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, (viewportWidth - FIT_MARGIN) / pagePixels));
        // a few pixels matter here: the vertical scroll bar appearing must not leave a horizontal one
        boolean changed = Math.abs(fitted - zoom) * pagePixels > 2;
        if (changed) {
            zoom = fitted;
            showZoom();
        }
        return changed;
    }

    private void showZoom() {
        zoomText.set(messages.get("printPreview.zoomPercent", Math.round(zoom * 100)));
    }

    private void showPage() {
        if (pages == null) {
            return;
        }
        int count = widths.size();
        pageText.set(messages.get("printPreview.pageOf", page + 1, count));
        hasPrevious.set(page > 0);
        hasNext.set(page < count - 1);
        int generation = ++renderGeneration;
        int index = page;
        float dpi = (float) (SCREEN_DPI * zoom);
        PdfPages rendering = pages;
        services.tasks().execute(BackgroundTask.of(() -> rendering.render(index, dpi), image -> {
            // a later page or zoom asked meanwhile: only the newest picture is shown
            if (generation == renderGeneration && !closed) {
                pageImage.set(image);
            }
        }, failure -> {
            if (!closed) {
                status.set(Failures.describe(messages, failure));
            }
        }));
    }

    /** 打印…: sends the form to the chosen printer in the background. */
    public void print() {
        if (form == null || busy.get()) {
            return;
        }
        PrintService chosen = printer.get();
        error.set("");
        if (chosen == null) {
            error.set(messages.describe(new DomainException("error.print.noPrinter")));
            return;
        }
        PrintedForm printing = form;
        status.set(messages.get("printPreview.printing", chosen.getName()));
        run(ProgressTask.of(p -> {
            services.printing().print(printing, chosen, p);
            return chosen.getName();
        }, name -> {
            busy.set(false);
            status.set(messages.get("printPreview.printed", printing.title(), name));
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(Failures.describe(messages, failure));
        }, () -> {
            busy.set(false);
            status.set(messages.get("printPreview.printCancelled"));
        }));
    }

    /** 另存为 PDF…: asks where, then writes the PDF beside it and moves it into place when complete. */
    public void saveAs() {
        if (form == null || busy.get()) {
            return;
        }
        Optional<Path> chosen = services.dialogs().chooseSaveFile(messages.get("printPreview.save.title"),
                form.fileName(), messages.get("printPreview.save.fileType"), "*.pdf");
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        error.set("");
        PrintedForm saving = form;
        run(ProgressTask.of(p -> {
            try {
                PdfFile.write(target, out -> out.write(saving.pdf()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return target;
        }, written -> {
            busy.set(false);
            status.set(messages.get("printPreview.saved", written.toAbsolutePath()));
        }, failure -> {
            busy.set(false);
            status.set("");
            error.set(describeSaveFailure(target, failure));
        }, () -> busy.set(false)));
    }

    private String describeSaveFailure(Path target, Throwable failure) {
        if (PdfFile.isIoFailure(failure)) {
            // The user can act on this one: another folder, free space, a file left open in a viewer.
            Throwable io = failure instanceof UncheckedIOException && failure.getCause() != null
                    ? failure.getCause() : failure;
            return messages.get("error.file.write", target.toAbsolutePath(), String.valueOf(io.getMessage()));
        }
        return Failures.describe(messages, failure);
    }

    /** 关闭: stops what runs and lets the document go. */
    public void close() {
        closed = true;
        cancel();
        pageImage.set(null);
        PdfPages open = pages;
        pages = null;
        if (open != null) {
            // a page may still be rendering: closing waits for it, off the FX thread
            services.tasks().execute(BackgroundTask.of(() -> {
                open.close();
                return open;
            }, done -> { }, failure -> Failures.describe(messages, failure)));
        }
    }

    private static void closeQuietly(PdfPages p) {
        try {
            p.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String title() {
        return messages.get("printPreview.title", job.title());
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Something runs in the background: producing, printing or saving. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Why printing or saving failed, shown in the preview itself (a separate alert could end up
     * behind the preview window); empty after the next attempt starts.
     */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "1 / 3". */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** "100%". */
    public ReadOnlyStringProperty zoomTextProperty() {
        return zoomText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BufferedImage> pageImageProperty() {
        return pageImage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ObservableList<PrintService> printers() {
        return printers;
    }

    public ObjectProperty<PrintService> printerProperty() {
        return printer;
    }

    /** The produced form (null until ready). */
    public PrintedForm form() {
        return form;
    }

    public double zoom() {
        return zoom;
    }

    private record Produced(PrintedForm form, PdfPages pages, List<Float> widths) {
    }
}
