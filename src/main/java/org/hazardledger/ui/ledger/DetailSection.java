package org.hazardledger.ui.ledger;

import java.util.List;

/** A titled group of the detail pane: 登记, 定级, 五定, 治理结果. */
public record DetailSection(String title, List<DetailLine> lines) {

    public DetailSection {
        lines = List.copyOf(lines);
    }
}
