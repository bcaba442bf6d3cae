package org.hazardledger.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.LedgerDay;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.TeamAssessment;
import org.hazardledger.model.TeamAssessmentDraft;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.TeamResult;
import org.hazardledger.model.TeamRow;
import org.hazardledger.model.TeamShortfall;
import org.hazardledger.model.Tier;
import org.hazardledger.store.StoreSession;

/** The standardised-safe-team use cases as steps inside a given transaction (service and demo share them). */
final class TeamStandardOperations {

    static final String ENTITY = "team_assessment";
    /** Who may record an assessment of any team; unit heads and union members only within their unit. */
    static final Set<AccountRole> ENTERPRISE_ROLES = EnumSet.of(AccountRole.CLERK, AccountRole.PRINCIPAL,
            AccountRole.ADMIN);
    static final Set<AccountRole> SCOPED_ROLES = EnumSet.of(AccountRole.UNIT_HEAD, AccountRole.UNION_MEMBER);

    private TeamStandardOperations() {
    }

    static boolean mayAssess(Actor actor) {
        return actor.role() != null && (ENTERPRISE_ROLES.contains(actor.role()) || SCOPED_ROLES.contains(actor.role()));
    }

    /** Records a self-assessment after checking the team, the day, the assessor and every item's points. */
    static TeamResult assess(StoreSession s, Actor actor, TeamAssessmentDraft draft) {
        if (!mayAssess(actor)) {
            throw new DomainException("error.teams.role",
                    actor.role() == null ? "accountRole.none" : actor.role().labelKey());
        }
        if (draft == null || draft.teamUnitId() == null) {
            throw new DomainException("error.teams.teamUnknown");
        }
        OrgUnit team = s.organisation().unit(draft.teamUnitId())
                .orElseThrow(() -> new DomainException("error.teams.teamUnknown"));
        if (team.tier() != Tier.TEAM) {
            throw new DomainException("error.teams.notATeam", team.name(), team.tier().labelKey());
        }
        if (team.retired()) {
            throw new DomainException("error.teams.retired", team.name());
        }
        if (actor.scopeUnitId() != null && !ENTERPRISE_ROLES.contains(actor.role())
                && !OrganisationOperations.subtree(s, actor.scopeUnitId()).contains(team.id())) {
            throw new DomainException("error.teams.outOfScope", team.name());
        }
        LocalDate today = LedgerDay.china().today(s.clock());
        if (draft.assessedOn() == null) {
            throw new DomainException("error.teams.dateRequired");
        }
        if (draft.assessedOn().isAfter(today)) {
            throw new DomainException("error.teams.dateFuture", draft.assessedOn().toString());
        }
        String assessor = draft.assessor() == null ? "" : draft.assessor().strip();
        if (assessor.isEmpty()) {
            throw new DomainException("error.teams.assessorRequired");
        }
        if (assessor.length() > 200) {
            throw new DomainException("error.teams.assessorTooLong");
        }
        String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        if (note != null && note.length() > 2000) {
            throw new DomainException("error.teams.noteTooLong");
        }
        List<TeamCheckItem> checklist = CampaignSeeds.ensureTeamChecklist(s);
        Map<String, TeamCheckItem> items = checklist.stream()
                .collect(Collectors.toMap(TeamCheckItem::code, Function.identity()));
        Map<String, Integer> given = draft.points() == null ? Map.of() : draft.points();
        for (String code : given.keySet()) {
            if (!items.containsKey(code)) {
                throw new DomainException("error.teams.itemUnknown", String.valueOf(code));
            }
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, Integer> max = new LinkedHashMap<>();
        for (TeamCheckItem item : checklist) {
            Integer p = given.get(item.code());
            if (p == null) {
                throw new DomainException("error.teams.itemMissing", item.code());
            }
            if (p < 0 || p > item.maxPoints()) {
                throw new DomainException("error.teams.pointsRange", item.code(), p, item.maxPoints());
            }
            points.put(item.code(), p);
            max.put(item.code(), item.maxPoints());
        }
        TeamAssessment a = new TeamAssessment(s.newId(), team.id(), draft.assessedOn(), assessor, note, points, max,
                actor.name(), s.clock().instant());
        s.teamStandards().insertAssessment(a);
        TeamResult result = TeamResult.of(a, checklist);
        s.events().append(actor.name(), ENTITY, a.id(), "ASSESS", new EventPayload()
                .put("team", team.code()).put("assessedOn", a.assessedOn()).put("assessor", assessor)
                .put("points", points.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(",")))
                .put("total", result.total().toPlainString()).put("passed", result.passed())
                .put("note", note).toJson());
        return result;
    }

    /** Every team in use, by code, with its latest assessment. */
    static List<TeamRow> teams(StoreSession s) {
        List<TeamCheckItem> checklist = CampaignSeeds.ensureTeamChecklist(s);
        Map<UUID, OrgUnit> units = units(s);
        Map<UUID, TeamAssessment> latest = latest(s);
        List<TeamRow> out = new ArrayList<>();
        for (OrgUnit team : teamsInUse(units)) {
            TeamAssessment a = latest.get(team.id());
            out.add(new TeamRow(team, parentName(units, team), a == null ? null : TeamResult.of(a, checklist)));
        }
        return out;
    }

    static List<TeamResult> history(StoreSession s, UUID teamUnitId) {
        List<TeamCheckItem> checklist = CampaignSeeds.ensureTeamChecklist(s);
        return s.teamStandards().assessments(teamUnitId).stream().map(a -> TeamResult.of(a, checklist)).toList();
    }

    /** Teams with no assessment this year, or whose latest assessment failed; by code. */
    static List<TeamShortfall> stillShort(StoreSession s) {
        int year = LedgerDay.china().today(s.clock()).getYear();
        List<TeamShortfall> out = new ArrayList<>();
        for (TeamRow row : teams(s)) {
            TeamResult latest = row.latest();
            if (latest == null || latest.assessment().assessedOn().getYear() < year) {
                out.add(new TeamShortfall(row.team(), row.parentName(), TeamShortfall.Reason.NOT_ASSESSED_THIS_YEAR,
                        latest, List.of()));
            } else if (!latest.passed()) {
                out.add(new TeamShortfall(row.team(), row.parentName(), TeamShortfall.Reason.FAILED, latest,
                        latest.failingSections()));
            }
        }
        return out;
    }

    private static Map<UUID, TeamAssessment> latest(StoreSession s) {
        Map<UUID, TeamAssessment> out = new HashMap<>();
        for (TeamAssessment a : s.teamStandards().assessments(null)) {
            out.putIfAbsent(a.teamUnitId(), a); // latest first
        }
        return out;
    }

    private static List<OrgUnit> teamsInUse(Map<UUID, OrgUnit> units) {
        return units.values().stream().filter(u -> u.tier() == Tier.TEAM && !u.retired())
                .sorted(Comparator.comparing(OrgUnit::code)).toList();
    }

    private static String parentName(Map<UUID, OrgUnit> units, OrgUnit u) {
        OrgUnit parent = u.parentId() == null ? null : units.get(u.parentId());
        return parent == null ? "" : parent.name();
    }

    private static Map<UUID, OrgUnit> units(StoreSession s) {
        return s.organisation().units().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }
}
