package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerSql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger written before V9 opens with the risk register and, once loaded, the criteria library. */
class RiskRegisterMigrationTest {

    @TempDir
    Path dir;

    /** Makes a ledger file look as a build before V9 wrote it. */
    static void undoVersionNine(Path dir) {
        ExchangeMigrationTest.undoVersionTen(dir); // later versions first
        LedgerSql.execute(dir, "ALTER TABLE hazard DROP CONSTRAINT fk_hazard_risk_point");
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_risk_point");
        // H2 rebuilds the table on ADD or DROP COLUMN and then binds the foreign keys on responsible_id
        // and acceptor_id to V5's plain indexes, which the V5 undo could no longer drop. Put the keys
        // back on their own indexes, as the ledger had them before V9.
        java.util.Map<String, String> keys = foreignKeysOn(dir, "IX_HAZARD_RESPONSIBLE", "IX_HAZARD_ACCEPTOR");
        keys.keySet().forEach(k -> LedgerSql.execute(dir, "ALTER TABLE hazard DROP CONSTRAINT \"" + k + "\""));
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_responsible");
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_acceptor");
        for (String column : List.of("risk_point_id", "major_criterion_code", "major_criterion_version",
                "major_criterion_other_reason")) {
            LedgerSql.execute(dir, "ALTER TABLE hazard DROP COLUMN " + column);
        }
        keys.forEach((k, column) -> LedgerSql.execute(dir, "ALTER TABLE hazard ADD CONSTRAINT \"" + k
                + "\" FOREIGN KEY (" + column + ") REFERENCES person (id)"));
        LedgerSql.execute(dir, "CREATE INDEX ix_hazard_responsible ON hazard (responsible_id)");
        LedgerSql.execute(dir, "CREATE INDEX ix_hazard_acceptor ON hazard (acceptor_id)");
        for (String table : List.of("risk_point", "major_criterion")) {
            LedgerSql.execute(dir, "DROP TABLE " + table);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'"))
                .isEqualTo(1);
    }

    /** The foreign keys of {@code hazard} that use one of {@code indexes}: name → column. */
    private static java.util.Map<String, String> foreignKeysOn(Path dir, String... indexes) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("ledger");
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.PreparedStatement st = c.prepareStatement("SELECT tc.CONSTRAINT_NAME, k.COLUMN_NAME"
                     + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                     + " ON k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME AND k.TABLE_NAME = tc.TABLE_NAME"
                     + " WHERE tc.TABLE_NAME = 'HAZARD' AND tc.CONSTRAINT_TYPE = 'FOREIGN KEY'"
                     + " AND tc.INDEX_NAME IN (?, ?)")) {
            st.setString(1, indexes[0]);
            st.setString(2, indexes[1]);
            try (java.sql.ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    keys.put(r.getString(1), r.getString(2).toLowerCase(java.util.Locale.ROOT));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    @Test
    void aLedgerFromBeforeTheRiskRegisterGetsItAndTheCriteriaWhenReopened() {
        Hazard saved;
        Hazard major;
        LedgerFixture.SmallEnterprise e;
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            e = ledger.initialiseSmall();
            saved = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        }
        undoVersionNine(dir);

        try (LedgerFixture reopened = new LedgerFixture(dir)) {
            assertThat(reopened.referenceData.majorCriteria(LedgerFixture.TODAY)).isEmpty();
            reopened.referenceData.loadMissingCriteria();
            assertThat(reopened.referenceData.majorCriteria(LedgerFixture.TODAY)).extracting(c -> c.code())
                    .contains("CHEM-03", "COAL-02", "FIRE-07", "GAS-02");
            // the old hazard is read as it was: no citation, no risk point
            assertThat(reopened.hazards.byNumber(saved.number().toString()).orElseThrow().grading().citation())
                    .isNull();
            assertThat(reopened.risks.riskPointOf(saved.id())).isEmpty();

            RiskPoint p = reopened.risks.create(new RiskPointDraft(e.workshop().id(), "反应釜", "合成厂房",
                    "飞温超压", new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("40"), "联锁", null));
            assertThat(p.colour()).isEqualTo(RiskColour.RED);
            Hazard h = reopened.hazards.byNumber(saved.number().toString()).orElseThrow();
            reopened.risks.link(h.id(), h.revision(), p.id());
            assertThat(reopened.risks.hazards(p.id())).extracting(r -> r.number())
                    .containsExactly(saved.number().toString());

            HazardDraft d = e.leakingValve(LedgerFixture.TODAY);
            major = reopened.hazards.register(new HazardDraft(d.registration(), new org.hazardledger.model.Grading(
                    Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT,
                    MajorCriterionCitation.clause("CHEM-03"))));
            assertThat(major.grading().citation().version()).isEqualTo(1);
            assertThat(reopened.audit.verify().isIntact()).isTrue();
        }
    }
}
