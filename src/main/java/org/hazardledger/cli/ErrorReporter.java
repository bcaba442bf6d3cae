package org.hazardledger.cli;

import java.io.PrintWriter;
import java.util.concurrent.CancellationException;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.ValidationException;
import org.hazardledger.service.Messages;
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
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        if (ex instanceof DomainException d) {
            err.println("错误：" + zh.describe(d));
            err.println("Error: " + en.describe(d));
            if (d instanceof ValidationException v) {
                v.errors().forEach(f -> err.println("  " + f.field() + ": " + zh.describe(f) + " / " + en.describe(f)));
            }
        } else if (ex instanceof CancellationException) {
            err.println("已取消。 / Cancelled.");
        } else {
            LOG.error("Command failed", ex);
            err.println("错误：" + zh.get("error.unexpected", String.valueOf(ex.getMessage())));
            err.println("Error: " + en.get("error.unexpected", String.valueOf(ex.getMessage())));
        }
        err.flush();
        return HazardLedgerCommand.DOMAIN_ERROR;
    }
}
