package org.hazardledger.sheet;

import java.util.List;
import org.hazardledger.model.PeriodFigures;
import org.hazardledger.service.Messages;

/**
 * The quarterly or annual statistics (季度/年度隐患排查治理统计分析表) as sheets: the key figures,
 * and the breakdowns by tier, category, unit, form and source, and the round compliance by tier.
 */
public final class StatisticsSheet {

    private StatisticsSheet() {
    }

    public static List<SheetTable> tables(PeriodFigures figures, String enterprise, Messages messages) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
