package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hazardledger.model.Account;
import org.hazardledger.model.Hazard;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger file from before accounts existed gains them on opening, its data untouched. */
class AccountMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aLedgerAtVersionOneMigratesToAccountsWhenReopened() {
        Hazard saved;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            saved = ledger.registerAssigned(ledger.initialiseSmall(), LedgerFixture.TODAY.minusDays(2));
        }
        // Turn the file back into what a V1 build wrote: no accounts table, no lifecycle columns, no
        // record of the later versions.
        LifecycleMigrationTest.undoVersionThree(dir); // later versions first: the seal key (V11) names an account
        LedgerSql.execute(dir, "DROP TABLE user_account");
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'"))
                .isEqualTo(1);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.hazards.byNumber(saved.number().toString())).contains(saved);
            assertThat(reopened.accounts.hasAnyAccount()).isFalse();
            Account admin = reopened.accounts.createFirstAdmin("admin", "系统管理员", "Admin-Passw0rd");
            assertThat(reopened.accounts.authenticate("admin", "Admin-Passw0rd")).isEqualTo(admin);
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
