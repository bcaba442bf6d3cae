package org.hazardledger.sheet;

import java.nio.file.Path;
import java.util.List;
import org.hazardledger.service.Progress;

/**
 * An import in the making, as the wizard and {@code import-sheet} walk it: the file, the sheet
 * chosen, where its header is, and which column holds which field, each first guessed and then
 * correctable. Immutable: each correction gives a new one.
 */
public final class SheetImport {

    private SheetImport() {
    }

    /**
     * Reads {@code file} (xlsx, xls, or csv in UTF-8 or GBK) and guesses the sheet (the first with
     * data), the header rows and the mapping. Throws {@link org.hazardledger.model.DomainException}
     * with a clear key for an encrypted, corrupt or unreadable file.
     */
    public static SheetImport open(Path file, Progress progress) {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** The same file with another sheet, its header and mapping guessed again. */
    public SheetImport withSheet(int index, Progress progress) {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** The same sheet with the header the user chose; the mapping is guessed again. */
    public SheetImport withHeader(SheetHeader header) {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** The same sheet with the mapping the user corrected. */
    public SheetImport withMapping(ColumnMapping mapping) {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** The same sheet with a saved mapping ({@code --mapping FILE}): see {@link MappingFile}. */
    public SheetImport withMappingFile(Path mappingFile, Progress progress) {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public Path file() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public SheetFormat format() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public List<String> sheetNames() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public int sheetIndex() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public SheetGrid grid() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public SheetHeader header() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** The header text of each column (a two-row header joined as "整改情况/完成时间"). */
    public List<String> headers() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    public ColumnMapping mapping() {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** The first {@code count} data rows as the spreadsheet shows them, for the preview. */
    public List<List<String>> preview(int count) {
        throw new UnsupportedOperationException("S07 skeleton");
    }

    /** Reads every data row into ledger lines, with the problems of their cells. */
    public ParsedSheet parse(Progress progress) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
