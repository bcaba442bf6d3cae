package org.hazardledger.ui;

import java.io.UncheckedIOException;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into one sentence for the user: domain refusals in their words, the rest logged. */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    public static String describe(Messages messages, Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (e instanceof DomainException d) {
            return messages.describe(d);
        }
        // Users cannot act on a stack trace; the log keeps it for whoever supports them.
        LOG.error("Unexpected failure in the workbench", e);
        return messages.get("error.unexpected", e == null ? "?" : e.getClass().getSimpleName());
    }
}
