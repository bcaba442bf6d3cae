package org.hazardledger.cli;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a refusal into one clear message in Chinese and English, and exit code 1. */
final class ErrorReporter implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final PrintWriter err;

    ErrorReporter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        if (ex instanceof DomainException d) {
            err.println(Bilingual.error(d));
            if (d instanceof ValidationException v) {
                v.errors().forEach(f -> err.println(Bilingual.field(f)));
            }
        } else if (ex instanceof CancellationException) {
            err.println(Bilingual.line("cli.cancelled"));
        } else {
            LOG.error("Command failed", ex);
            err.println(Bilingual.error("error.unexpected", String.valueOf(ex.getMessage())));
        }
        err.flush();
        return HazardLedgerCommand.DOMAIN_ERROR;
    }
}
