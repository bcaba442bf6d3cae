package org.hazardledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * GnuPG 2.2 (Debian's {@code gnupg}) in a throw-away home folder, for the interop tests. Where gpg is
 * missing the test is skipped with a message, except in CI (CI=true), where .ci/run installs it and
 * its absence fails the test.
 */
public final class Gpg {

    private final Path home;

    private Gpg(Path home) {
        this.home = home;
    }

    /** A gpg with an empty home under {@code dir}; skips (or fails in CI) when gpg is not installed. */
    public static Gpg in(Path dir) throws IOException {
        boolean available = available();
        if (!available && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("gpg must be installed in CI (.ci/run installs gnupg)");
        }
        Assumptions.assumeTrue(available, "gpg is not installed here (.ci/run installs it)");
        Path home = Files.createDirectories(dir.resolve("gnupg-home"));
        home.toFile().setReadable(false, false);
        home.toFile().setReadable(true, true);
        home.toFile().setWritable(false, false);
        home.toFile().setWritable(true, true);
        home.toFile().setExecutable(false, false);
        home.toFile().setExecutable(true, true);
        return new Gpg(home);
    }

    private static boolean available() {
        try {
            return new ProcessBuilder("gpg", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs gpg and returns its output (stdout and stderr); fails the test on a non-zero exit. */
    public String run(String input, String... args) throws IOException, InterruptedException {
        Result r = tryRun(input, args);
        assertThat(r.exit()).as("gpg %s: %s", String.join(" ", args), r.output()).isZero();
        return r.output();
    }

    public record Result(int exit, String output) {
    }

    public Result tryRun(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("gpg");
        command.add("--homedir");
        command.add(home.toString());
        command.add("--batch");
        command.add("--no-tty");
        command.add("--pinentry-mode");
        command.add("loopback");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }
}
