package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.ENTERPRISE;
import static org.hazardledger.store.jooq.Tables.ORG_UNIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
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

    private static OrgUnit toUnit(OrgUnitRecord r) {
        return new OrgUnit(r.getId(), r.getParentId(), Tier.valueOf(r.getTier()), r.getCode(), r.getName(),
                r.getRetired());
    }
}
