package org.hazardledger.model;

import java.util.List;

/**
 * What an import did: {@code applied} false when nothing was written (all or nothing with problems,
 * or no valid row); {@code numbers} the ledger numbers of the imported hazards in sheet order.
 */
public record ImportOutcome(boolean applied, List<String> numbers, int unitsCreated, int peopleCreated,
                            ImportCheck check) {

    public ImportOutcome {
        numbers = List.copyOf(numbers);
    }

    public int imported() {
        return numbers.size();
    }
}
