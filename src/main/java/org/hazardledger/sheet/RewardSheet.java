package org.hazardledger.sheet;

import java.util.List;
import org.hazardledger.model.RewardRow;
import org.hazardledger.service.Messages;

/** The reward ledger (奖励台账) as a sheet: one row per reward, payee by name or pseudonym only. */
public final class RewardSheet {

    private RewardSheet() {
    }

    public static SheetTable table(List<RewardRow> rows, String enterprise, String filter, Messages messages) {
        throw new UnsupportedOperationException("S07 skeleton");
    }
}
