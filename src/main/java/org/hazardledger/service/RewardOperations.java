package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RewardDraft;
import org.hazardledger.model.RewardFund;
import org.hazardledger.model.RewardKind;
import org.hazardledger.model.RewardPayment;
import org.hazardledger.model.RewardProposal;
import org.hazardledger.model.RewardReport;
import org.hazardledger.model.RewardRow;
import org.hazardledger.model.RewardScale;
import org.hazardledger.model.RewardStatus;
import org.hazardledger.model.RewardTally;
import org.hazardledger.model.RewardTopUp;
import org.hazardledger.model.SafetyReport;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/**
 * The reward use cases as steps inside a given transaction, so that the service and the demo loader
 * propose, approve and pay with the same checks and audit events.
 * <p>The fund: balance = budget + top-ups − paid − committed (approved, not yet paid). Approving or
 * paying more than the balance is refused unless the principal overrides with a written reason,
 * which the audit trail keeps. The fund row is locked for the decision, so approvals in a row can
 * never together exceed the balance.
 */
final class RewardOperations {

    static final String ENTITY = "reward_proposal";
    static final String FUND_ENTITY = "reward_fund";
    /** Events on the fund that leave its budget as it was. */
    static final Set<String> FUND_NOT_BUDGET = Set.of("TOP_UP");
    static final String SCALE_ENTITY = "reward_scale";
    static final String FIELD_OVERRIDE = "overrideReason";
    static final String FIELD_BUDGET = "budget";
    static final String FIELD_TOP_UP = "topUpAmount";
    static final String FIELD_NOTE = "note";

    private RewardOperations() {
    }

    static LocalDate today(StoreSession s) {
        return LedgerDay.china().today(s.clock());
    }

    // ---- the fund ----

