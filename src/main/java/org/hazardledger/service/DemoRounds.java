package org.hazardledger.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.ComplianceCalendar;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundPeriod;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Rota;
import org.hazardledger.model.Tier;
import org.hazardledger.model.WorkingCalendar;
import org.hazardledger.store.StoreSession;

/**
 * A year of inspection rounds up to today for every post, team, workshop and plant, with the gaps
 * real ledgers have: posts hold about 92 % of their daily rounds, teams 95 % (one team works a
 * four-on/four-off rota), a workshop now and then misses a week, one plant misses one half-month.
 * Where a demo hazard was found by a unit's own check, that day's round has the failed item and
 * links the hazard. Bulk-inserted: tens of thousands of rows in a few statements.
 */
final class DemoRounds {

    static final double POST_RATE = 0.92;
    static final double TEAM_RATE = 0.95;
    static final double WORKSHOP_RATE = 0.93;
    /** Chance that a daily round records a failed item without a hazard (fixed on the spot). */
    static final double MINOR_FAILURE = 0.01;
    /** The note on a minor failure put right during the round (seeds/demo/phrases.csv). */
    private final String fixedOnTheSpot;
    /** The team on a four-shift rota: four days on duty, four off. */
    static final String SHIFT_PATTERN = "11110000";

    private final StoreSession s;
    private final DemoOrganisation org;
    private final DemoPeople people;
    private final Random rng;
    private final LocalDate today;
    private final LocalDate from;
    private final Map<Tier, Checklist> lists = new HashMap<>();
    /** Hazards found by a unit's own check, by unit and day: that day's round found them. */
    private final Map<UUID, Map<LocalDate, List<Hazard>>> findings = new HashMap<>();
    private final List<InspectionRound> rounds = new ArrayList<>();

    private DemoRounds(StoreSession s, DemoOrganisation org, DemoPeople people, Random rng, LocalDate today,
                       String fixedOnTheSpot) {
        this.s = s;
        this.fixedOnTheSpot = fixedOnTheSpot;
        this.org = org;
        this.people = people;
        this.rng = rng;
        this.today = today;
        this.from = today.minusYears(1).plusDays(1);
    }

    /** Holds the year of rounds; returns how many. */
    static int hold(StoreSession s, Actor actor, DemoOrganisation org, DemoPeople people, List<Hazard> hazards,
                    Random rng, LocalDate today, String fixedOnTheSpot) {
        DemoRounds d = new DemoRounds(s, org, people, rng, today, fixedOnTheSpot);
        s.settings().put(RoundOperations.HISTORY_FROM_SETTING, d.from.toString());
        List<Checklist> all = s.rounds().latestChecklists();
        for (Tier t : Tier.values()) {
            d.lists.put(t, RoundOperations.checklistFor(all, t, Industry.CHEMICALS));
        }
        for (Hazard h : hazards) {
            Tier checkTier = tierOfCheck(h);
            OrgUnit unit = s.organisation().unit(h.registration().unitId()).orElse(null);
            if (checkTier != null && unit != null && unit.tier() == checkTier
                    && !h.registration().foundOn().isBefore(d.from)) {
                d.findings.computeIfAbsent(unit.id(), k -> new HashMap<>())
                        .computeIfAbsent(h.registration().foundOn(), k -> new ArrayList<>()).add(h);
            }
        }
        WorkingCalendar calendar = s.catalogs().workingCalendar();
        OrgUnit shiftTeam = org.all(Tier.TEAM).get(org.all(Tier.TEAM).size() - 1);
        Rota shifts = new Rota(d.from, SHIFT_PATTERN);
        Set<UUID> onShifts = new HashSet<>();
        onShifts.add(shiftTeam.id());
        RoundOperations.saveRule(s, actor, new RoundRule(shiftTeam.id(), InspectionFrequency.DAILY, shifts, false));
        for (OrgUnit post : org.children(shiftTeam)) {
            onShifts.add(post.id());
            RoundOperations.saveRule(s, actor, new RoundRule(post.id(), InspectionFrequency.DAILY, shifts, false));
        }

        for (OrgUnit post : org.all(Tier.POST)) {
            d.daily(post, POST_RATE, onShifts.contains(post.id()) ? shifts : Rota.EVERY_DAY);
        }
        for (OrgUnit team : org.all(Tier.TEAM)) {
            d.daily(team, TEAM_RATE, onShifts.contains(team.id()) ? shifts : Rota.EVERY_DAY);
        }
        for (OrgUnit workshop : org.all(Tier.WORKSHOP)) {
            d.periodic(workshop, InspectionFrequency.WEEKLY, WORKSHOP_RATE, calendar, null);
        }
        List<OrgUnit> plants = org.all(Tier.PLANT);
        // the second plant missed one half-month, about four months ago
        RoundPeriod skipped = ComplianceCalendar.periodOf(InspectionFrequency.HALF_MONTHLY, today.minusMonths(4));
        for (int i = 0; i < plants.size(); i++) {
            d.periodic(plants.get(i), InspectionFrequency.HALF_MONTHLY, 1.0, calendar, i == 1 ? skipped : null);
        }
        s.rounds().insertAll(d.rounds, actor.name());
        s.events().append(actor.name(), RoundOperations.ENTITY, ReferenceData.checklistEntityId("demo-rounds"),
                "DEMO_ROUNDS", new EventPayload().put("rounds", d.rounds.size()).put("from", d.from)
                        .put("to", today).toJson());
        return d.rounds.size();
    }

