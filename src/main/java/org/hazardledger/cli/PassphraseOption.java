package org.hazardledger.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hazardledger.model.DomainException;
import picocli.CommandLine.Option;

/**
 * Where a command gets the key passphrase: a file (first line), the environment variable
 * {@code HAZARDLEDGER_PASSPHRASE}, or a prompt on the console; never a command-line argument, which
 * other users of the machine could read.
 */
public final class PassphraseOption {

    static final String VARIABLE = "HAZARDLEDGER_PASSPHRASE";

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the key passphrase from the first line of FILE (else $" + VARIABLE
                    + ", else a prompt) / 从文件读取密钥口令")
    Path file;

    /** Reads the passphrase, gives it to {@code work} and wipes it afterwards, however the work ends. */
    <T> T use(String promptKey, java.util.function.Function<char[], T> work) {
        char[] secret = read(promptKey);
        try {
            return work.apply(secret);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /** The passphrase; the caller wipes the array when done. */
    private char[] read(String promptKey) {
        if (file != null) {
            try {
                String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return first.toCharArray();
            } catch (IOException e) {
                throw new DomainException(e, "error.cli.passphraseFile", file.toString());
            }
        }
        String variable = System.getenv(VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return variable.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new DomainException("error.cli.passphraseRequired", VARIABLE);
        }
        char[] typed = console.readPassword("%s: ", Bilingual.line(promptKey));
        if (typed == null) {
            throw new DomainException("error.cli.passphraseRequired", VARIABLE);
        }
        return typed;
    }
}
