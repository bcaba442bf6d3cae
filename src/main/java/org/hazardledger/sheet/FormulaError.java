package org.hazardledger.sheet;

/**
 * The value of a cell whose formula ended in an error, as Excel shows it ({@code #REF!},
 * {@code #DIV/0!}, {@code #N/A} ...). Reading it into a ledger field gives the problem
 * {@code sheet.problem.formulaError}.
 */
public record FormulaError(String code) {

    @Override
    public String toString() {
        return code;
    }
}
