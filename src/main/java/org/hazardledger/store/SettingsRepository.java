package org.hazardledger.store;

import static org.hazardledger.store.jooq.Tables.LEDGER_SETTING;

import java.util.Optional;
import org.jooq.DSLContext;

/** Key–value settings of this ledger (language, whether the demo was loaded …). */
public final class SettingsRepository {

    private final DSLContext dsl;

    SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(LEDGER_SETTING.SETTING_VALUE).from(LEDGER_SETTING)
                .where(LEDGER_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(LEDGER_SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.mergeInto(LEDGER_SETTING)
                .using(dsl.selectOne())
                .on(LEDGER_SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(LEDGER_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(LEDGER_SETTING.SETTING_KEY, LEDGER_SETTING.SETTING_VALUE)
                .values(key, value)
                .execute();
    }
}
