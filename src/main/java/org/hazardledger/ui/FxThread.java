package org.hazardledger.ui;

import javafx.application.Platform;

/** Hands work back to the FX thread; runs at once when already there (as same-thread tests are). */
public final class FxThread {

    private FxThread() {
    }

    public static void runLater(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
