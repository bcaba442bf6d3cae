package org.hazardledger.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.hazardledger.model.DomainException;

/**
 * Writes a spreadsheet file so that it is either absent or complete under its name: the workbook goes
 * to a temporary file beside the target ({@code .name-*.tmp}), which is forced to disk and moved over
 * the target only when complete. A cancel, a full disk or a read-only folder leaves the target as it
 * was and no temporary file behind; the failure becomes {@code error.sheetExport.write} (file, reason).
 * (The same pattern as exchange/AtomicFile, which the sheet layer may not use.)
 */
final class SheetFile {

    /** Writes the whole file to the stream it is given. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SheetFile() {
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path tmp = null;
        try {
            Path folder = absolute.getParent();
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, "." + absolute.getFileName() + "-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new DomainException(e, "error.sheetExport.write", absolute.toString(), reason(e));
        } catch (RuntimeException e) {
            // POI wraps the IOException of its own temporary files (SXSSF rows flushed to a full disk)
            IOException io = ioCause(e);
            if (io == null || e instanceof DomainException) {
                throw e;
            }
            throw new DomainException(e, "error.sheetExport.write", absolute.toString(), reason(io));
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * The reason in words: a bundle key for the usual ones (Messages translates an argument that is a
     * key), else the system's own text.
     */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "sheetExport.reason.denied";
        }
        String text = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null
                ? fse.getReason() : e.getMessage();
        if (text != null && (text.contains("No space left") || text.contains("not enough space"))) {
            return "sheetExport.reason.full";
        }
        if (text != null && text.contains("Read-only file system")) {
            return "sheetExport.reason.readOnly";
        }
        return text == null ? e.getClass().getSimpleName() : text;
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing more can be done about a temporary file that will not go; it is hidden and named .tmp
        }
    }
}
