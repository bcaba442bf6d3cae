package org.hazardledger.sheet;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Progress;

/**
 * Opens a spreadsheet file by what its first bytes say, not by its name: {@code PK\3\4} is an
 * .xlsx (a ZIP package), {@code D0 CF 11 E0} an OLE2 file, which is either an encrypted .xlsx
 * (it holds {@code EncryptionInfo}/{@code EncryptedPackage}) or an .xls; anything else is CSV
 * if it reads as text. Every failure of POI (checked or runtime: RecordFormatException,
 * NotOfficeXmlFileException, EmptyFileException, ...) becomes one of these refusals:
 * <ul>
 * <li>{@code error.sheet.encrypted}: a password-protected workbook;</li>
 * <li>{@code error.sheet.oldExcel}: an .xls from Excel 95 or older;</li>
 * <li>{@code error.sheet.empty}: a file with no bytes;</li>
 * <li>{@code error.sheet.missing}: no such file; {@code error.sheet.unreadable}: the disk says no;</li>
 * <li>{@code error.sheet.corrupt}: not a spreadsheet, a broken or truncated ZIP, anything else.</li>
 * </ul>
 * Files are read and closed again; nothing stays open between the wizard's steps.
 */
final class SheetFiles {

    private static final int SNIFF = 8;

    private SheetFiles() {
    }

    /** A readable workbook: its format, its sheets' names, and one sheet read on demand. */
    interface Book {
        SheetFormat format();

        List<String> sheetNames();

        SheetGrid read(int index, Progress progress);
    }

    static Book open(Path file, Progress progress) {
        String name = String.valueOf(file.getFileName());
        byte[] head = head(file, name);
        if (head.length == 0) {
            throw new DomainException("error.sheet.empty", name);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            List<String> names = guard(name, () -> XlsxSheetReader.sheetNames(file));
            return book(name, SheetFormat.XLSX, names, (index, p) -> guard(name, () -> XlsxSheetReader.read(file, index, p)));
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            List<String> names = guard(name, () -> {
                try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                    DirectoryNode root = fs.getRoot();
                    if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                        throw new DomainException("error.sheet.encrypted", name);
                    }
                    return XlsSheetReader.sheetNames(fs);
                }
            });
            return book(name, SheetFormat.XLS, names, (index, p) -> guard(name, () -> XlsSheetReader.read(file, index, p)));
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            throw new DomainException("error.sheet.corrupt", name);
        }
        String text = guard(name, () -> CsvSheetReader.decode(Files.readAllBytes(file)));
        if (!CsvSheetReader.looksLikeText(text)) {
            throw new DomainException("error.sheet.corrupt", name);
        }
        String sheet = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        SheetGrid grid = guard(name, () -> CsvSheetReader.read(text, sheet, progress));
        return book(name, SheetFormat.CSV, List.of(sheet), (index, p) -> grid);
    }

    private static byte[] head(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new DomainException(e, "error.sheet.missing", file.toString());
        } catch (AccessDeniedException e) {
            throw new DomainException(e, "error.sheet.unreadable", name, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new DomainException(e, "error.sheet.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    interface Work<T> {
        T run() throws Exception;
    }

    interface Reader {
        SheetGrid read(int index, Progress progress);
    }

    /** Runs POI work, turning whatever it throws into the refusals above. */
    static <T> T guard(String name, Work<T> work) {
        try {
            return work.run();
        } catch (DomainException | CancellationException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new DomainException(e, "error.sheet.encrypted", name);
        } catch (OldExcelFormatException e) {
            throw new DomainException(e, "error.sheet.oldExcel", name);
        } catch (OutOfMemoryError e) {
            throw new DomainException("error.sheet.tooLarge", name);
        } catch (Exception | StackOverflowError e) {
            throw new DomainException(e, "error.sheet.corrupt", name);
        }
    }

    private static Book book(String name, SheetFormat format, List<String> names, Reader reader) {
        List<String> copy = List.copyOf(names);
        if (copy.isEmpty()) {
            throw new DomainException("error.sheet.empty", name);
        }
        return new Book() {
            @Override
            public SheetFormat format() {
                return format;
            }

            @Override
            public List<String> sheetNames() {
                return copy;
            }

            @Override
            public SheetGrid read(int index, Progress progress) {
                return reader.read(index, progress);
            }
        };
    }
}
