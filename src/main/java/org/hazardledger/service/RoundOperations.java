package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ComplianceCalendar;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.ComplianceSummary;
import org.hazardledger.model.DayCompliance;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.Industry;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundPeriod;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.store.StoreSession;

/** The round use cases as steps inside a given transaction (the demo runs them inside its own). */
final class RoundOperations {

    static final String ENTITY = "inspection_round";
    static final String RULE_ENTITY = "round_rule";
    static final String CHECKLIST_ENTITY = "checklist";
    /**
     * Setting: the first day of the ledger's round history (ISO date). Units entered later are held to
     * the rules from this day, not from the day they were typed in: a ledger started on paper, or the
     * demo's year of rounds. Unset: each unit from the day it was entered.
     */
    static final String HISTORY_FROM_SETTING = "rounds-history-from";

    /** Who may edit checklists, and record or rule any unit whatever their scope. */
    static final Set<AccountRole> CLERKS = EnumSet.of(AccountRole.CLERK, AccountRole.ADMIN);

    private RoundOperations() {
    }

    static LocalDate today(StoreSession s) {
        return LedgerDay.china().today(s.clock());
    }

    // --- checklists ------------------------------------------------------------------------

    static Checklist checklistFor(StoreSession s, UUID unitId) {
        OrgUnit unit = unit(s, unitId);
        Industry industry = s.organisation().enterprise().map(e -> e.industry()).orElse(null);
        return checklistFor(s.rounds().latestChecklists(), unit.tier(), industry);
    }

    /** The tier's list for the industry, else the tier's general list. */
    static Checklist checklistFor(List<Checklist> lists, Tier tier, Industry industry) {
        Checklist general = null;
        for (Checklist c : lists) {
            if (c.tier() != tier) {
                continue;
            }
            if (industry != null && c.industry() == industry) {
                return c;
            }
            if (c.industry() == null && general == null) {
                general = c;
            }
        }
        if (general == null) {
            throw new DomainException("error.round.noChecklist", tier.labelKey());
        }
        return general;
    }

    static Checklist saveChecklist(StoreSession s, Actor actor, Checklist edited) {
        requireClerk(actor, "error.checklist.role");
        List<FieldError> errors = edited.validate();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int version = s.rounds().latestVersion(edited.code()) + 1;
        Checklist saved = edited.withVersion(version);
        s.rounds().insertChecklist(saved, actor.name());
        s.events().append(actor.name(), CHECKLIST_ENTITY, ReferenceData.checklistEntityId(saved.code()), "SAVE",
                new EventPayload().put("code", saved.code()).put("version", version)
                        .put("items", saved.items().size()).toJson());
        return saved;
    }

    // --- rounds ------------------------------------------------------------------------------

