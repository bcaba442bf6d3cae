package org.hazardledger.sheet;

/**
 * A saved mapping for {@code import-sheet --mapping FILE}: a UTF-8 properties file naming the sheet
 * and header row when the guess is wrong, and which header goes to which field, for example
 * <pre>
 * sheet=隐患台账
 * headerRow=3
 * headerRows=2
 * 隐患内容=DESCRIPTION
 * 整改情况/完成时间=RECTIFIED_ON
 * 备注=IGNORE
 * </pre>
 * Field names are {@link org.hazardledger.model.LedgerField} names; {@code IGNORE} drops a column.
 */
public final class MappingFile {

    private MappingFile() {
    }
}
