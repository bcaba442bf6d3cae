package org.hazardledger.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardRow;
import org.hazardledger.service.Messages;

/**
 * The reward ledger (奖励台账) as a sheet: one row per reward, payee by name or pseudonym only (a
 * {@link RewardRow} never carries a reporter's sealed identity).
 */
public final class RewardSheet {

    private RewardSheet() {
    }

    public static SheetTable table(List<RewardRow> rows, String enterprise, String filter, Messages messages) {
        String what = messages.get("sheetExport.rewards.title");
        List<SheetColumn> columns = List.of(
                new SheetColumn(messages.get("reward.column.number"), ColumnKind.TEXT, 14),
                new SheetColumn(messages.get("reward.column.kind"), ColumnKind.TEXT, 12),
                new SheetColumn(messages.get("reward.column.target"), ColumnKind.TEXT, 16),
                new SheetColumn(messages.get("reward.column.payee"), ColumnKind.TEXT, 14),
                new SheetColumn(messages.get("reward.column.unit"), ColumnKind.TEXT, 16),
                new SheetColumn(messages.get("reward.column.suggested"), ColumnKind.AMOUNT, 12),
                new SheetColumn(messages.get("reward.column.amount"), ColumnKind.AMOUNT, 12),
                new SheetColumn(messages.get("reward.column.status"), ColumnKind.TEXT, 10),
                new SheetColumn(messages.get("reward.column.proposedOn"), ColumnKind.DATE, 12),
                new SheetColumn(messages.get("sheetExport.rewards.approvedOn"), ColumnKind.DATE, 12),
                new SheetColumn(messages.get("sheetExport.rewards.paidOn"), ColumnKind.DATE, 12),
                new SheetColumn(messages.get("sheetExport.rewards.paidAmount"), ColumnKind.AMOUNT, 12),
                new SheetColumn(messages.get("sheetExport.rewards.voucher"), ColumnKind.TEXT, 14),
                new SheetColumn(messages.get("reward.column.grounds"), ColumnKind.TEXT, 30));
        List<List<Object>> out = new ArrayList<>();
        for (RewardRow r : rows) {
            RewardProposal p = r.proposal();
            out.add(Arrays.asList(p.number(), messages.label(p.kind()), r.target(), p.payee(), r.unitName(),
                    p.suggested(), p.amount(), messages.label(p.status()), p.proposedOn(), p.approvedOn(),
                    p.paidOn(), p.paidAmount(), p.voucherNo(), p.grounds()));
        }
        return new SheetTable(what, SheetText.title(enterprise, what), SheetText.filterLine(messages, filter),
                columns, out, out.size());
    }
}
