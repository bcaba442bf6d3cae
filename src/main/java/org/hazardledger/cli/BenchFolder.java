package org.hazardledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A throw-away folder for a benchmark's ledgers and files, removed with everything in it when closed. */
final class BenchFolder implements AutoCloseable {

    private final Path dir;

    private BenchFolder(Path dir) {
        this.dir = dir;
    }

    static BenchFolder create() throws IOException {
        return new BenchFolder(Files.createTempDirectory("hazard-ledger-bench"));
    }

    Path resolve(String name) {
        return dir.resolve(name);
    }

    /** The bytes of every file in {@code dir} and below (a ledger's data folder: database and attachments). */
    static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
