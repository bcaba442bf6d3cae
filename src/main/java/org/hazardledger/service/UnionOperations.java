package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.ReplyClock;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionAnswer;
import org.hazardledger.model.UnionQuery;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordRow;
import org.hazardledger.model.ValidationException;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.store.StoreSession;

/**
 * The union-record use cases as steps inside a given transaction, so that the service and the
 * demo loader issue and answer records with the same checks and audit events.
 */
final class UnionOperations {

    static final String ENTITY = "union_record";
    static final String SETTINGS_ENTITY = "ledger_setting";
    /** The ledger setting holding the proposal reply period in working days. */
    static final String REPLY_DAYS_SETTING = "union-reply-working-days";
    /** Who may change the reply period: the enterprise's side, which the clock binds. */
    static final Set<AccountRole> SETTING_ROLES = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL,
            AccountRole.ADMIN);

    private UnionOperations() {
    }

    /** Issues a union record as {@code actor}, a union member, on hazards within the units it answers for. */
    static UnionRecord issue(StoreSession s, Actor actor, UnionRecordDraft draft) {
        UnionRecord.requireIssuer(actor.role());
        LocalDate today = today(s);
        List<FieldError> errors = new ArrayList<>(draft.validate(today));
        List<Hazard> hazards = new ArrayList<>();
        for (String number : draft.hazardNumbers()) {
            Optional<Hazard> h = s.hazards().byNumber(number);
            if (h.isEmpty()) {
                errors.add(FieldError.of(UnionRecordDraft.HAZARDS, "validation.union.hazardUnknown", number));
            } else {
                hazards.add(h.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Set<UUID> scope = actor.scopeUnitId() == null ? null : OrganisationOperations.subtree(s, actor.scopeUnitId());
        for (Hazard h : hazards) {
            UnionRecord.requireInScope(h.number().toString(), h.registration().unitId(), scope);
        }
        Tier issuerTier = actor.scopeUnitId() == null ? null
                : s.organisation().unit(actor.scopeUnitId()).map(OrgUnit::tier).orElse(null);
        UnionRecord u = new UnionRecord(s.newId(), 1, s.unionRecords().nextNumber(draft.issuedOn().getYear()),
                draft.kind(), issuerTier, actor.scopeUnitId(), actor.name(), draft.issuedOn(), draft.deliveredOn(),
                draft.findings().strip(), draft.recommendation().strip(), replyClock(s).workingDays(),
                hazards.stream().map(Hazard::id).toList(), null, null, null, s.clock().instant());
        s.unionRecords().insert(u);
        s.events().append(actor.name(), ENTITY, u.id(), "ISSUE", new EventPayload()
                .put("number", u.number()).put("kind", u.kind())
                .put("hazards", hazards.stream().map(h -> h.number().toString()).collect(Collectors.joining(",")))
                .put("issuerTier", u.issuerTier()).put("issuerUnit", u.issuerUnitId())
                .put("issuedOn", u.issuedOn()).put("deliveredOn", u.deliveredOn())
                .put("findings", u.findings()).put("recommendation", u.recommendation())
                .put("replyDays", u.replyDays()).toJson());
        return u;
    }

    /**
     * Records the enterprise's written answer as {@code actor} (the clerk or the principal);
     * {@code revision} is the one the user saw.
     */
    static UnionRecord answer(StoreSession s, Actor actor, UUID id, int revision, UnionAnswer reply) {
        UnionRecord u = s.unionRecords().byId(id).orElseThrow(() -> new DomainException("error.union.notFound"));
        if (u.revision() != revision) {
            throw new StaleRecordException("error.union.stale", u.number());
        }
        UnionRecord answered = s.unionRecords().update(u.answered(reply, actor.name(), actor.role(), today(s)));
        s.events().append(actor.name(), ENTITY, u.id(), "ANSWER", new EventPayload()
                .put("number", u.number()).put("answer", answered.answer())
                .put("answeredOn", answered.answeredOn()).toJson());
        return answered;
    }

    static ReplyClock replyClock(StoreSession s) {
        return s.settings().get(REPLY_DAYS_SETTING).map(v -> new ReplyClock(Integer.parseInt(v)))
                .orElse(ReplyClock.DEFAULT);
    }

    /** Changes the reply period of proposals issued from now on; those already issued keep theirs. */
    static ReplyClock setReplyClock(StoreSession s, Actor actor, int workingDays) {
        if (actor.role() == null || !SETTING_ROLES.contains(actor.role())) {
            throw new DomainException("error.union.settingRole",
                    actor.role() == null ? "accountRole.none" : actor.role().labelKey());
        }
        ReplyClock clock = new ReplyClock(workingDays);
        ReplyClock before = replyClock(s);
        s.settings().put(REPLY_DAYS_SETTING, Integer.toString(workingDays));
        UUID enterprise = s.organisation().enterprise()
                .orElseThrow(() -> new DomainException("error.ledger.notInitialised")).id();
        s.events().append(actor.name(), SETTINGS_ENTITY, enterprise, "SET_REPLY_DAYS", new EventPayload()
                .put("before", before.workingDays()).put("after", workingDays).toJson());
        return clock;
    }

    /** The records {@code query} asks for, with their hazards' numbers and their clocks as of today. */
    static List<UnionRecordRow> rows(StoreSession s, UnionQuery query) {
        return rows(s, s.unionRecords().list(query));
    }

    /** The record numbered {@code number} with its hazards' numbers and its clock as of today. */
    static Optional<UnionRecordRow> row(StoreSession s, String number) {
        return s.unionRecords().byNumber(number).map(r -> rows(s, List.of(r)).get(0));
    }

    private static List<UnionRecordRow> rows(StoreSession s, List<UnionRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        WorkingCalendar calendar = s.catalogs().workingCalendar();
        LocalDate today = today(s);
        Map<UUID, String> numbers = s.unionRecords().hazardNumbers(
                records.stream().flatMap(r -> r.hazardIds().stream()).distinct().toList());
        Map<UUID, String> unitNames = s.organisation().units().stream()
                .collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        Function<UnionRecord, List<String>> hazardNumbers = r -> r.hazardIds().stream().map(numbers::get).toList();
        return records.stream().map(r -> UnionRecordRow.of(r, hazardNumbers.apply(r),
                r.issuerUnitId() == null ? null : unitNames.get(r.issuerUnitId()), today, calendar)).toList();
    }

    private static LocalDate today(StoreSession s) {
        return LedgerDay.china().today(s.clock());
    }
}
