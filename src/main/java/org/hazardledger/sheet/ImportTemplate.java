package org.hazardledger.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Labelled;
import org.hazardledger.model.LedgerField;
import org.hazardledger.service.Messages;

/**
 * The blank import template (.xlsx): the columns the importer expects, lists to pick categories,
 * grades, sources, forms, tiers and states from (data validation), and one example row.
 * <p>The template sheet has the header in row 1 (exactly the ledger export's headers) and the example
 * in row 2; every drop-down list refers to a column of a hidden sheet {@value #LISTS} (so a list
 * longer than Excel's 255 characters for an inline list works too); date columns carry the date
 * format. A second sheet explains the required columns and the date forms accepted.
 */
public final class ImportTemplate {

    /** The hidden sheet holding the drop-down lists, one column per list. */
    static final String LISTS = "lists";
    /** Rows below the header that carry the drop-down lists and formats. */
    static final int ROWS = 5_000;
    /** The columns a row cannot do without. */
    static final Set<LedgerField> REQUIRED = EnumSet.of(LedgerField.FOUND_ON, LedgerField.UNIT, LedgerField.PLACE,
            LedgerField.CATEGORY, LedgerField.DESCRIPTION, LedgerField.GRADE);
    /** The columns with a drop-down list. */
    static final List<LedgerField> CHOICES = List.of(LedgerField.SOURCE, LedgerField.CATEGORY, LedgerField.FORM,
            LedgerField.GRADE, LedgerField.MAJOR_REASON, LedgerField.RISK_COLOUR,
            LedgerField.RECTIFYING_TIER, LedgerField.STATUS);

    private ImportTemplate() {
    }

    public static void write(Path out, List<CatalogEntry> categories, Messages messages) {
        SheetFile.write(out, stream -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                build(wb, categories, messages);
                wb.write(stream);
            }
        });
    }

    private static void build(XSSFWorkbook wb, List<CatalogEntry> categories, Messages messages) {
        SheetStyles styles = new SheetStyles(wb);
        XSSFSheet sheet = wb.createSheet(XlsxExport.uniqueName(messages.get("sheetExport.template.sheet"),
                new java.util.HashSet<>()));
        XSSFSheet instructions = wb.createSheet(messages.get("sheetExport.template.instructions"));
        XSSFSheet lists = wb.createSheet(LISTS);
        wb.setSheetVisibility(wb.getSheetIndex(lists), SheetVisibility.HIDDEN);

        List<SheetColumn> columns = LedgerExport.columns(messages);
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            SheetColumn column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(column.header());
            sheet.setColumnWidth(c, SheetStyles.columnWidth(Math.max(column.width(),
                    SheetStyles.displayWidth(column.header()) + 2)));
            sheet.setDefaultColumnStyle(c, styles.data(column.kind()));
        }
        sheet.createFreezePane(0, 1);

        Row example = sheet.createRow(1);
        List<Object> values = example(categories, messages);
        for (int c = 0; c < columns.size(); c++) {
            ColumnKind kind = columns.get(c).kind();
            Object value = values.get(c);
            Cell cell = example.createCell(c);
            if (value == null) {
                cell.setCellStyle(styles.data(kind));
            } else {
                XlsxExport.putValue(cell, value, kind, styles.data(kind));
            }
        }

        DataValidationHelper helper = sheet.getDataValidationHelper();
        int listColumn = 0;
        for (LedgerField field : CHOICES) {
            List<String> choices = choices(field, categories, messages);
            if (choices.isEmpty()) {
                continue;
            }
            for (int i = 0; i < choices.size(); i++) {
                Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                row.createCell(listColumn).setCellValue(choices.get(i));
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
            Name name = wb.createName();
            name.setNameName("list_" + field.name());
            name.setRefersToFormula(LISTS + "!$" + letter + "$1:$" + letter + "$" + choices.size());
            DataValidationConstraint constraint = helper.createFormulaListConstraint("list_" + field.name());
            int column = field.ordinal();
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(1, ROWS, column, column));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(messages.get("sheetExport.template.invalidTitle"),
                    messages.get("sheetExport.template.invalidText", messages.label(field)));
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
            listColumn++;
        }
        writeInstructions(instructions, styles.header, messages);
    }

    /** The choices of a list column, as the cells must say them. */
    static List<String> choices(LedgerField field, List<CatalogEntry> categories, Messages messages) {
        List<String> out = new ArrayList<>();
        if (field == LedgerField.CATEGORY) {
            boolean english = Messages.ENGLISH.equals(messages.locale());
            categories.forEach(c -> out.add(english && c.nameEn() != null && !c.nameEn().isBlank() ? c.nameEn()
                    : c.nameZh()));
        } else if (field.isChoice()) {
            for (Object constant : field.type().getEnumConstants()) {
                out.add(messages.label((Labelled) constant));
            }
        }
        return out;
    }

    /** The example row (resource template-example.properties), as cell values in column order. */
    static List<Object> example(List<CatalogEntry> categories, Messages messages) {
        Properties p = new Properties();
        try (InputStream in = ImportTemplate.class.getResourceAsStream("template-example.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Object> row = new ArrayList<>();
        for (LedgerField f : LedgerField.values()) {
            String text = p.getProperty(f.name());
            if (f == LedgerField.CATEGORY && !categories.isEmpty()) {
                text = choices(f, categories, messages).get(0);
            }
            if (text == null) {
                row.add(null);
            } else if (f.isDate()) {
                row.add(LocalDate.parse(text));
            } else if (f.type() == BigDecimal.class) {
                row.add(new BigDecimal(text));
            } else if (f.isChoice()) {
                row.add(messages.label((Labelled) enumValue(f.type(), text)));
            } else {
                row.add(text);
            }
        }
        return row;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static void writeInstructions(XSSFSheet sheet, CellStyle bold, Messages messages) {
        List<String> required = new ArrayList<>();
        REQUIRED.forEach(f -> required.add(messages.label(f)));
        String[] lines = {
            messages.get("sheetExport.template.help.title"),
            messages.get("sheetExport.template.help.rows"),
            messages.get("sheetExport.template.help.required", String.join(messages.get("sheetExport.listSeparator"), required)),
            messages.get("sheetExport.template.help.dates"),
            messages.get("sheetExport.template.help.lists"),
            messages.get("sheetExport.template.help.people"),
            messages.get("sheetExport.template.help.number"),
        };
        for (int i = 0; i < lines.length; i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            if (i == 0) {
                cell.setCellStyle(bold);
            }
        }
        sheet.setColumnWidth(0, 100 * 256);
    }
}
