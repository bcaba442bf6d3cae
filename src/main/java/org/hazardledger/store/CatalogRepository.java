package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.CALENDAR_DAY;
import static org.hazardledger.store.jooq.Tables.CATALOG_ENTRY;
import static org.hazardledger.store.jooq.Tables.LEC_BAND;
import static org.hazardledger.store.jooq.Tables.LEC_FACTOR;
import static org.hazardledger.store.jooq.Tables.TIER_RULE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Tier;
import org.hazardledger.model.WorkingCalendar;
import org.jooq.DSLContext;

/** Reference data: catalogs, the tier rules, the LEC tables and the holiday schedule. */
public final class CatalogRepository {

    private final DSLContext dsl;

    CatalogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(CatalogEntry e) {
        dsl.mergeInto(CATALOG_ENTRY)
                .using(dsl.selectOne())
                .on(CATALOG_ENTRY.CATALOG.eq(e.catalog()).and(CATALOG_ENTRY.CODE.eq(e.code())))
                .whenMatchedThenUpdate()
                .set(CATALOG_ENTRY.NAME_ZH, e.nameZh())
                .set(CATALOG_ENTRY.NAME_EN, e.nameEn())
                .set(CATALOG_ENTRY.SORT_ORDER, e.sortOrder())
                .whenNotMatchedThenInsert(CATALOG_ENTRY.CATALOG, CATALOG_ENTRY.CODE, CATALOG_ENTRY.NAME_ZH,
                        CATALOG_ENTRY.NAME_EN, CATALOG_ENTRY.SORT_ORDER)
                .values(e.catalog(), e.code(), e.nameZh(), e.nameEn(), e.sortOrder())
                .execute();
    }

    public List<CatalogEntry> list(String catalog) {
        return dsl.selectFrom(CATALOG_ENTRY)
                .where(CATALOG_ENTRY.CATALOG.eq(catalog))
                .orderBy(CATALOG_ENTRY.SORT_ORDER, CATALOG_ENTRY.CODE)
                .fetch(r -> new CatalogEntry(r.getCatalog(), r.getCode(), r.getNameZh(), r.getNameEn(),
                        r.getSortOrder()));
    }

    public boolean contains(String catalog, String code) {
        return dsl.fetchExists(CATALOG_ENTRY,
                CATALOG_ENTRY.CATALOG.eq(catalog).and(CATALOG_ENTRY.CODE.eq(code)));
    }

    public void saveTierRule(Tier tier, String nameZh, String nameEn, String inspectorZh) {
        dsl.mergeInto(TIER_RULE)
                .using(dsl.selectOne())
                .on(TIER_RULE.TIER.eq(tier.name()))
                .whenMatchedThenUpdate()
                .set(TIER_RULE.NAME_ZH, nameZh)
                .set(TIER_RULE.NAME_EN, nameEn)
                .set(TIER_RULE.INSPECTOR_ZH, inspectorZh)
                .set(TIER_RULE.FREQUENCY, tier.minimumFrequency().name())
                .whenNotMatchedThenInsert(TIER_RULE.TIER, TIER_RULE.NAME_ZH, TIER_RULE.NAME_EN,
                        TIER_RULE.INSPECTOR_ZH, TIER_RULE.FREQUENCY, TIER_RULE.RANK_ORDER)
                .values(tier.name(), nameZh, nameEn, inspectorZh, tier.minimumFrequency().name(), tier.ordinal())
                .execute();
    }

    public void saveLecFactor(String factor, BigDecimal value, String labelZh, String labelEn) {
        dsl.mergeInto(LEC_FACTOR)
                .using(dsl.selectOne())
                .on(LEC_FACTOR.FACTOR.eq(factor).and(LEC_FACTOR.FACTOR_VALUE.eq(value)))
                .whenMatchedThenUpdate()
                .set(LEC_FACTOR.LABEL_ZH, labelZh)
                .set(LEC_FACTOR.LABEL_EN, labelEn)
                .whenNotMatchedThenInsert(LEC_FACTOR.FACTOR, LEC_FACTOR.FACTOR_VALUE, LEC_FACTOR.LABEL_ZH,
                        LEC_FACTOR.LABEL_EN)
                .values(factor, value, labelZh, labelEn)
                .execute();
    }

    public void saveLecBand(String level, BigDecimal minExclusive, BigDecimal maxInclusive, String nameZh,
                            String nameEn, String colour) {
        dsl.mergeInto(LEC_BAND)
                .using(dsl.selectOne())
                .on(LEC_BAND.BAND_LEVEL.eq(level))
                .whenMatchedThenUpdate()
                .set(LEC_BAND.MIN_EXCLUSIVE, minExclusive)
                .set(LEC_BAND.MAX_INCLUSIVE, maxInclusive)
                .set(LEC_BAND.NAME_ZH, nameZh)
                .set(LEC_BAND.NAME_EN, nameEn)
                .set(LEC_BAND.RISK_COLOUR, colour)
                .whenNotMatchedThenInsert(LEC_BAND.BAND_LEVEL, LEC_BAND.MIN_EXCLUSIVE, LEC_BAND.MAX_INCLUSIVE,
                        LEC_BAND.NAME_ZH, LEC_BAND.NAME_EN, LEC_BAND.RISK_COLOUR)
                .values(level, minExclusive, maxInclusive, nameZh, nameEn, colour)
                .execute();
    }

    /** Whether any holiday or make-up working day has been entered. */
    public boolean hasCalendarDays() {
        return dsl.fetchExists(CALENDAR_DAY);
    }

    /** One day of the annual schedule; {@code makeUpWorkingDay} false = a public holiday. */
    public void saveCalendarDay(LocalDate day, boolean makeUpWorkingDay, String nameZh, String nameEn) {
        String kind = makeUpWorkingDay ? MAKE_UP_WORKING_DAY : HOLIDAY;
        dsl.mergeInto(CALENDAR_DAY)
                .using(dsl.selectOne())
                .on(CALENDAR_DAY.CALENDAR_DATE.eq(day))
                .whenMatchedThenUpdate()
                .set(CALENDAR_DAY.KIND, kind)
                .set(CALENDAR_DAY.NAME_ZH, nameZh)
                .set(CALENDAR_DAY.NAME_EN, nameEn)
                .whenNotMatchedThenInsert(CALENDAR_DAY.CALENDAR_DATE, CALENDAR_DAY.KIND, CALENDAR_DAY.NAME_ZH,
                        CALENDAR_DAY.NAME_EN)
                .values(day, kind, nameZh, nameEn)
                .execute();
    }

    /** The working calendar the entered holidays and make-up days make. */
    public WorkingCalendar workingCalendar() {
        var days = dsl.select(CALENDAR_DAY.CALENDAR_DATE, CALENDAR_DAY.KIND).from(CALENDAR_DAY).fetch();
        return WorkingCalendar.of(
                days.stream().filter(r -> HOLIDAY.equals(r.value2())).map(r -> r.value1()).toList(),
                days.stream().filter(r -> MAKE_UP_WORKING_DAY.equals(r.value2())).map(r -> r.value1()).toList());
    }

    private static final String HOLIDAY = "HOLIDAY";
    private static final String MAKE_UP_WORKING_DAY = "MAKE_UP_WORKING_DAY";
}
