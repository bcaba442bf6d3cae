package org.hazardledger.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A debouncer on the FX clock: the query runs 350 ms after the last keystroke, not on every one. */
public final class FxDebouncer implements Debouncer {

    private final PauseTransition pause;
    private Runnable pending = () -> { };

    public FxDebouncer(Duration quiet) {
        pause = new PauseTransition(quiet);
        pause.setOnFinished(e -> pending.run());
    }

    public FxDebouncer() {
        this(Duration.millis(350));
    }

    @Override
    public void submit(Runnable action) {
        pending = action;
        pause.playFromStart();
    }
}
