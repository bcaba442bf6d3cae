package org.hazardledger.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/**
 * The headless (Monocle) FX toolkit for ViewModel tests: started once, and reachable to run code on
 * its thread or to let queued work finish. No screen is involved.
 */
public final class OnFx {

    /** Test code that may throw. */
    @FunctionalInterface
    public interface Block {
        void run() throws Exception;
    }

    private OnFx() {
    }

    public static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    public static void run(Block block) throws Exception {
        call(() -> {
            block.run();
            return null;
        });
    }

    public static <T> T call(Callable<T> code) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(code.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Lets pending {@code Platform.runLater} work (such as table row callbacks) run. */
    public static void drain() throws Exception {
        run(() -> { });
    }
}
