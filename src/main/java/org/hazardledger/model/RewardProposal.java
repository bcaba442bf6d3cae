package org.hazardledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One reward (奖励), from proposal to payment. The payee is a person's name for a finder's reward, and
 * the report's pseudonym for a report reward (never an identity).
 * <p>The state machine, and who may take each step:
 * <pre>
 *   PROPOSED  --concur (enterprise union; report rewards only)-->  CONCURRED
 *   PROPOSED  --approve (principal; finder rewards)-------------->  APPROVED
 *   CONCURRED --approve (principal)------------------------------>  APPROVED
 *   APPROVED  --pay (clerk or principal)------------------------->  PAID
 *   PROPOSED, CONCURRED --reject (principal; for report rewards also the enterprise union before it concurs)--> REJECTED
 * </pre>
 * Proposing is for a clerk or a union member. The transitions here check roles and states only; the
 * fund balance is checked by the service, which sees the fund.
 */
public record RewardProposal(UUID id, int revision, String number, int fundYear, RewardKind kind, UUID hazardId,
                             UUID personId, UUID reportId, String payee, UUID unitId, BigDecimal baseAmount,
                             BigDecimal suggested, BigDecimal amount, String changeReason, String grounds,
                             RewardStatus status, String proposedBy, LocalDate proposedOn, String concurredBy,
                             LocalDate concurredOn, String approvedBy, LocalDate approvedOn, String overrideReason,
                             String rejectedBy, LocalDate rejectedOn, String rejectReason, LocalDate paidOn,
                             BigDecimal paidAmount, String payMethod, String voucherNo, String paidBy) {

    public static final Set<AccountRole> PROPOSERS = EnumSet.of(AccountRole.CLERK, AccountRole.UNION_MEMBER);
    public static final Set<AccountRole> APPROVERS = EnumSet.of(AccountRole.PRINCIPAL);
    public static final Set<AccountRole> PAYERS = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL);
    /** Who keeps the fund and the scale (budget, top-ups, scale). */
    public static final Set<AccountRole> FUND_KEEPERS = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL);

    public static String formatNumber(int year, int sequence) {
        return String.format("JL-%d-%04d", year, sequence);
    }

    /** The label key of {@code role} for a refusal message ("no account" for a process). */
    public static String roleKey(AccountRole role) {
        return role == null ? "accountRole.none" : role.labelKey();
    }

    public static void requireProposer(AccountRole role) {
        if (role == null || !PROPOSERS.contains(role)) {
            throw new DomainException("error.reward.proposeRole", roleKey(role));
        }
    }

    public static void requireFundKeeper(AccountRole role) {
        if (role == null || !FUND_KEEPERS.contains(role)) {
            throw new DomainException("error.reward.fundRole", roleKey(role));
        }
    }

    /** The enterprise union concurs with a report reward (confidentiality: it alone knows who reported). */
    public RewardProposal concurred(AccountRole role, UUID scopeUnitId, String by, LocalDate on) {
        if (role != AccountRole.UNION_MEMBER || scopeUnitId != null) {
            throw new DomainException("error.reward.concurRole", roleKey(role));
        }
        if (kind != RewardKind.SAFETY_REPORT) {
            throw new DomainException("error.reward.concurNotNeeded", number);
        }
        requireStatus(RewardStatus.PROPOSED);
        return with(RewardStatus.CONCURRED, by, on, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The principal approves; a report reward needs the enterprise union’s concurrence first. */
    public RewardProposal approved(AccountRole role, String by, LocalDate on, String override) {
        if (role == null || !APPROVERS.contains(role)) {
            throw new DomainException("error.reward.approveRole", roleKey(role));
        }
        if (kind == RewardKind.SAFETY_REPORT && status == RewardStatus.PROPOSED) {
            throw new DomainException("error.reward.needsConcurrence", number);
        }
        requireStatus(kind == RewardKind.SAFETY_REPORT ? RewardStatus.CONCURRED : RewardStatus.PROPOSED);
        return with(RewardStatus.APPROVED, null, null, by, on, override, null, null, null, null, null, null, null, null);
    }

    /** Rejected with a reason: by the principal, or (a report reward not yet concurred) by the enterprise union. */
    public RewardProposal rejected(AccountRole role, UUID scopeUnitId, String by, LocalDate on, String reason) {
        boolean principal = role != null && APPROVERS.contains(role);
        boolean union = role == AccountRole.UNION_MEMBER && scopeUnitId == null
                && kind == RewardKind.SAFETY_REPORT && status == RewardStatus.PROPOSED;
        if (!principal && !union) {
            throw new DomainException("error.reward.rejectRole", roleKey(role));
        }
        if (!status.pending()) {
            throw new DomainException("error.reward.wrongState", number, status.labelKey());
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(java.util.List.of(FieldError.of("rejectReason", "validation.reward.rejectReason")));
        }
        return with(RewardStatus.REJECTED, null, null, null, null, null, by, on, reason.strip(), null, null, null, null, null);
    }

    /** Paid as approved (or less); never more than approved. */
    public RewardProposal paid(AccountRole role, String by, RewardPayment p) {
        if (role == null || !PAYERS.contains(role)) {
            throw new DomainException("error.reward.payRole", roleKey(role));
        }
        requireStatus(RewardStatus.APPROVED);
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        if (p.paidOn() == null) {
            errors.add(FieldError.of(RewardPayment.PAID_ON, "validation.reward.paidOn"));
        } else if (approvedOn != null && p.paidOn().isBefore(approvedOn)) {
            errors.add(FieldError.of(RewardPayment.PAID_ON, "validation.reward.paidBeforeApproval",
                    approvedOn.toString()));
        }
        if (p.amount() == null || p.amount().signum() <= 0 || p.amount().stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(RewardPayment.AMOUNT, "validation.reward.positiveAmount"));
        } else if (p.amount().compareTo(amount) > 0) {
            errors.add(FieldError.of(RewardPayment.AMOUNT, "validation.reward.payMoreThanApproved",
                    amount.toPlainString()));
        }
        if (p.method() == null || p.method().isBlank()) {
            errors.add(FieldError.of(RewardPayment.METHOD, "validation.reward.payMethod"));
        }
        if (p.voucherNo() == null || p.voucherNo().isBlank()) {
            errors.add(FieldError.of(RewardPayment.VOUCHER, "validation.reward.voucher"));
        } else if (p.voucherNo().strip().length() > 60) {
            errors.add(FieldError.of(RewardPayment.VOUCHER, "validation.reward.tooLong", 60));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return with(RewardStatus.PAID, null, null, null, null, null, null, null, null, p.paidOn(),
                RewardScale.money(p.amount()), p.method().strip(), p.voucherNo().strip(), by);
    }

    /** The amount this reward holds against the fund: the approved amount until paid, then what was paid. */
    public BigDecimal charged() {
        if (status == RewardStatus.PAID) {
            return paidAmount;
        }
        return status == RewardStatus.APPROVED ? amount : BigDecimal.ZERO;
    }

    private void requireStatus(RewardStatus expected) {
        if (status != expected) {
            throw new DomainException("error.reward.wrongState", number, status.labelKey());
        }
    }

    private RewardProposal with(RewardStatus to, String cBy, LocalDate cOn, String aBy, LocalDate aOn, String ovr,
                                String rBy, LocalDate rOn, String rWhy, LocalDate pOn, BigDecimal pAmount,
                                String pMethod, String pVoucher, String pBy) {
        return new RewardProposal(id, revision, number, fundYear, kind, hazardId, personId, reportId, payee, unitId,
                baseAmount, suggested, amount, changeReason, grounds, to, proposedBy, proposedOn,
                cBy != null ? cBy : concurredBy, cOn != null ? cOn : concurredOn,
                aBy != null ? aBy : approvedBy, aOn != null ? aOn : approvedOn, ovr != null ? ovr : overrideReason,
                rBy != null ? rBy : rejectedBy, rOn != null ? rOn : rejectedOn, rWhy != null ? rWhy : rejectReason,
                pOn != null ? pOn : paidOn, pAmount != null ? pAmount : paidAmount,
                pMethod != null ? pMethod : payMethod, pVoucher != null ? pVoucher : voucherNo,
                pBy != null ? pBy : paidBy);
    }
}
