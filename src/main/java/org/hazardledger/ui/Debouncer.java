package org.hazardledger.ui;

/** Runs an action once the input has been quiet for a moment (search-as-you-type). */
public interface Debouncer {

    /** Schedules {@code action}; a newer call replaces a pending one. */
    void submit(Runnable action);

    /** Runs the action at once: for tests, where waiting would only slow things down. */
    static Debouncer immediate() {
        return Runnable::run;
    }
}
