package org.hazardledger.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hazardledger.model.DomainException;
import org.hazardledger.service.Progress;

/**
 * An import in the making, as the wizard and {@code import-sheet} walk it: the file, the sheet
 * chosen, where its header is, and which column holds which field, each first guessed and then
 * correctable. Immutable: each correction gives a new one.
 * <p>
 * The file is told by its first bytes ({@link SheetFiles}); .xlsx is streamed with SAX
 * ({@link XlsxSheetReader}), .xls read with HSSF ({@link XlsSheetReader}), CSV decoded as UTF-8 or
 * GB18030 ({@link CsvSheetReader}). The header is guessed by {@link HeaderGuess}, the mapping by
 * {@link ColumnGuess}, and rows are read by {@link RowParser} with the value rules of
 * {@link ValueParser}. No file stays open between the steps.
 */
public final class SheetImport {

    private final Path file;
    private final SheetFiles.Book book;
    private final int sheetIndex;
    private final SheetGrid grid;
    private final SheetHeader header;
    private final List<String> headers;
    private final ColumnMapping mapping;

    private SheetImport(Path file, SheetFiles.Book book, int sheetIndex, SheetGrid grid, SheetHeader header,
            ColumnMapping mapping) {
        this.file = file;
        this.book = book;
        this.sheetIndex = sheetIndex;
        this.grid = grid;
        this.header = header;
        this.headers = List.copyOf(HeaderGuess.headers(grid, new Merges(grid), header));
        this.mapping = mapping == null ? ColumnGuess.guess(headers) : mapping;
    }

    /**
     * Reads {@code file} (xlsx, xls, or csv in UTF-8 or GBK) and guesses the sheet (the first with
     * data), the header rows and the mapping. Throws {@link org.hazardledger.model.DomainException}
     * with a clear key for an encrypted, corrupt or unreadable file.
     */
    public static SheetImport open(Path file, Progress progress) {
        Objects.requireNonNull(file, "file");
        SheetFiles.Book book = SheetFiles.open(file, progress);
        for (int i = 0; i < book.sheetNames().size(); i++) {
            SheetGrid grid = book.read(i, progress);
            if (hasData(grid)) {
                return new SheetImport(file, book, i, grid, HeaderGuess.guess(grid), null);
            }
        }
        throw new DomainException("error.sheet.empty", String.valueOf(file.getFileName()));
    }

    private static boolean hasData(SheetGrid grid) {
        for (List<SheetCell> row : grid.rows()) {
            for (SheetCell cell : row) {
                if (!cell.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same file with another sheet, its header and mapping guessed again. */
    public SheetImport withSheet(int index, Progress progress) {
        if (index < 0 || index >= book.sheetNames().size()) {
            throw new IllegalArgumentException("no sheet " + index);
        }
        SheetGrid next = book.read(index, progress);
        return new SheetImport(file, book, index, next, HeaderGuess.guess(next), null);
    }

    /** The same sheet with the header the user chose; the mapping is guessed again. */
    public SheetImport withHeader(SheetHeader header) {
        return new SheetImport(file, book, sheetIndex, grid, Objects.requireNonNull(header, "header"), null);
    }

    /** The same sheet with the mapping the user corrected. */
    public SheetImport withMapping(ColumnMapping mapping) {
        return new SheetImport(file, book, sheetIndex, grid, header, Objects.requireNonNull(mapping, "mapping"));
    }

    /** The same sheet with a saved mapping ({@code --mapping FILE}): see {@link MappingFile}. */
    public SheetImport withMappingFile(Path mappingFile, Progress progress) {
        return MappingFile.read(mappingFile).apply(this, progress);
    }

    public Path file() {
        return file;
    }

    public SheetFormat format() {
        return book.format();
    }

    public List<String> sheetNames() {
        return book.sheetNames();
    }

    public int sheetIndex() {
        return sheetIndex;
    }

    public SheetGrid grid() {
        return grid;
    }

    public SheetHeader header() {
        return header;
    }

    /** The header text of each column (a two-row header joined as "整改情况/完成时间"). */
    public List<String> headers() {
        return headers;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** The first {@code count} data rows as the spreadsheet shows them, for the preview. */
    public List<List<String>> preview(int count) {
        Merges merges = new Merges(grid);
        int width = Math.max(headers.size(), 1);
        List<List<String>> out = new ArrayList<>();
        for (int r = header.dataStart(); r < grid.rowCount() && out.size() < count; r++) {
            List<String> row = new ArrayList<>(width);
            boolean blank = true;
            for (int c = 0; c < width; c++) {
                SheetCell cell = merges.filled(r, c);
                row.add(cell.text().strip());
                blank &= merges.own(r, c).isBlank();
            }
            if (!blank) {
                out.add(row);
            }
        }
        return out;
    }

    /** Reads every data row into ledger lines, with the problems of their cells. */
    public ParsedSheet parse(Progress progress) {
        return new RowParser().parse(grid, header, mapping, headers, progress);
    }
}
