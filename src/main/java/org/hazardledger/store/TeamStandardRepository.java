package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.TEAM_ASSESSMENT;
import static org.hazardledger.store.jooq.Tables.TEAM_ASSESSMENT_POINT;
import static org.hazardledger.store.jooq.Tables.TEAM_CHECK_ITEM;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hazardledger.model.TeamAssessment;
import org.hazardledger.model.TeamCheckItem;
import org.hazardledger.model.TeamSectionKind;
import org.hazardledger.store.jooq.tables.records.TeamAssessmentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Standardised safe teams: self-assessments on the six abilities and five -izations. */
public final class TeamStandardRepository {

    private final DSLContext dsl;
    private final Clock clock;

    TeamStandardRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The checklist in its order. */
    public List<TeamCheckItem> checklist() {
        return dsl.selectFrom(TEAM_CHECK_ITEM).orderBy(TEAM_CHECK_ITEM.SORT_ORDER, TEAM_CHECK_ITEM.CODE)
                .fetch(r -> new TeamCheckItem(r.getCode(), r.getSectionCode(),
                        TeamSectionKind.valueOf(r.getSectionKind()), r.getSectionName(), r.getText(),
                        r.getMaxPoints(), r.getSortOrder()));
    }

    public Set<String> itemCodes() {
        return Set.copyOf(dsl.select(TEAM_CHECK_ITEM.CODE).from(TEAM_CHECK_ITEM).fetch(TEAM_CHECK_ITEM.CODE));
    }

    public void insertItem(TeamCheckItem item) {
        dsl.insertInto(TEAM_CHECK_ITEM)
                .set(TEAM_CHECK_ITEM.CODE, item.code())
                .set(TEAM_CHECK_ITEM.SECTION_CODE, item.sectionCode())
                .set(TEAM_CHECK_ITEM.SECTION_KIND, item.sectionKind().name())
                .set(TEAM_CHECK_ITEM.SECTION_NAME, item.sectionName())
                .set(TEAM_CHECK_ITEM.TEXT, item.text())
                .set(TEAM_CHECK_ITEM.MAX_POINTS, item.maxPoints())
                .set(TEAM_CHECK_ITEM.SORT_ORDER, item.sortOrder())
                .execute();
    }

    public void insertAssessment(TeamAssessment a) {
        dsl.insertInto(TEAM_ASSESSMENT)
                .set(TEAM_ASSESSMENT.ID, a.id())
                .set(TEAM_ASSESSMENT.TEAM_UNIT_ID, a.teamUnitId())
                .set(TEAM_ASSESSMENT.ASSESSED_ON, a.assessedOn())
                .set(TEAM_ASSESSMENT.ASSESSOR, a.assessor())
                .set(TEAM_ASSESSMENT.NOTE, a.note())
                .set(TEAM_ASSESSMENT.RECORDED_BY, a.recordedBy())
                .set(TEAM_ASSESSMENT.RECORDED_AT, OffsetDateTime.ofInstant(a.recordedAt(), clock.getZone()))
                .execute();
        for (Map.Entry<String, Integer> e : a.points().entrySet()) {
            dsl.insertInto(TEAM_ASSESSMENT_POINT)
                    .set(TEAM_ASSESSMENT_POINT.ASSESSMENT_ID, a.id())
                    .set(TEAM_ASSESSMENT_POINT.ITEM_CODE, e.getKey())
                    .set(TEAM_ASSESSMENT_POINT.POINTS, e.getValue())
                    .set(TEAM_ASSESSMENT_POINT.MAX_POINTS, a.maxPoints().get(e.getKey()))
                    .execute();
        }
    }

    /** The assessments of one team (or of every team when null), latest first. */
    public List<TeamAssessment> assessments(UUID teamUnitId) {
        Condition where = teamUnitId == null ? DSL.noCondition() : TEAM_ASSESSMENT.TEAM_UNIT_ID.eq(teamUnitId);
        List<TeamAssessmentRecord> heads = dsl.selectFrom(TEAM_ASSESSMENT).where(where)
                .orderBy(TEAM_ASSESSMENT.ASSESSED_ON.desc(), TEAM_ASSESSMENT.RECORDED_AT.desc()).fetch();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Integer>> points = new HashMap<>();
        Map<UUID, Map<String, Integer>> max = new HashMap<>();
        dsl.selectFrom(TEAM_ASSESSMENT_POINT)
                .where(TEAM_ASSESSMENT_POINT.ASSESSMENT_ID.in(heads.stream().map(TeamAssessmentRecord::getId).toList()))
                .forEach(r -> {
                    points.computeIfAbsent(r.getAssessmentId(), k -> new HashMap<>()).put(r.getItemCode(), r.getPoints());
                    max.computeIfAbsent(r.getAssessmentId(), k -> new HashMap<>()).put(r.getItemCode(), r.getMaxPoints());
                });
        List<TeamAssessment> out = new ArrayList<>();
        for (TeamAssessmentRecord r : heads) {
            out.add(new TeamAssessment(r.getId(), r.getTeamUnitId(), r.getAssessedOn(), r.getAssessor(), r.getNote(),
                    points.getOrDefault(r.getId(), Map.of()), max.getOrDefault(r.getId(), Map.of()),
                    r.getRecordedBy(), r.getRecordedAt().toInstant()));
        }
        return out;
    }
}
