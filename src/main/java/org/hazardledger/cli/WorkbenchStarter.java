package org.hazardledger.cli;

import java.nio.file.Path;

/** Starts the window when no command is given (the composition root provides it). */
@FunctionalInterface
public interface WorkbenchStarter {

    /** Blocks until the window closes; returns the exit code. */
    int start(Path dataDir, String language);
}