    static InspectionRound record(StoreSession s, Actor actor, RoundDraft draft) {
        LocalDate today = today(s);
        List<FieldError> errors = new ArrayList<>(draft.validate(today));
        OrgUnit unit = null;
        if (draft.unitId() != null) {
            unit = s.organisation().unit(draft.unitId()).orElse(null);
            if (unit == null || unit.retired()) {
                errors.add(FieldError.of(RoundDraft.UNIT, "validation.unit.unknown"));
                unit = null;
            }
        }
        for (UUID p : draft.inspectorIds()) {
            if (p != null && s.people().byId(p).isEmpty()) {
                errors.add(FieldError.of(RoundDraft.INSPECTORS, "validation.person.unknown"));
                break;
            }
        }
        Checklist list = null;
        if (draft.checklistCode() != null && !draft.checklistCode().isBlank()) {
            list = s.rounds().checklist(draft.checklistCode()).orElse(null);
            if (list == null) {
                errors.add(FieldError.of(RoundDraft.CHECKLIST, "validation.round.checklistUnknown"));
            } else if (unit != null && list.tier() != unit.tier()) {
                errors.add(FieldError.of(RoundDraft.CHECKLIST, "validation.round.checklistTier"));
            } else if (!draft.results().isEmpty() && !draft.matches(list)) {
                errors.add(FieldError.of(RoundDraft.RESULTS, "validation.round.resultsMismatch"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireScope(s, actor, unit.id());
        InspectionRound round = toRound(s.newId(), unit, draft, list);
        s.rounds().insert(round, actor.name());
        s.events().append(actor.name(), ENTITY, round.id(), "ROUND_RECORDED", new EventPayload()
                .put("unit", unit.id()).put("heldOn", round.heldOn())
                .put("inspectors", inspectorNames(s, round.inspectorIds()))
                .put("checklist", list.code() + " v" + list.version())
                .put("items", round.results().size()).put("failed", round.failed().size()).toJson());
        return round;
    }

    /** The round as stored: the results in the checklist's order, with the checklist's texts. */
    static InspectionRound toRound(UUID id, OrgUnit unit, RoundDraft draft, Checklist list) {
        Map<String, RoundItemResult> byCode = new java.util.HashMap<>();
        draft.results().forEach(r -> byCode.put(r.itemCode(), r));
        List<RoundItemResult> results = new ArrayList<>();
        for (var item : list.items()) {
            RoundItemResult r = byCode.get(item.code());
            results.add(new RoundItemResult(item.code(), item.text(), r.answer(), r.note()));
        }
        return new InspectionRound(id, unit.id(), unit.tier(), draft.heldOn(), draft.inspectorIds(), list.code(),
                list.version(), results, List.of(), draft.note());
    }

    private static String inspectorNames(StoreSession s, List<UUID> ids) {
        List<String> names = new ArrayList<>();
        for (UUID id : ids) {
            s.people().byId(id).map(Person::name).ifPresent(names::add);
        }
        return String.join("、", names);
    }

    static InspectionRound round(StoreSession s, UUID roundId) {
        return s.rounds().byId(roundId).orElseThrow(() -> new DomainException("error.round.notFound"));
    }

    static List<RoundRow> rows(StoreSession s, UUID unitId, LocalDate from, LocalDate to) {
        return s.rounds().rows(unitId == null ? null : List.of(unitId), from, to);
    }

    static HazardDraft findingDraft(StoreSession s, UUID roundId, String itemCode) {
        InspectionRound round = round(s, roundId);
        RoundItemResult item = round.result(itemCode)
                .orElseThrow(() -> new DomainException("error.round.itemUnknown", itemCode));
        OrgUnit unit = unit(s, round.unitId());
        String description = item.note() == null ? item.itemText() : item.itemText() + "：" + item.note();
        UUID finder = round.inspectorIds().isEmpty() ? null : round.inspectorIds().get(0);
        return new HazardDraft(
                new Registration(unit.id(), unit.name(), round.heldOn(), finder, false, sourceOf(round.tier()), null,
                        null, description),
                new Grading(Grade.GENERAL, null, null, null, round.tier()));
    }

    static HazardSource sourceOf(Tier tier) {
        switch (tier) {
            case POST:
                return HazardSource.POST_CHECK;
            case TEAM:
                return HazardSource.TEAM_CHECK;
            case WORKSHOP:
                return HazardSource.WORKSHOP_CHECK;
            default:
                return HazardSource.PLANT_CHECK;
        }
    }

    static Hazard registerFinding(StoreSession s, Actor actor, UUID roundId, String itemCode, HazardDraft draft) {
        InspectionRound round = round(s, roundId);
        RoundItemResult item = round.result(itemCode)
                .orElseThrow(() -> new DomainException("error.round.itemUnknown", itemCode));
        if (item.answer() != RoundAnswer.FAILED) {
            throw new DomainException("error.round.itemNotFailed", item.itemText());
        }
        Hazard h = HazardOperations.register(s, actor, draft);
        s.rounds().linkHazard(roundId, h.id(), itemCode);
        s.events().append(actor.name(), ENTITY, roundId, "FINDING_REGISTERED", new EventPayload()
                .put("hazard", h.id()).put("number", h.number()).put("item", itemCode).toJson());
        return h;
    }

    // --- rules and compliance ---------------------------------------------------------------

    static RoundRule rule(StoreSession s, UUID unitId) {
        OrgUnit unit = unit(s, unitId);
        return s.rounds().rule(unitId).orElse(RoundRule.defaultFor(unitId, unit.tier()));
    }

    static RoundRule saveRule(StoreSession s, Actor actor, RoundRule rule) {
        OrgUnit unit = unit(s, rule.unitId());
        List<FieldError> errors = rule.validate(unit.tier());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireScope(s, actor, unit.id());
        RoundRule before = rule(s, unit.id());
        RoundRule saved = s.rounds().saveRule(rule, unit.name());
        s.events().append(actor.name(), RULE_ENTITY, unit.id(), "SAVE", new EventPayload()
                .put("frequency", rule.frequency()).put("rotaAnchor", rule.rota().anchor())
                .put("rotaPattern", rule.rota().pattern()).put("skipHolidays", rule.skipHolidays())
                .put("requiredFrom", rule.requiredFrom())
                .put("before", before.frequency() + " " + before.rota().pattern()).toJson());
        return saved;
    }

    /** What the calendar needs about every unit: its rule and the day it is held to it from. */
    static final class Schedules {
        private final Map<UUID, RoundRule> rules;
        private final Map<UUID, LocalDate> entered;
        private final LocalDate historyFrom;
        final WorkingCalendar calendar;
        final LocalDate today;

        Schedules(StoreSession s) {
            this.rules = s.rounds().rules();
            this.entered = s.rounds().unitsEnteredOn();
            this.historyFrom = s.settings().get(HISTORY_FROM_SETTING).map(LocalDate::parse).orElse(null);
            this.calendar = s.catalogs().workingCalendar();
            this.today = today(s);
        }

        ComplianceCalendar.Schedule of(OrgUnit u) {
            RoundRule rule = rules.getOrDefault(u.id(), RoundRule.defaultFor(u.id(), u.tier()));
            LocalDate since = rule.requiredFrom();
            if (since == null) {
                since = entered.get(u.id());
                if (historyFrom != null && (since == null || historyFrom.isBefore(since))) {
                    since = historyFrom;
                }
            }
            return new ComplianceCalendar.Schedule(u.id(), u.name(), u.tier(), rule, since);
        }
    }

    static List<ComplianceEntry> compliance(StoreSession s, UUID unitId, LocalDate from, LocalDate to) {
        checkRange(from, to);
        OrgUnit unit = unit(s, unitId);
        Schedules schedules = new Schedules(s);
        ComplianceCalendar.Schedule schedule = schedules.of(unit);
        RoundPeriod first = ComplianceCalendar.periodOf(
                ComplianceCalendar.effectiveFrequency(schedule.rule(), unit.tier()), from);
        RoundPeriod last = ComplianceCalendar.periodOf(
                ComplianceCalendar.effectiveFrequency(schedule.rule(), unit.tier()), to);
        List<LocalDate> held = s.rounds().heldDays(List.of(unitId), first.from(), last.to())
                .getOrDefault(unitId, List.of());
        return ComplianceCalendar.evaluate(schedule, from, to, held, schedules.today, schedules.calendar);
    }

    static List<DayCompliance> days(StoreSession s, UUID unitId, LocalDate from, LocalDate to) {
        List<ComplianceEntry> entries = compliance(s, unitId, from, to);
        List<LocalDate> held = s.rounds().heldDays(List.of(unitId), from, to).getOrDefault(unitId, List.of());
        return ComplianceCalendar.days(entries, held, from, to);
    }

    /** Every active unit's entries for the periods overlapping {@code from..to}, plant first. */
    static List<ComplianceEntry> allEntries(StoreSession s, List<OrgUnit> units, LocalDate from, LocalDate to,
                                            LocalDate asOf) {
        Schedules schedules = new Schedules(s);
        // one query for every unit, widened to whole half-months and weeks on both sides
        LocalDate wideFrom = ComplianceCalendar.periodOf(org.hazardledger.model.InspectionFrequency.HALF_MONTHLY, from)
                .from().minusDays(7);
        LocalDate wideTo = ComplianceCalendar.periodOf(org.hazardledger.model.InspectionFrequency.HALF_MONTHLY, to)
                .to().plusDays(7);
        Map<UUID, List<LocalDate>> held = s.rounds().heldDays(null, wideFrom, wideTo);
        List<ComplianceEntry> out = new ArrayList<>();
        for (OrgUnit u : units) {
            out.addAll(ComplianceCalendar.evaluate(schedules.of(u), from, to, held.getOrDefault(u.id(), List.of()),
                    asOf == null ? schedules.today : asOf, schedules.calendar));
        }
        return out;
    }

    static List<OrgUnit> activeUnits(StoreSession s) {
        List<OrgUnit> units = new ArrayList<>(s.organisation().units().stream().filter(u -> !u.retired()).toList());
        units.sort((a, b) -> a.tier() != b.tier() ? b.tier().compareTo(a.tier()) : a.code().compareTo(b.code()));
        return units;
    }

    static List<ComplianceEntry> dueOn(StoreSession s, LocalDate day) {
        return allEntries(s, activeUnits(s), day, day, day).stream()
                .filter(e -> e.state() == ComplianceState.DUE).toList();
    }

    static List<ComplianceEntry> missedOn(StoreSession s, LocalDate day) {
        return allEntries(s, activeUnits(s), day, day, null).stream()
                .filter(e -> e.state() == ComplianceState.MISSED && e.period().to().equals(day)).toList();
    }

    static ComplianceSummary summary(StoreSession s, UUID unitId, Tier tier, LocalDate from, LocalDate to) {
        checkRange(from, to);
        Set<UUID> scope = unitId == null ? null : OrganisationOperations.subtree(s, unitId);
        List<OrgUnit> units = activeUnits(s).stream()
                .filter(u -> scope == null || scope.contains(u.id()))
                .filter(u -> tier == null || u.tier() == tier).toList();
        return ComplianceSummary.of(allEntries(s, units, from, to, null));
    }

    // --- helpers -----------------------------------------------------------------------------

    static OrgUnit unit(StoreSession s, UUID unitId) {
        return s.organisation().unit(unitId).orElseThrow(() -> new DomainException("error.round.unitUnknown"));
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("error.round.range", from, to);
        }
    }

    private static void requireClerk(Actor actor, String key) {
        if (actor.role() != null && !CLERKS.contains(actor.role())) {
            throw new DomainException(key, actor.role().labelKey());
        }
    }

    /**
     * A process (no role), a clerk or an admin may act for any unit; anyone else only within the
     * unit they answer for (no scope = the whole enterprise).
     */
    static void requireScope(StoreSession s, Actor actor, UUID unitId) {
        if (actor.role() == null || CLERKS.contains(actor.role()) || actor.scopeUnitId() == null) {
            return;
        }
        if (!OrganisationOperations.isWithin(s, unitId, actor.scopeUnitId())) {
            throw new DomainException("error.round.outOfScope");
        }
    }
}
