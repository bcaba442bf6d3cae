package org.hazardledger.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hazardledger.model.Grade;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.report.FormKind;
import org.hazardledger.report.FormRequest;

/**
 * A typical record of the demo ledger for each form: what the gallery prints and what the
 * every-form test checks. Picks deterministically (the demo is generated from a fixed seed).
 */
public final class FormSamples {

    public static final LocalDate PERIOD_FROM = LocalDate.of(2026, 4, 1);
    public static final LocalDate PERIOD_TO = LedgerFixture.TODAY;

    private final LedgerFixture ledger;

    public FormSamples(LedgerFixture ledger) {
        this.ledger = ledger;
    }

    public FormRequest request(FormKind kind) {
        switch (kind) {
            case NOTICE:
                return hazardForm(kind, EnumSet.of(HazardStatus.RECTIFYING), null);
            case CLOSURE:
                return hazardForm(kind, EnumSet.of(HazardStatus.CLOSED), null);
            case MAJOR_REPORT:
            case MAJOR_PLAN:
                return hazardForm(kind, EnumSet.of(HazardStatus.RECTIFYING, HazardStatus.AWAITING_ACCEPTANCE,
                        HazardStatus.AWAITING_SIGN_OFF, HazardStatus.SIGNED_OFF, HazardStatus.CLOSED), Grade.MAJOR);
            case UNION_PROPOSAL:
                return new FormRequest.UnionForm(unionRecord(UnionRecordKind.PROPOSAL).record().number());
            case STOP_PRODUCTION:
                return new FormRequest.UnionForm(unionRecord(UnionRecordKind.STOP_PRODUCTION).record().number());
            case ROUND_RECORD:
                return new FormRequest.RoundRecord(round().id());
            case TIER_ARCHIVE:
                return new FormRequest.Archive(Tier.WORKSHOP, busiestWorkshop().id(), PERIOD_FROM, PERIOD_TO);
            case STATISTICS:
                return new FormRequest.Statistics(2026, 2);
            case CONGRESS_BRIEFING:
                return new FormRequest.Briefing(LocalDate.of(2026, 1, 1), PERIOD_TO);
            default:
                throw new IllegalArgumentException("no sample for " + kind);
        }
    }

    private FormRequest hazardForm(FormKind kind, Set<HazardStatus> statuses, Grade grade) {
        HazardQuery query = new HazardQuery(statuses, null, null, grade, false, null);
        HazardRow row = ledger.hazards.page(query, null, 50).rows().stream()
                .min(Comparator.comparing(HazardRow::number))
                .orElseThrow(() -> new IllegalStateException("the demo has no " + statuses + " " + grade + " hazard"));
        return new FormRequest.HazardForm(kind, row.number());
    }

    private UnionRecordRow unionRecord(UnionRecordKind kind) {
        return ledger.union.list(new UnionQuery(false, kind, null)).stream()
                .min(Comparator.comparing(r -> r.record().number()))
                .orElseThrow(() -> new IllegalStateException("the demo has no union record " + kind));
    }

    /** A round that found something, so the record shows failed items. */
    private RoundRow round() {
        OrgUnit unit = busiestWorkshop();
        List<RoundRow> rounds = ledger.rounds.rounds(unit.id(), PERIOD_FROM, PERIOD_TO);
        Optional<RoundRow> withFindings = rounds.stream().filter(r -> r.failedCount() > 0)
                .max(Comparator.comparing(RoundRow::heldOn));
        return withFindings.or(() -> rounds.stream().max(Comparator.comparing(RoundRow::heldOn)))
                .orElseThrow(() -> new IllegalStateException("the demo has no rounds at " + unit.name()));
    }

    /** The workshop with the most hazards in the ledger. */
    public OrgUnit busiestWorkshop() {
        return ledger.organisation.units().stream().filter(u -> u.tier() == Tier.WORKSHOP)
                .max(Comparator.comparing((OrgUnit u) -> ledger.hazards.count(
                        new HazardQuery(Set.of(), null, u.id(), null, false, null)))
                        .thenComparing(OrgUnit::code, Comparator.reverseOrder()))
                .orElseThrow();
    }
}
