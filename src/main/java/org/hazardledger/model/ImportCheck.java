package org.hazardledger.model;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the ledger thinks of the rows of a sheet before anything is written: every problem (the
 * sheet's own and the ledger's: unknown units, people and categories, duplicates), and the names it
 * does not know, so the user can map them or have them created.
 *
 * @param rows              data rows looked at
 * @param problems          every problem, by row
 * @param unknownUnits      unit texts the ledger does not know (created if the options say so)
 * @param unknownPeople     person names the ledger does not know (created if the options say so)
 * @param unknownCategories category texts not in the catalogue (these must be mapped)
 */
public record ImportCheck(int rows, List<ImportProblem> problems, List<String> unknownUnits,
                          List<String> unknownPeople, List<String> unknownCategories) {

    public ImportCheck {
        problems = List.copyOf(problems);
        unknownUnits = List.copyOf(unknownUnits);
        unknownPeople = List.copyOf(unknownPeople);
        unknownCategories = List.copyOf(unknownCategories);
    }

    /** The row numbers with at least one problem. */
    public Set<Integer> invalidRows() {
        Set<Integer> out = new TreeSet<>();
        problems.forEach(p -> out.add(p.row()));
        return out;
    }

    public int validRows() {
        return rows - invalidRows().size();
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
