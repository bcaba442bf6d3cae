package org.hazardledger.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A copy of an open ledger's data folder, as a restored backup would be: the database through H2's
 * online BACKUP (consistent while the ledger stays open), every other file (attachments, keys) as is.
 */
public final class LedgerCopy {

    private LedgerCopy() {
    }

    public static Path copy(Path source, Path target) {
        try {
            Files.createDirectories(target);
            Path zip = Files.createTempFile("hazard-ledger-copy", ".zip");
            Files.delete(zip);
            // MVStore keeps the latest commits in memory for a moment: write them out before copying
            LedgerSql.execute(source, "CHECKPOINT SYNC");
            LedgerSql.execute(source, "BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    Files.copy(in, target.resolve(Path.of(e.getName()).getFileName()));
                }
            }
            Files.delete(zip);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    String name = from.getFileName().toString();
                    if (from.equals(source) || name.startsWith("ledger.")) {
                        continue;
                    }
                    Path to = target.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else if (!Files.exists(to)) {
                        Files.copy(from, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
