package org.hazardledger.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes test spreadsheets with POI (no binaries are committed): a sheet is described as rows of
 * values ({@code String}, numbers, {@link LocalDate} / {@link LocalDateTime} written as date
 * cells, {@link #formula} cells whose cached results are saved, null for an empty cell) and merged
 * blocks, then written as .xlsx, .xls or CSV. Also: password-protected .xlsx, a big streamed
 * .xlsx, and a few broken files. Reusable by the other sheet tests (export, the service import).
 */
public final class TestSheets {

    private TestSheets() {
    }

    /** A formula cell (without "="); its result is computed and cached when the file is written. */
    public record Formula(String text) {
    }

    public static Formula formula(String text) {
        return new Formula(text);
    }

    /** Rows and merged blocks of one sheet. */
    public static final class Grid {
        final String name;
        final List<List<Object>> rows = new ArrayList<>();
        final List<String> merged = new ArrayList<>();

        Grid(String name) {
            this.name = name;
        }

        /** Appends a row (null: an empty cell). */
        public Grid row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        /** Appends an empty row. */
        public Grid blank() {
            rows.add(List.of());
            return this;
        }

        /** Merges a block such as "A1:L1" (as Excel names it). */
        public Grid merge(String range) {
            merged.add(range);
            return this;
        }

        public Path xlsx(Path file) {
            return write(file, new XSSFWorkbook(), List.of(this));
        }

        public Path xls(Path file) {
            return write(file, new HSSFWorkbook(), List.of(this));
        }

        public Path csv(Path file, Charset charset, boolean bom) {
            return TestSheets.csv(file, charset, bom, rows);
        }
    }

    public static Grid sheet(String name) {
        return new Grid(name);
    }

    /** Several sheets in one workbook (xlsx when the name ends in .xlsx, else xls). */
    public static Path workbook(Path file, Grid... sheets) {
        Workbook book = file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
        return write(file, book, List.of(sheets));
    }

    static Path write(Path file, Workbook book, List<Grid> sheets) {
        try (Workbook wb = book) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timeStyle = wb.createCellStyle();
            timeStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            for (Grid g : sheets) {
                Sheet sheet = wb.createSheet(g.name);
                for (int r = 0; r < g.rows.size(); r++) {
                    List<Object> values = g.rows.get(r);
                    if (values.isEmpty()) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < values.size(); c++) {
                        put(row, c, values.get(c), dateStyle, timeStyle);
                    }
                }
                for (String range : g.merged) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void put(Row row, int c, Object value, CellStyle dateStyle, CellStyle timeStyle) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(timeStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.text());
            if (f.text().startsWith("DATE(")) {
                cell.setCellStyle(dateStyle);
            }
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    public static Path csv(Path file, Charset charset, boolean bom, List<List<Object>> rows) {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            StringBuilder text = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.EXCEL)) {
                for (List<Object> row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (Object v : row) {
                        cells.add(v == null ? "" : v.toString());
                    }
                    printer.printRecord(cells);
                }
            }
            out.write(text.toString().getBytes(charset));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grid as an .xlsx encrypted with {@code password} (agile encryption, as Excel does). */
    public static Path encryptedXlsx(Path file, Grid grid, String password) {
        try {
            Path plain = Files.createTempFile(file.getParent(), "plain", ".xlsx");
            grid.xlsx(plain);
            byte[] bytes = Files.readAllBytes(plain);
            Files.delete(plain);
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                Encryptor encryptor = info.getEncryptor();
                encryptor.confirmPassword(password);
                try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(bytes));
                        OutputStream os = encryptor.getDataStream(fs)) {
                    opc.save(os);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A big .xlsx written with SXSSF: a header row, then {@code rows} rows made by {@code row}. */
    public static Path bigXlsx(Path file, List<String> headers, int rows, IntFunction<List<Object>> row) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("台账");
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                Row out = sheet.createRow(r);
                List<Object> values = row.apply(r);
                for (int c = 0; c < values.size(); c++) {
                    put(out, c, values.get(c), dateStyle, dateStyle);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code keep} bytes of a file written elsewhere: a truncated copy. */
    public static Path truncated(Path source, Path file, int keep) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            Files.write(file, Arrays.copyOf(bytes, Math.min(keep, bytes.length)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes that are no spreadsheet, the same every run. */
    public static Path randomBytes(Path file, int size, long seed) {
        byte[] bytes = new byte[size];
        new java.util.Random(seed).nextBytes(bytes);
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 file such as Excel 95 wrote: a "Book" stream instead of "Workbook". */
    public static Path excel95(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Book");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            Files.write(file, bytes.toByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A typical Chinese ledger as people keep it: a title row over a one-row header, three hazards. */
    public static Grid typicalLedger() {
        return sheet("隐患台账")
                .row("XX公司隐患排查治理台账")
                .merge("A1:L1")
                .row("序号", "排查时间", "隐患部位", "隐患内容", "隐患等级", "整改措施", "责任单位", "整改责任人",
                        "整改期限", "整改资金（元）", "整改情况", "备注")
                .row(1, LocalDate.of(2026, 3, 5), "一号车间配电室", "配电柜门未关闭", "一般隐患", "关闭柜门并上锁",
                        "机修车间", "张三", LocalDate.of(2026, 3, 10), 1200, "已整改", "无")
                .row(2, "2026/3/6", "仓库", "灭火器过期", "一般", "更换灭火器", "仓储部", "李四", "2026年3月20日",
                        "1,200.50", "整改中", null)
                .row(3, 46082, "锅炉房", "安全阀未校验", "重大隐患", "停炉校验", "动力车间", "王五", 20260401,
                        "1.2万", "待验收", null);
    }

    /** Two-row header: 五定 over 措施|责任人|期限|资金, 整改情况 over 完成时间|验收人; 序号 etc. merged down. */
    public static Grid twoRowLedger() {
        return sheet("台账")
                .row("某厂隐患排查治理台账（2026年）")
                .merge("A1:I1")
                .row("序号", "发现时间", "隐患描述", "五定", null, null, null, "整改情况", null)
                .row(null, null, null, "措施", "责任人", "期限", "资金", "完成时间", "验收人")
                .merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:G2").merge("H2:I2")
                .row(1, LocalDate.of(2026, 3, 1), "护栏缺失", "加装护栏", "赵六", LocalDate.of(2026, 3, 15), 800,
                        LocalDate.of(2026, 3, 12), "钱七")
                .row(2, LocalDate.of(2026, 3, 2), "地面油污", "清理", "孙八", LocalDate.of(2026, 3, 3), null, null,
                        null);
    }

    public static Charset gbk() {
        return Charset.forName("GBK");
    }

    public static Charset utf8() {
        return StandardCharsets.UTF_8;
    }
}
