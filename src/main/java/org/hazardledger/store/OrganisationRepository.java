package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.ENTERPRISE;
import static org.hazardledger.store.jooq.Tables.HAZARD;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnitEntry;
import org.hazardledger.store.jooq.tables.records.OrgUnitRecord;
import org.jooq.DSLContext;

/** The enterprise and its org units. */
public final class OrganisationRepository {

    private final DSLContext dsl;
    private final Clock clock;

    OrganisationRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void insertEnterprise(Enterprise e) {
        dsl.insertInto(ENTERPRISE)
                .set(ENTERPRISE.ID, e.id())
                .set(ENTERPRISE.UPDATED_AT, OffsetDateTime.now(clock))
                .set(ENTERPRISE.CHANGE_SEQ, ChangeSequence.next(dsl))
                .set(ENTERPRISE.NAME, e.name())
                .set(ENTERPRISE.SHORT_NAME, e.shortName())
                .set(ENTERPRISE.INDUSTRY_CODE, e.industry().name())
                .set(ENTERPRISE.CREDIT_CODE, e.creditCode())
                .execute();
    }

    /** The ledger's enterprise; empty before setup. */
    public Optional<Enterprise> enterprise() {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.DELETED.isFalse()).limit(1)
                .fetchOptional(r -> new Enterprise(r.getId(), r.getName(), r.getShortName(),
                        Industry.valueOf(r.getIndustryCode()), r.getCreditCode()));
    }

    public void insertUnit(UUID enterpriseId, OrgUnit u) {
        dsl.insertInto(ORG_UNIT)
                .set(ORG_UNIT.ID, u.id())
                .set(ORG_UNIT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(ORG_UNIT.CHANGE_SEQ, ChangeSequence.next(dsl))
                .set(ORG_UNIT.ENTERPRISE_ID, enterpriseId)
                .set(ORG_UNIT.PARENT_ID, u.parentId())
                .set(ORG_UNIT.TIER, u.tier().name())
                .set(ORG_UNIT.CODE, u.code())
                .set(ORG_UNIT.NAME, u.name())
                .set(ORG_UNIT.RETIRED, u.retired())
                .execute();
    }

    /** All units, plants first, then by code (so a parent always precedes its children). */
    public List<OrgUnit> units() {
        return dsl.selectFrom(ORG_UNIT)
                .where(ORG_UNIT.DELETED.isFalse())
                .orderBy(ORG_UNIT.CODE)
                .fetch(OrganisationRepository::toUnit);
    }

    public Optional<OrgUnit> unit(UUID id) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id).and(ORG_UNIT.DELETED.isFalse()))
                .fetchOptional(OrganisationRepository::toUnit);
    }

    public Optional<OrgUnit> unitByCode(String code) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.CODE.eq(code).and(ORG_UNIT.DELETED.isFalse()))
                .fetchOptional(OrganisationRepository::toUnit);
    }

    /** Every unit with its revision, retired ones included, in the order of {@link #units()}. */
    public List<UnitEntry> unitEntries() {
        return dsl.selectFrom(ORG_UNIT)
                .where(ORG_UNIT.DELETED.isFalse())
                .orderBy(ORG_UNIT.CODE)
                .fetch(r -> new UnitEntry(toUnit(r), r.getRevision()));
    }

    public Optional<UnitEntry> unitEntry(UUID id) {
        return dsl.selectFrom(ORG_UNIT).where(ORG_UNIT.ID.eq(id).and(ORG_UNIT.DELETED.isFalse()))
                .fetchOptional(r -> new UnitEntry(toUnit(r), r.getRevision()));
    }

    /**
     * Saves a unit's parent, name and retirement if nobody changed it since {@code seen} was read;
     * returns it with its new revision.
     */
    public UnitEntry updateUnit(UnitEntry seen, OrgUnit changed) {
        int n = dsl.update(ORG_UNIT)
                .set(ORG_UNIT.REVISION, seen.revision() + 1)
                .set(ORG_UNIT.UPDATED_AT, OffsetDateTime.now(clock))
                .set(ORG_UNIT.CHANGE_SEQ, ChangeSequence.next(dsl))
                .set(ORG_UNIT.PARENT_ID, changed.parentId())
                .set(ORG_UNIT.NAME, changed.name())
                .set(ORG_UNIT.RETIRED, changed.retired())
                // One statement: the revision check and the write together (optimistic locking).
                .where(ORG_UNIT.ID.eq(seen.unit().id()).and(ORG_UNIT.REVISION.eq(seen.revision())))
                .execute();
        if (n != 1) {
            throw new StaleRecordException("error.unit.stale", seen.unit().name());
        }
        return new UnitEntry(changed, seen.revision() + 1);
    }

    /** Hazards registered at the unit itself that are still on the open ledger. */
    public int openHazardCount(UUID unitId) {
        List<String> open = Arrays.stream(HazardStatus.values()).filter(HazardStatus::isOpen).map(Enum::name).toList();
        return dsl.fetchCount(HAZARD, HAZARD.UNIT_ID.eq(unitId).and(HAZARD.DELETED.isFalse())
                .and(HAZARD.STATUS.in(open)));
    }

    private static OrgUnit toUnit(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getParentId(), Tier.valueOf(r.getTier()), r.getCode(), r.getName(),
                r.getRetired());
    }
}
