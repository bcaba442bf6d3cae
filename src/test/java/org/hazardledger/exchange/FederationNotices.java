package org.hazardledger.exchange;

import java.util.UUID;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.Registration;
import org.hazardledger.testing.LedgerFixture;

/** Notices and hazards the exchange tests write. */
final class FederationNotices {

    private FederationNotices() {
    }

    /** A 挂牌督办 listing of one of the enterprise's major hazards. */
    static NoticeDraft listing(UUID enterpriseInstallation, UUID hazardId, String hazardNumber) {
        return new NoticeDraft(enterpriseInstallation, NoticeKind.LISTING, hazardId, hazardNumber, "江安委督〔2026〕3号",
                "重大事故隐患挂牌督办通知", "该重大事故隐患列入市级挂牌督办，请按治理方案限期整改，每月报送进展。", null,
                LedgerFixture.TODAY);
    }

    /** A new hazard like the newest general one of the ledger, found today at another place. */
    static HazardDraft newHazard(LedgerFixture ledger) {
        for (var row : ledger.hazards.page(HazardQuery.ALL, null, 200).rows()) {
            Hazard h = ledger.hazards.byNumber(row.number()).orElseThrow();
            Registration r = h.registration();
            if (h.grading().grade() == org.hazardledger.model.Grade.GENERAL && !r.anonymous()) {
                return new HazardDraft(new Registration(r.unitId(), "3号泵房", LedgerFixture.TODAY, r.finderId(), false,
                        r.source(), r.category(), r.form(), "泵体密封处滴漏"), h.grading());
            }
        }
        throw new AssertionError("no general hazard to copy");
    }
}
