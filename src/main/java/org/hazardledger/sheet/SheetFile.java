package org.hazardledger.sheet;

import java.io.IOException;
import java.nio.file.Path;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.AtomicFile;

/**
 * Writes a spreadsheet file so that it is either absent or complete under its name ({@link AtomicFile}):
 * a cancel, a full disk or a folder we may not write leaves the target as it was and no temporary file
 * behind; the failure becomes {@code error.sheetExport.write} (file, reason).
 */
final class SheetFile {

    private SheetFile() {
    }

    static void write(Path target, AtomicFile.Content content) {
        Path absolute = target.toAbsolutePath();
        try {
            AtomicFile.write(absolute, content);
        } catch (IOException e) {
            throw new DomainException(e, "error.sheetExport.write", absolute.toString(), reason(e));
        } catch (RuntimeException e) {
            // POI wraps the IOException of its own temporary files (SXSSF rows flushed to a full disk)
            IOException io = ioCause(e);
            if (io == null || e instanceof DomainException) {
                throw e;
            }
            throw new DomainException(e, "error.sheetExport.write", absolute.toString(), reason(io));
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
}
