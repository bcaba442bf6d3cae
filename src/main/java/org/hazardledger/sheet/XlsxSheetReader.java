package org.hazardledger.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.hazardledger.service.Progress;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an .xlsx by streaming its XML with SAX (POI's event API: {@link XSSFReader},
 * the read-only shared strings and the styles), so a 10 MB sheet needs no DOM. Each {@code <c>}
 * becomes a {@link SheetCell}: shared and inline strings, the cached result of a formula
 * ({@code <v>}; {@code t="e"} gives a {@link FormulaError}), booleans, and numbers through
 * {@link CellValues} with the cell's number format (date formats give dates). {@code <mergeCell>}
 * blocks are collected as they pass. Phonetic runs ({@code <rPh>}) are left out of the text.
 * The package is opened read-only and always closed (reverted) again.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static List<String> sheetNames(Path file) throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return names;
        } finally {
            pkg.revert();
        }
    }

    static SheetGrid read(Path file, int index, Progress progress)
            throws IOException, OpenXML4JException, SAXException {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904 = date1904(reader);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            int i = 0;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (i == index) {
                        Handler handler = new Handler(strings, styles, new CellValues(date1904), progress);
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(handler);
                        xml.parse(new InputSource(in));
                        return new SheetGrid(sheets.getSheetName(), handler.rows, handler.merged);
                    }
                }
                i++;
            }
            throw new IllegalArgumentException("no sheet " + index);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } finally {
            pkg.revert();
        }
    }

    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, SAXException {
        boolean[] found = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("workbookPr".equals(local(localName, qName))) {
                        String v = atts.getValue("date1904");
                        found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return found[0];
    }

    /** The 0-based column of a cell reference such as "AB12". */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c != '$') {
                break;
            }
        }
        return column - 1;
    }

    private static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    private static final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final CellValues values;
        private final Progress progress;
        final List<List<SheetCell>> rows = new ArrayList<>();
        final List<CellRange> merged = new ArrayList<>();
        private List<SheetCell> row;
        private int rowIndex = -1;
        private int column;
        private String type;
        private String style;
        private final java.util.Map<Integer, String[]> formats = new java.util.HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private boolean hasValue;

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles, CellValues values, Progress progress) {
            this.strings = strings;
            this.styles = styles;
            this.values = values;
            this.progress = progress;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (local(localName, qName)) {
                case "row":
                    String r = atts.getValue("r");
                    rowIndex = r != null ? Integer.parseInt(r) - 1 : rowIndex + 1;
                    while (rows.size() < rowIndex) {
                        rows.add(List.of());
                    }
                    row = new ArrayList<>();
                    column = -1;
                    if (rowIndex % 1000 == 0) {
                        progress.checkCancelled();
                        progress.update(rowIndex, -1);
                    }
                    break;
                case "c":
                    String ref = atts.getValue("r");
                    column = ref != null ? column(ref) : column + 1;
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    value.setLength(0);
                    inline.setLength(0);
                    hasValue = false;
                    break;
                case "v":
                    inValue = true;
                    hasValue = true;
                    break;
                case "t":
                    inInlineText = !inPhonetic;
                    if (inInlineText) {
                        hasValue = true;
                    }
                    break;
                case "rPh":
                    inPhonetic = true;
                    break;
                case "mergeCell":
                    String range = atts.getValue("ref");
                    if (range != null) {
                        CellRangeAddress a = range.contains(":") ? CellRangeAddress.valueOf(range)
                                : CellRangeAddress.valueOf(range + ":" + range);
                        merged.add(new CellRange(a.getFirstRow(), a.getLastRow(), a.getFirstColumn(),
                                a.getLastColumn()));
                    }
                    break;
                default:
                    break;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v":
                    inValue = false;
                    break;
                case "t":
                    inInlineText = false;
                    break;
                case "rPh":
                    inPhonetic = false;
                    break;
                case "c":
                    if (hasValue && row != null) {
                        SheetCell cell = cell();
                        if (!cell.isBlank() || cell.value() != null) {
                            while (row.size() < column) {
                                row.add(SheetCell.EMPTY);
                            }
                            if (row.size() == column) {
                                row.add(cell);
                            } else {
                                row.set(column, cell);
                            }
                        }
                    }
                    break;
                case "row":
                    rows.add(row == null ? List.of() : row);
                    row = null;
                    break;
                default:
                    break;
            }
        }

        private SheetCell cell() {
            String raw = value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s":
                    if (raw.isBlank()) {
                        return SheetCell.EMPTY;
                    }
                    return CellValues.text(strings.getItemAt(Integer.parseInt(raw.strip())).getString());
                case "inlineStr":
                    return CellValues.text(inline.length() > 0 ? inline.toString() : raw);
                case "str":
                    return CellValues.text(raw);
                case "b":
                    return CellValues.bool("1".equals(raw.strip()) || "true".equalsIgnoreCase(raw.strip()));
                case "e":
                    return CellValues.error(raw.strip());
                case "d":
                    return CellValues.isoDate(raw);
                default:
                    if (raw.isBlank()) {
                        return SheetCell.EMPTY;
                    }
                    double number;
                    try {
                        number = Double.parseDouble(raw.strip());
                    } catch (NumberFormatException e) {
                        return CellValues.text(raw);
                    }
                    int formatIndex = 0;
                    String format = "General";
                    if (style != null && styles != null && !style.isBlank()) {
                        int styleIndex = Integer.parseInt(style.strip());
                        String[] known = formats.get(styleIndex);
                        if (known == null) {
                            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
                            known = new String[] {"0", "General"};
                            if (cellStyle != null) {
                                String f = cellStyle.getDataFormatString();
                                known = new String[] {Integer.toString(cellStyle.getDataFormat()),
                                    f != null ? f : BuiltinFormats.getBuiltinFormat(cellStyle.getDataFormat())};
                            }
                            formats.put(styleIndex, known);
                        }
                        formatIndex = Integer.parseInt(known[0]);
                        format = known[1];
                    }
                    return values.number(number, raw, formatIndex, format);
            }
        }
    }
}
