package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Escalation;
import org.hazardledger.model.EscalationLadder;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.ReminderSettings;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.EventLog;
import org.hazardledger.store.StoreSession;

/**
 * Reminder settings and the escalation of overdue hazards, as steps inside a given transaction
 * (decision 0012). An escalation is an audit event on the hazard, written once per hazard, deadline
 * and level: running it twice a day, or every day, adds nothing until the next level is reached.
 */
final class ReminderOperations {

    static final String ESCALATION_DAYS_SETTING = "reminder-escalation-days";
    static final String DUE_SOON_DAYS_SETTING = "reminder-due-soon-days";
    /** The audit action of an escalation, on the hazard. */
    static final String ESCALATED = "OVERDUE_ESCALATED";

    private ReminderOperations() {
    }

    // --- settings ---------------------------------------------------------------------------

    static ReminderSettings settings(StoreSession s) {
        return new ReminderSettings(days(s, ESCALATION_DAYS_SETTING), days(s, DUE_SOON_DAYS_SETTING));
    }

    /** A stored number, or the default when none is stored or it is out of range (edited by hand). */
    private static int days(StoreSession s, String key) {
        try {
            int v = s.settings().get(key).map(String::strip).map(Integer::parseInt)
                    .orElse(ReminderSettings.DEFAULT_DAYS);
            return v >= ReminderSettings.MIN_DAYS && v <= ReminderSettings.MAX_DAYS ? v
                    : ReminderSettings.DEFAULT_DAYS;
        } catch (NumberFormatException e) {
            return ReminderSettings.DEFAULT_DAYS;
        }
    }

    /** Saves both numbers after checking them (1–90 days); only the clerk or an administrator may. */
    static ReminderSettings save(StoreSession s, Actor actor, ReminderSettings next) {
        AccountRole role = actor.role();
        if (role != AccountRole.CLERK && role != AccountRole.ADMIN) {
            throw new DomainException("error.reminder.settingRole",
                    role == null ? "accountRole.none" : role.labelKey());
        }
        List<FieldError> errors = next.validate();
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Enterprise e = OrganisationOperations.enterprise(s);
        ReminderSettings before = settings(s);
        if (before.equals(next)) {
            return before;
        }
        s.settings().put(ESCALATION_DAYS_SETTING, Integer.toString(next.escalationDays()));
        s.settings().put(DUE_SOON_DAYS_SETTING, Integer.toString(next.dueSoonDays()));
        s.events().append(actor.name(), UnionOperations.SETTINGS_ENTITY, e.id(), "SET_REMINDER_SETTINGS",
                new EventPayload().change(ESCALATION_DAYS_SETTING, before.escalationDays(), next.escalationDays())
                        .change(DUE_SOON_DAYS_SETTING, before.dueSoonDays(), next.dueSoonDays()).toJson());
        return next;
    }

    // --- escalation -------------------------------------------------------------------------

    /** The level an overdue hazard has reached today, where it goes and to whom. */
    record Step(Hazard hazard, int level, Escalation escalation, UUID toUnitId, UUID toHeadId) {
    }

    /** The organisation as escalation reads it: units by id, people by unit, the principal. */
    static final class Tree {
        private final Map<UUID, OrgUnit> units = new HashMap<>();
        private final Map<UUID, List<Person>> peopleByUnit = new HashMap<>();
        private final String enterpriseName;
        private final Person principal;

