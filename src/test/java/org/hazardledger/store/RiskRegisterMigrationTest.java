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
        LedgerSql.execute(dir, "ALTER TABLE hazard DROP CONSTRAINT fk_hazard_risk_point");
        LedgerSql.execute(dir, "DROP INDEX ix_hazard_risk_point");
        for (String column : List.of("risk_point_id", "major_criterion_code", "major_criterion_version",
                "major_criterion_other_reason")) {
            LedgerSql.execute(dir, "ALTER TABLE hazard DROP COLUMN " + column);
        }
        for (String table : List.of("risk_point", "major_criterion")) {
            LedgerSql.execute(dir, "DROP TABLE " + table);
        }
        assertThat(LedgerSql.execute(dir, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'"))
                .isEqualTo(1);
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