    static RewardFund fund(StoreSession s, int year) {
        Optional<BigDecimal> budget = s.rewards().budget(year);
        BigDecimal topUps = RewardScale.money(s.rewards().topUps(year).stream().map(RewardTopUp::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new RewardFund(year, budget.isPresent(), RewardScale.money(budget.orElse(BigDecimal.ZERO)), topUps,
                s.rewards().total(year, RewardStatus.PAID), s.rewards().total(year, RewardStatus.APPROVED),
                s.rewards().total(year, RewardStatus.PROPOSED, RewardStatus.CONCURRED), s.rewards().fundRevision(year));
    }

    /** Sets {@code year}'s budget; never below what is already paid and committed. */
    static RewardFund setBudget(StoreSession s, Actor actor, int year, int revision, BigDecimal budget) {
        RewardProposal.requireFundKeeper(actor.role());
        if (budget == null || budget.signum() < 0 || budget.stripTrailingZeros().scale() > 2) {
            throw new ValidationException(List.of(FieldError.of(FIELD_BUDGET, "validation.reward.amount")));
        }
        s.rewards().lockFund(year, actor.name());
        RewardFund before = fund(s, year);
        BigDecimal b = RewardScale.money(budget);
        BigDecimal spent = before.paid().add(before.committed()).subtract(before.topUps());
        if (b.compareTo(spent) < 0) {
            throw new DomainException("error.reward.budgetBelowSpent", b.toPlainString(),
                    RewardScale.money(spent).toPlainString());
        }
        s.rewards().setBudget(year, revision, b, actor.name());
        s.events().append(actor.name(), FUND_ENTITY, enterpriseId(s), "SET_BUDGET", new EventPayload()
                .put("year", year).change("budget", before.budgetSet() ? before.budget().toPlainString() : null,
                        b.toPlainString()).toJson());
        return fund(s, year);
    }

    static RewardTopUp topUp(StoreSession s, Actor actor, int year, BigDecimal amount, LocalDate on, String note) {
        RewardProposal.requireFundKeeper(actor.role());
        List<FieldError> errors = new ArrayList<>();
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(FIELD_TOP_UP, "validation.reward.positiveAmount"));
        }
        if (note == null || note.isBlank()) {
            errors.add(FieldError.of(FIELD_NOTE, "validation.reward.topUpNote"));
        } else if (note.strip().length() > 1000) {
            errors.add(FieldError.of(FIELD_NOTE, "validation.reward.tooLong", 1000));
        }
        if (on == null || on.isAfter(today(s))) {
            errors.add(FieldError.of("addedOn", "validation.reward.dateNotFuture"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RewardTopUp t = new RewardTopUp(s.newId(), year, RewardScale.money(amount), on, note.strip(), actor.name());
        s.rewards().insertTopUp(t);
        s.events().append(actor.name(), FUND_ENTITY, enterpriseId(s), "TOP_UP", new EventPayload()
                .put("year", year).put("amount", t.amount().toPlainString()).put("addedOn", on)
                .put("note", t.note()).toJson());
        return t;
    }

    // ---- the scale ----

    static RewardScale scale(StoreSession s, int year) {
        return s.rewards().scale(year).orElse(RewardScale.DEFAULT);
    }

    static RewardScale setScale(StoreSession s, Actor actor, int year, RewardScale scale) {
        RewardProposal.requireFundKeeper(actor.role());
        List<FieldError> errors = scale.validate();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        RewardScale before = scale(s, year);
        RewardScale sc = new RewardScale(RewardScale.money(scale.generalA()), RewardScale.money(scale.generalB()),
                RewardScale.money(scale.generalC()), RewardScale.money(scale.generalNone()),
                RewardScale.money(scale.major()), scale.sharePercent(), RewardScale.money(scale.floor()),
                RewardScale.money(scale.cap()));
        s.rewards().putScale(year, sc, actor.name());
        s.events().append(actor.name(), SCALE_ENTITY, enterpriseId(s), "SET_SCALE", new EventPayload()
                .put("year", year)
                .change("generalA", before.generalA().toPlainString(), sc.generalA().toPlainString())
                .change("generalB", before.generalB().toPlainString(), sc.generalB().toPlainString())
                .change("generalC", before.generalC().toPlainString(), sc.generalC().toPlainString())
                .change("generalNone", before.generalNone().toPlainString(), sc.generalNone().toPlainString())
                .change("major", before.major().toPlainString(), sc.major().toPlainString())
                .change("sharePercent", before.sharePercent().stripTrailingZeros().toPlainString(),
                        sc.sharePercent().stripTrailingZeros().toPlainString())
                .change("floor", before.floor().toPlainString(), sc.floor().toPlainString())
                .change("cap", before.cap().toPlainString(), sc.cap().toPlainString()).toJson());
        return sc;
    }

    /** What the scale suggests for the draft's hazard or report (and base amount). */
    static BigDecimal suggest(StoreSession s, RewardKind kind, UUID hazardId, UUID reportId, BigDecimal base,
                              int year) {
        Hazard h = null;
        if (kind == RewardKind.HAZARD_FINDER) {
            h = hazard(s, hazardId);
        } else {
            SafetyReport r = report(s, reportId);
            h = r.hazardId() == null ? null : s.hazards().byId(r.hazardId()).orElse(null);
        }
        Grade grade = h == null ? Grade.GENERAL : h.grading().grade();
        String sub = h == null ? null : h.grading().subGrade();
        return scale(s, year).amountFor(grade, sub, base);
    }

    // ---- proposals ----

    static RewardProposal propose(StoreSession s, Actor actor, RewardDraft d, LocalDate on) {
        RewardProposal.requireProposer(actor.role());
        List<FieldError> errors = new ArrayList<>(d.validate(null));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int year = on.getYear();
        String payee;
        UUID personId = null;
        UUID unitId;
        String target;
        if (d.kind() == RewardKind.HAZARD_FINDER) {
            Hazard h = hazard(s, d.hazardId());
            target = h.number().toString();
            if (h.registration().anonymous() || h.registration().finderId() == null) {
                throw new DomainException("error.reward.anonymousHazard", target);
            }
            Person finder = s.people().byId(h.registration().finderId())
                    .orElseThrow(() -> new DomainException("error.reward.anonymousHazard", target));
            payee = finder.name();
            personId = finder.id();
            unitId = h.registration().unitId();
        } else {
            SafetyReport r = report(s, d.reportId());
            target = r.number();
            payee = r.pseudonym();
            unitId = r.unitId();
        }
        UUID targetId = d.kind() == RewardKind.HAZARD_FINDER ? d.hazardId() : d.reportId();
        s.rewards().openFor(d.kind(), targetId).ifPresent(n -> {
            throw new DomainException("error.reward.duplicate", target, n);
        });
        BigDecimal suggested = suggest(s, d.kind(), d.hazardId(), d.reportId(), d.baseAmount(), year);
        errors.addAll(d.validate(suggested));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        BigDecimal amount = d.amount() == null ? suggested : RewardScale.money(d.amount());
        String changeReason = amount.compareTo(suggested) == 0 || d.changeReason() == null ? null
                : d.changeReason().strip();
        RewardProposal p = new RewardProposal(s.newId(), 1, s.rewards().nextNumber(year), year, d.kind(),
                d.hazardId(), personId, d.reportId(), payee, unitId,
                d.baseAmount() == null ? null : RewardScale.money(d.baseAmount()), suggested, amount, changeReason,
                d.grounds().strip(), RewardStatus.PROPOSED, actor.name(), on, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        s.rewards().insert(p);
        s.events().append(actor.name(), ENTITY, p.id(), "PROPOSE", new EventPayload()
                .put("number", p.number()).put("kind", p.kind()).put("target", target).put("payee", payee)
                .put("base", p.baseAmount() == null ? null : p.baseAmount().toPlainString())
                .put("suggested", suggested.toPlainString()).put("amount", amount.toPlainString())
                .put("changeReason", changeReason).put("grounds", p.grounds()).put("proposedOn", on).toJson());
        return p;
    }

    static RewardProposal concur(StoreSession s, Actor actor, UUID id, int revision, LocalDate on) {
        RewardProposal p = current(s, id, revision);
        RewardProposal next = s.rewards().update(p.concurred(actor.role(), actor.scopeUnitId(), actor.name(), on));
        s.events().append(actor.name(), ENTITY, p.id(), "CONCUR", new EventPayload()
                .put("number", p.number()).put("concurredOn", on).toJson());
        return next;
    }

    /**
     * The principal approves; refused when the amount exceeds the fund's balance unless
     * {@code override} with a written {@code overrideReason}.
     */
    static RewardProposal approve(StoreSession s, Actor actor, UUID id, int revision, boolean override,
                                  String overrideReason, LocalDate on) {
        RewardProposal p = current(s, id, revision);
        // Roles and state first (nothing changes if refused), then the money under the fund's lock.
        p.approved(actor.role(), actor.name(), on, null);
        s.rewards().lockFund(p.fundYear(), actor.name());
        RewardFund fund = fund(s, p.fundYear());
        String ovr = checkBalance(actor, fund, p.amount(), fund.balance(), override, overrideReason, p.number());
        RewardProposal next = s.rewards().update(p.approved(actor.role(), actor.name(), on, ovr));
        EventPayload payload = new EventPayload().put("number", p.number()).put("amount", p.amount().toPlainString())
                .put("balanceBefore", fund.balance().toPlainString()).put("approvedOn", on);
        if (ovr != null) {
            payload.put("override", true).put("overrideReason", ovr);
        }
        s.events().append(actor.name(), ENTITY, p.id(), ovr != null ? "APPROVE_OVERRIDE" : "APPROVE",
                payload.toJson());
        return next;
    }

    static RewardProposal reject(StoreSession s, Actor actor, UUID id, int revision, String reason, LocalDate on) {
        RewardProposal p = current(s, id, revision);
        RewardProposal next = s.rewards().update(p.rejected(actor.role(), actor.scopeUnitId(), actor.name(), on,
                reason));
        s.events().append(actor.name(), ENTITY, p.id(), "REJECT", new EventPayload()
                .put("number", p.number()).put("reason", next.rejectReason()).put("rejectedOn", on).toJson());
        return next;
    }

    /**
     * Records the payment. The approved amount is already reserved; paying is refused when the fund
     * (counting this reward's reservation as free again) cannot cover the payment, unless overridden.
     */
    static RewardProposal pay(StoreSession s, Actor actor, UUID id, int revision, RewardPayment payment,
                              boolean override, String overrideReason) {
        RewardProposal p = current(s, id, revision);
        if (payment.paidOn() != null && payment.paidOn().isAfter(today(s))) {
            throw new ValidationException(List.of(FieldError.of(RewardPayment.PAID_ON,
                    "validation.reward.dateNotFuture")));
        }
        RewardProposal paid = p.paid(actor.role(), actor.name(), payment);
        s.rewards().lockFund(p.fundYear(), actor.name());
        RewardFund fund = fund(s, p.fundYear());
        BigDecimal room = fund.balance().add(p.amount());
        String ovr = checkBalance(actor, fund, paid.paidAmount(), room, override, overrideReason, p.number());
        RewardProposal next = s.rewards().update(paid);
        EventPayload payload = new EventPayload().put("number", p.number())
                .put("amount", paid.paidAmount().toPlainString()).put("paidOn", paid.paidOn())
                .put("method", paid.payMethod()).put("voucherNo", paid.voucherNo());
        if (ovr != null) {
            payload.put("override", true).put("overrideReason", ovr);
        }
        s.events().append(actor.name(), ENTITY, p.id(), ovr != null ? "PAY_OVERRIDE" : "PAY", payload.toJson());
        return next;
    }

    /** Null when the fund covers {@code amount}; the override's reason when the principal overrode; else refused. */
    private static String checkBalance(Actor actor, RewardFund fund, BigDecimal amount, BigDecimal room,
                                       boolean override, String reason, String number) {
        if (amount.compareTo(room) <= 0) {
            return null;
        }
        if (!override) {
            throw new DomainException("error.reward.overBalance", number, amount.toPlainString(),
                    RewardScale.money(room).toPlainString(), String.valueOf(fund.year()));
        }
        if (actor.role() != AccountRole.PRINCIPAL) {
            throw new DomainException("error.reward.overrideRole", RewardProposal.roleKey(actor.role()));
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(FieldError.of(FIELD_OVERRIDE, "validation.reward.overrideReason")));
        }
        if (reason.strip().length() > 1000) {
            throw new ValidationException(List.of(FieldError.of(FIELD_OVERRIDE, "validation.reward.tooLong", 1000)));
        }
        return reason.strip();
    }

    // ---- reading ----

    static List<RewardRow> rows(StoreSession s, Integer year) {
        List<RewardProposal> list = s.rewards().list(year);
        Map<UUID, String> units = s.organisation().units().stream()
                .collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        List<RewardRow> rows = new ArrayList<>();
        for (RewardProposal p : list) {
            String target = p.kind() == RewardKind.HAZARD_FINDER
                    ? s.hazards().byId(p.hazardId()).map(h -> h.number().toString()).orElse("")
                    : s.safetyReports().find(p.reportId()).map(SafetyReport::number).orElse("");
            rows.add(new RewardRow(p, target, p.unitId() == null ? "" : units.getOrDefault(p.unitId(), "")));
        }
        return rows;
    }

    static RewardReport report(StoreSession s, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("error.reward.period");
        }
        Map<UUID, OrgUnit> units = s.organisation().units().stream()
                .collect(Collectors.toMap(OrgUnit::id, u -> u));
        Map<UUID, Person> people = s.people().all().stream().collect(Collectors.toMap(Person::id, p -> p));
        Map<String, Tally> byUnit = new LinkedHashMap<>();
        Map<String, Tally> byPayee = new LinkedHashMap<>();
        s.rewards().hazardsFoundByUnit(from, to).forEach((unitId, n) -> {
            String w = workshopName(units, unitId);
            byUnit.computeIfAbsent(w, k -> new Tally(k, "", false)).hazards += n;
        });
        s.rewards().hazardsFoundByFinder(from, to).forEach((personId, n) -> {
            Person p = people.get(personId);
            if (p != null) {
                byPayee.computeIfAbsent("P:" + personId, k -> new Tally(p.name(), workshopName(units, p.unitId()),
                        false)).hazards += n;
            }
        });
        for (RewardProposal p : s.rewards().proposedBetween(from, to)) {
            String w = workshopName(units, p.unitId());
            byUnit.computeIfAbsent(w, k -> new Tally(k, "", false)).add(p);
            String key = p.kind() == RewardKind.HAZARD_FINDER ? "P:" + p.personId() : "R:" + p.payee();
            byPayee.computeIfAbsent(key, k -> new Tally(p.payee(), w, p.kind() == RewardKind.SAFETY_REPORT))
                    .add(p);
        }
        Comparator<RewardTally> order = Comparator.comparing(RewardTally::unitName)
                .thenComparing(RewardTally::name);
        return new RewardReport(from, to,
                byUnit.values().stream().map(Tally::tally).sorted(Comparator.comparing(RewardTally::name)).toList(),
                byPayee.values().stream().map(Tally::tally).sorted(order).toList());
    }

    private static String workshopName(Map<UUID, OrgUnit> units, UUID unitId) {
        OrgUnit u = unitId == null ? null : units.get(unitId);
        if (u == null) {
            return "";
        }
        while (u.tier() != Tier.WORKSHOP && u.tier() != Tier.PLANT && u.parentId() != null
                && units.containsKey(u.parentId())) {
            u = units.get(u.parentId());
        }
        return u.name();
    }

    private static final class Tally {
        final String name;
        final String unit;
        final boolean pseudonymous;
        int hazards;
        int proposed;
        BigDecimal proposedAmount = BigDecimal.ZERO;
        int approved;
        BigDecimal approvedAmount = BigDecimal.ZERO;
        int paid;
        BigDecimal paidAmount = BigDecimal.ZERO;

        Tally(String name, String unit, boolean pseudonymous) {
            this.name = name;
            this.unit = unit;
            this.pseudonymous = pseudonymous;
        }

        void add(RewardProposal p) {
            proposed++;
            proposedAmount = proposedAmount.add(p.amount());
            if (p.status() == RewardStatus.APPROVED || p.status() == RewardStatus.PAID) {
                approved++;
                approvedAmount = approvedAmount.add(p.amount());
            }
            if (p.status() == RewardStatus.PAID) {
                paid++;
                paidAmount = paidAmount.add(p.paidAmount());
            }
        }

        RewardTally tally() {
            return new RewardTally(name, unit, pseudonymous, hazards, proposed, RewardScale.money(proposedAmount),
                    approved, RewardScale.money(approvedAmount), paid, RewardScale.money(paidAmount));
        }
    }

    // ---- helpers ----

    private static RewardProposal current(StoreSession s, UUID id, int revision) {
        RewardProposal p = s.rewards().byId(id).orElseThrow(() -> new DomainException("error.reward.notFound"));
        if (p.revision() != revision) {
            throw new StaleRecordException("error.reward.stale", p.number());
        }
        return p;
    }

    private static Hazard hazard(StoreSession s, UUID id) {
        return s.hazards().byId(id).orElseThrow(() -> new DomainException("error.reward.hazardNotFound"));
    }

    private static SafetyReport report(StoreSession s, UUID id) {
        return s.safetyReports().find(id).orElseThrow(() -> new DomainException("error.reward.reportNotFound"));
    }

    static UUID enterpriseId(StoreSession s) {
        return s.organisation().enterprise()
                .orElseThrow(() -> new DomainException("error.ledger.notInitialised")).id();
    }
}