        Tree(StoreSession s) {
            s.organisation().units().forEach(u -> units.put(u.id(), u));
            List<Person> people = s.people().all().stream().filter(p -> !p.retired()).toList();
            people.forEach(p -> peopleByUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
            this.enterpriseName = s.organisation().enterprise().map(Enterprise::name).orElse("");
            this.principal = people.stream().filter(p -> p.role() == Role.PRINCIPAL).findFirst().orElse(null);
        }

        /** The unit itself or the one above it at {@code tier}. */
        Optional<OrgUnit> at(UUID unitId, Tier tier) {
            OrgUnit u = units.get(unitId);
            for (int depth = 0; u != null && depth < 16; depth++) {
                if (u.tier() == tier) {
                    return Optional.of(u);
                }
                u = u.parentId() == null ? null : units.get(u.parentId());
            }
            return Optional.empty();
        }

        Optional<Person> head(OrgUnit unit) {
            List<Person> here = peopleByUnit.getOrDefault(unit.id(), List.of());
            for (Role role : EscalationLadder.headRoles(unit.tier())) {
                Optional<Person> p = here.stream().filter(x -> x.role() == role)
                        .min(Comparator.comparing(Person::employeeNo));
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }
    }

    /** Where an overdue hazard stands on the ladder today; empty before the first rung. */
    static Optional<Step> step(Hazard h, LocalDate today, int escalationDays, Tree tree) {
        if (!h.isOverdue(today)) {
            return Optional.empty();
        }
        int days = EscalationLadder.daysOverdue(h.rectification().deadline(), today);
        Tier rectifying = h.grading().rectifyingTier();
        int level = EscalationLadder.levelFor(days, escalationDays, rectifying);
        if (level == 0) {
            return Optional.empty();
        }
        Optional<Tier> tier = EscalationLadder.tierAt(rectifying, level);
        String number = h.number().toString();
        if (tier.isEmpty()) {
            Person p = tree.principal;
            return Optional.of(new Step(h, level, new Escalation(h.id(), number, days, null, tree.enterpriseName,
                    p == null ? null : p.name()), null, p == null ? null : p.id()));
        }
        OrgUnit unit = tree.at(h.registration().unitId(), tier.get()).orElse(null);
        Person head = unit == null ? null : tree.head(unit).orElse(null);
        return Optional.of(new Step(h, level, new Escalation(h.id(), number, days, tier.get(),
                unit == null ? null : unit.name(), head == null ? null : head.name()),
                unit == null ? null : unit.id(), head == null ? null : head.id()));
    }

    /** Today's escalation of every overdue hazard that has reached a rung, whether recorded yet or not. */
    static List<Step> steps(StoreSession s, LocalDate today) {
        int days = settings(s).escalationDays();
        Tree tree = new Tree(s);
        List<Step> out = new ArrayList<>();
        for (Hazard h : s.hazards().openPastDeadline(today)) {
            step(h, today, days, tree).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Records, as {@code actor}, each escalation not yet recorded for its hazard, deadline and level;
     * returns those it recorded. A level skipped while nobody ran this (the office PC was off) is not
     * written afterwards: the head of the level reached now is the one who must act.
     */
    static List<Escalation> escalate(StoreSession s, Actor actor) {
        LocalDate today = LocalDate.now(s.clock());
        int days = settings(s).escalationDays();
        List<Escalation> recorded = new ArrayList<>();
        // The escalations already recorded, read at once: one query per overdue hazard took most of
        // a sign-in's time at a million hazards (17,000 of them overdue).
        Map<UUID, List<EventLog.Event>> earlier = new HashMap<>();
        for (EventLog.Event ev : s.events().withAction(HazardOperations.ENTITY, ESCALATED)) {
            earlier.computeIfAbsent(ev.entityId(), k -> new ArrayList<>()).add(ev);
        }
        for (Step step : steps(s, today)) {
            Hazard h = step.hazard();
            LocalDate deadline = h.rectification().deadline();
            if (recordedLevel(earlier.getOrDefault(h.id(), List.of()), deadline) >= step.level()) {
                continue;
            }
            Escalation e = step.escalation();
            s.events().append(actor.name(), HazardOperations.ENTITY, h.id(), ESCALATED, new EventPayload()
                    .put("number", e.number()).put("level", step.level()).put("deadline", deadline)
                    .put("daysOverdue", e.daysOverdue()).put("escalationDays", days)
                    .put("toTier", e.toTier() == null ? "PRINCIPAL" : e.toTier().name())
                    .put("toUnit", step.toUnitId()).put("toUnitName", e.toUnitName())
                    .put("toHead", step.toHeadId()).put("toHeadName", e.toHeadName()).toJson());
            recorded.add(e);
        }
        return recorded;
    }

    /** The highest level recorded in a hazard's escalations against this deadline (0: none). */
    static int recordedLevel(List<EventLog.Event> escalations, LocalDate deadline) {
        int level = 0;
        for (EventLog.Event ev : escalations) {
            Map<String, String> f = EventPayload.read(ev.payload());
            if (deadline.toString().equals(f.get("deadline"))) {
                try {
                    level = Math.max(level, Integer.parseInt(f.getOrDefault("level", "0")));
                } catch (NumberFormatException ignored) {
                    // a payload this version cannot read counts as no level
                }
            }
        }
        return level;
    }
}