    private static Tier tierOfCheck(Hazard h) {
        switch (h.registration().source()) {
            case POST_CHECK:
                return Tier.POST;
            case TEAM_CHECK:
                return Tier.TEAM;
            case WORKSHOP_CHECK:
                return Tier.WORKSHOP;
            case PLANT_CHECK:
                return Tier.PLANT;
            default:
                return null;
        }
    }

    /** A post or team: a round on most duty days; today's morning rounds are half done. */
    private void daily(OrgUnit unit, double rate, Rota rota) {
        Map<LocalDate, List<Hazard>> found = findings.getOrDefault(unit.id(), Map.of());
        // now and then a bad stretch: a week or so with no rounds at all
        LocalDate gapFrom = rng.nextInt(6) == 0 ? from.plusDays(rng.nextInt(330)) : null;
        LocalDate gapTo = gapFrom == null ? null : gapFrom.plusDays(4 + rng.nextInt(6));
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            double roll = rng.nextDouble();
            List<Hazard> h = found.getOrDefault(day, List.of());
            if (!h.isEmpty()) {
                add(unit, day, h);
                continue;
            }
            if (!rota.onDuty(day) || (gapFrom != null && !day.isBefore(gapFrom) && !day.isAfter(gapTo))) {
                continue;
            }
            if (roll < (day.equals(today) ? 0.5 : rate)) {
                add(unit, day, List.of());
            }
        }
    }

    /** A workshop (weekly) or plant (half-monthly): one round on a working day of each period. */
    private void periodic(OrgUnit unit, InspectionFrequency f, double rate, WorkingCalendar calendar,
                          RoundPeriod skipped) {
        Map<LocalDate, List<Hazard>> found = findings.getOrDefault(unit.id(), Map.of());
        for (RoundPeriod p : ComplianceCalendar.allPeriods(f, from, today)) {
            List<LocalDate> foundDays = found.keySet().stream().filter(p::contains).sorted().toList();
            for (LocalDate day : foundDays) {
                add(unit, day, found.get(day));
            }
            boolean hold = rng.nextDouble() < rate && !p.equals(skipped);
            if (!foundDays.isEmpty() || !hold) {
                continue;
            }
            List<LocalDate> candidates = new ArrayList<>();
            for (LocalDate d = p.from(); !d.isAfter(p.to()) && !d.isAfter(today); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d) && !d.isBefore(from) && d.getDayOfWeek() != DayOfWeek.SATURDAY) {
                    candidates.add(d);
                }
            }
            // the current period is held late in it, if at all: leave it due
            if (!candidates.isEmpty() && p.to().isBefore(today)) {
                add(unit, candidates.get(rng.nextInt(candidates.size())), List.of());
            }
        }
    }

    private void add(OrgUnit unit, LocalDate day, List<Hazard> found) {
        Checklist list = lists.get(unit.tier());
        Map<String, RoundItemResult> answers = new LinkedHashMap<>();
        for (ChecklistItem i : list.items()) {
            answers.put(i.code(), RoundItemResult.ok(i));
        }
        List<UUID> hazardIds = new ArrayList<>();
        for (Hazard h : found) {
            ChecklistItem item = list.items().get(rng.nextInt(list.items().size()));
            answers.put(item.code(), new RoundItemResult(item.code(), item.text(), RoundAnswer.FAILED,
                    shorten(h.registration().description())));
            hazardIds.add(h.id());
        }
        if (found.isEmpty() && rng.nextDouble() < MINOR_FAILURE) {
            ChecklistItem item = list.items().get(rng.nextInt(list.items().size()));
            answers.put(item.code(), new RoundItemResult(item.code(), item.text(), RoundAnswer.FAILED,
                    fixedOnTheSpot));
        }
        rounds.add(new InspectionRound(s.newId(), unit.id(), unit.tier(), day, inspectors(unit), list.code(),
                list.version(), new ArrayList<>(answers.values()), hazardIds, null));
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private List<UUID> inspectors(OrgUnit unit) {
        List<UUID> ids = new ArrayList<>();
        switch (unit.tier()) {
            case POST: {
                List<Person> w = people.workers(unit);
                if (!w.isEmpty()) {
                    ids.add(w.get(rng.nextInt(w.size())).id());
                }
                break;
            }
            case TEAM:
                ids.add(people.teamLeader(unit).id());
                break;
            case WORKSHOP:
                ids.add(people.director(unit).id());
                if (rng.nextInt(3) == 0) {
                    ids.add(people.labourInspector(unit).id());
                }
                break;
            default:
                people.safetyOfficers(unit).forEach(p -> ids.add(p.id()));
                ids.add(people.principal().id());
                break;
        }
        if (ids.isEmpty()) {
            // a post without a worker of its own: its team leader walks it
            OrgUnit team = org.all(Tier.TEAM).stream().filter(t -> t.id().equals(unit.parentId())).findFirst()
                    .orElseThrow();
            ids.add(people.teamLeader(team).id());
        }
        return ids;
    }
}
