package org.hazardledger.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.CupBoard;
import org.hazardledger.model.CupCompetition;
import org.hazardledger.model.CupCriterion;
import org.hazardledger.model.CupHistoryEntry;
import org.hazardledger.model.CupPeriod;
import org.hazardledger.model.CupStanding;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/** The 安康杯 use cases as steps inside a given transaction (the service and the demo share them). */
final class AnkangCupOperations {

    static final String ENTITY = "ankang_competition";
    /** Events on a competition that leave its row (name, revision) as it was. */
    static final Set<String> NOT_RENAMING = Set.of("SCORE", "SET_CRITERIA", "SET_UNITS");
    /** Who runs the competition: the enterprise's safety side and the enterprise union. */
    static final Set<AccountRole> MANAGER_ROLES = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL,
            AccountRole.ADMIN);

    private AnkangCupOperations() {
    }

    static boolean mayManage(Actor actor) {
        return actor.role() != null && (MANAGER_ROLES.contains(actor.role())
                || actor.role() == AccountRole.UNION_MEMBER && actor.scopeUnitId() == null);
    }

    static void requireManager(Actor actor) {
        if (!mayManage(actor)) {
            throw new DomainException("error.cup.role",
                    actor.role() == null ? "accountRole.none" : actor.role().labelKey());
        }
    }

    /**
     * Opens the competition of {@code period}: its criteria are those of the latest earlier
     * competition (else the shipped defaults), its units those of that competition still in use
     * (else every workshop).
     */
    static CupCompetition open(StoreSession s, Actor actor, CupPeriod period, String name) {
        requireManager(actor);
        if (period == null) {
            throw new DomainException("error.cup.periodInvalid", "");
        }
        if (name == null || name.isBlank()) {
            throw new DomainException("error.cup.nameRequired");
        }
        if (name.strip().length() > 200) {
            throw new DomainException("error.cup.nameTooLong");
        }
        if (s.ankangCup().competition(period).isPresent()) {
            throw new DomainException("error.cup.periodExists", period.code());
        }
        Optional<CupCompetition> previous = s.ankangCup().competitions().stream()
                .filter(c -> c.period().compareTo(period) < 0).reduce((a, b) -> b);
        List<CupCriterion> criteria = previous.map(p -> s.ankangCup().criteria(p.id()))
                .filter(l -> !l.isEmpty()).orElseGet(CampaignSeeds::defaultCriteria);
        Map<UUID, OrgUnit> units = units(s);
        List<UUID> participants = previous.map(p -> s.ankangCup().participants(p.id()).stream()
                        .filter(id -> units.containsKey(id) && !units.get(id).retired()).toList())
                .filter(l -> !l.isEmpty())
                .orElseGet(() -> units.values().stream().filter(u -> u.tier() == Tier.WORKSHOP && !u.retired())
                        .map(OrgUnit::id).toList());
        CupCompetition c = new CupCompetition(s.newId(), period, name.strip(), s.clock().instant(), actor.name(), 1);
        s.ankangCup().insertCompetition(c);
        s.ankangCup().replaceCriteria(c.id(), criteria);
        for (UUID unit : participants) {
            s.ankangCup().addParticipant(c.id(), unit);
        }
        s.events().append(actor.name(), ENTITY, c.id(), "OPEN", new EventPayload()
                .put("period", period.code()).put("name", c.name())
                .put("criteria", criteriaText(criteria))
                .put("units", participants.stream().map(id -> units.get(id).code()).collect(Collectors.joining(",")))
                .toJson());
        return c;
    }

    static CupBoard saveCriteria(StoreSession s, Actor actor, UUID competitionId, List<CupCriterion> criteria) {
        requireManager(actor);
        CupCompetition c = competition(s, competitionId);
        List<CupCriterion> cleaned = new ArrayList<>();
        int order = 0;
        for (CupCriterion k : criteria == null ? List.<CupCriterion>of() : criteria) {
            cleaned.add(new CupCriterion(k.code() == null ? null : k.code().strip(),
                    k.name() == null ? null : k.name().strip(), k.weight(), ++order));
        }
        CupCriterion.requireValid(cleaned);
        List<CupCriterion> before = s.ankangCup().criteria(c.id());
        s.ankangCup().replaceCriteria(c.id(), cleaned);
        int dropped = s.ankangCup().deleteScoresNotIn(c.id(), cleaned.stream().map(CupCriterion::code).toList());
        s.events().append(actor.name(), ENTITY, c.id(), "SET_CRITERIA", new EventPayload()
                .put("period", c.period().code())
                .change("criteria", criteriaText(before), criteriaText(cleaned))
                .put("scoresDropped", dropped).toJson());
        return board(s, c);
    }

    static CupBoard setParticipants(StoreSession s, Actor actor, UUID competitionId, Collection<UUID> unitIds) {
        requireManager(actor);
        CupCompetition c = competition(s, competitionId);
        Map<UUID, OrgUnit> units = units(s);
        Set<UUID> wanted = new LinkedHashSet<>(unitIds == null ? List.of() : unitIds);
        List<UUID> current = s.ankangCup().participants(c.id());
        for (UUID id : wanted) {
            OrgUnit u = units.get(id);
            if (u == null) {
                throw new DomainException("error.cup.unitUnknown");
            }
            if (u.retired() && !current.contains(id)) {
                throw new DomainException("error.cup.unitRetired", u.name());
            }
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (UUID id : current) {
            if (!wanted.contains(id)) {
                s.ankangCup().removeParticipant(c.id(), id);
                removed.add(units.get(id).code());
            }
        }
        for (UUID id : wanted) {
            if (!current.contains(id)) {
                s.ankangCup().addParticipant(c.id(), id);
                added.add(units.get(id).code());
            }
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            s.events().append(actor.name(), ENTITY, c.id(), "SET_UNITS", new EventPayload()
                    .put("period", c.period().code()).put("added", String.join(",", added))
                    .put("removed", String.join(",", removed)).toJson());
        }
        return board(s, c);
    }

    /** Sets one unit's score on one criterion (null clears it). */
    static CupBoard score(StoreSession s, Actor actor, UUID competitionId, UUID unitId, String criterionCode,
                         BigDecimal score) {
        requireManager(actor);
        CupCompetition c = competition(s, competitionId);
        OrgUnit unit = s.organisation().unit(unitId).orElseThrow(() -> new DomainException("error.cup.unitUnknown"));
        if (!s.ankangCup().participants(c.id()).contains(unitId)) {
            throw new DomainException("error.cup.notParticipant", unit.name(), c.period().code());
        }
        if (s.ankangCup().criteria(c.id()).stream().noneMatch(k -> k.code().equals(criterionCode))) {
            throw new DomainException("error.cup.criterionUnknown", String.valueOf(criterionCode));
        }
        BigDecimal value = score == null ? null : CupStanding.requireValidScore(score);
        BigDecimal before = s.ankangCup().score(c.id(), unitId, criterionCode).orElse(null);
        if (before == null ? value == null : value != null && before.compareTo(value) == 0) {
            return board(s, c);
        }
        s.ankangCup().putScore(c.id(), unitId, criterionCode, value, actor.name());
        s.events().append(actor.name(), ENTITY, c.id(), "SCORE", new EventPayload()
                .put("period", c.period().code()).put("unit", unit.code()).put("criterion", criterionCode)
                .change("score", before == null ? null : before.toPlainString(),
                        value == null ? null : value.toPlainString()).toJson());
        return board(s, c);
    }

    static CupBoard rename(StoreSession s, Actor actor, UUID competitionId, int revision, String name) {
        requireManager(actor);
        CupCompetition c = competition(s, competitionId);
        if (name == null || name.isBlank()) {
            throw new DomainException("error.cup.nameRequired");
        }
        if (name.strip().length() > 200) {
            throw new DomainException("error.cup.nameTooLong");
        }
        if (!c.name().equals(name.strip())) {
            s.ankangCup().rename(c.id(), revision, name.strip(), c.name());
            s.events().append(actor.name(), ENTITY, c.id(), "RENAME", new EventPayload()
                    .change("name", c.name(), name.strip()).toJson());
        }
        return board(s, competition(s, competitionId));
    }

    static CupBoard board(StoreSession s, UUID competitionId) {
        return board(s, competition(s, competitionId));
    }

    static CupBoard board(StoreSession s, CupCompetition c) {
        Map<UUID, OrgUnit> units = units(s);
        List<CupCriterion> criteria = s.ankangCup().criteria(c.id());
        List<OrgUnit> participants = s.ankangCup().participants(c.id()).stream().map(units::get).toList();
        return new CupBoard(c, criteria, CupStanding.rank(criteria, participants, s.ankangCup().scores(c.id())));
    }

    /** The criterion a score can be computed for from the ledger: the rectification rate. */
    static final String RECTIFICATION_CRITERION = "RECTIFY";

    /**
     * Each participant's hazard rectification rate in the competition's period (hazards found in
     * it, at or below the unit, struck off by its end or today), in per cent with one decimal; a
     * unit with no hazard found in the period is left out.
     */
    static Map<UUID, BigDecimal> rectificationRates(StoreSession s, UUID competitionId) {
        CupCompetition c = competition(s, competitionId);
        java.time.LocalDate today = org.hazardledger.model.LedgerDay.china().today(s.clock());
        java.time.LocalDate from = c.period().firstDay();
        java.time.LocalDate to = c.period().lastDay().isAfter(today) ? today : c.period().lastDay();
        Map<UUID, BigDecimal> out = new java.util.LinkedHashMap<>();
        if (to.isBefore(from)) {
            return out;
        }
        List<org.hazardledger.model.HazardStatistics.Cell> cells = s.statistics().cells(from, to, to);
        for (UUID unit : s.ankangCup().participants(c.id())) {
            Set<UUID> subtree = OrganisationOperations.subtree(s, unit);
            int found = 0;
            int closed = 0;
            for (org.hazardledger.model.HazardStatistics.Cell cell : cells) {
                if (subtree.contains(cell.unitId())) {
                    found += cell.counts().found();
                    closed += cell.foundClosed();
                }
            }
            if (found > 0) {
                out.put(unit, BigDecimal.valueOf(closed * 100L)
                        .divide(BigDecimal.valueOf(found), 1, java.math.RoundingMode.HALF_UP));
            }
        }
        return out;
    }

    /** Scores the rectification criterion of every participant with a hazard found from its rate. */
    static CupBoard scoreRectificationRates(StoreSession s, Actor actor, UUID competitionId) {
        requireManager(actor);
        CupCompetition c = competition(s, competitionId);
        if (s.ankangCup().criteria(c.id()).stream().noneMatch(k -> k.code().equals(RECTIFICATION_CRITERION))) {
            throw new DomainException("error.cup.criterionUnknown", RECTIFICATION_CRITERION);
        }
        for (Map.Entry<UUID, BigDecimal> e : rectificationRates(s, competitionId).entrySet()) {
            score(s, actor, competitionId, e.getKey(), RECTIFICATION_CRITERION, e.getValue());
        }
        return board(s, c);
    }

    /** Every unit's result in every competition, oldest period first, then by rank. */
    static List<CupHistoryEntry> history(StoreSession s) {
        List<CupHistoryEntry> out = new ArrayList<>();
        for (CupCompetition c : s.ankangCup().competitions()) {
            CupBoard b = board(s, c);
            for (CupStanding st : b.standings()) {
                out.add(new CupHistoryEntry(c.period(), c.name(), st.unit().code(), st.unit().name(), st.total(),
                        st.rank(), b.standings().size()));
            }
        }
        return out;
    }

    private static CupCompetition competition(StoreSession s, UUID id) {
        return s.ankangCup().competition(id).orElseThrow(() -> new DomainException("error.cup.notFound"));
    }

    private static Map<UUID, OrgUnit> units(StoreSession s) {
        return s.organisation().units().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    private static String criteriaText(List<CupCriterion> criteria) {
        return criteria.stream().map(k -> k.code() + ":" + k.name() + ":" + k.weight())
                .collect(Collectors.joining("; "));
    }
}
