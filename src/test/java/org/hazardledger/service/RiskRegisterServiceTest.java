package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.Lec;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.RiskColourTable;
import org.hazardledger.model.RiskPoint;
import org.hazardledger.model.RiskPointDraft;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk register and the major-grading citations on a real ledger. */
class RiskRegisterServiceTest {

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private LedgerFixture.SmallEnterprise e;

    @BeforeEach
    void open() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        ledger.session.signIn(LedgerFixture.CLERK);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private RiskPointDraft reactor(String l, String ex, String c) {
        return new RiskPointDraft(e.workshop().id(), "2号反应釜", "合成厂房一层", "飞温超压，物料泄漏着火",
                new BigDecimal(l), new BigDecimal(ex), new BigDecimal(c), "温度压力联锁；安全阀定期校验",
                e.director().id());
    }

    @Test
    void aRiskPointIsGradedColouredAndListsTheHazardsLinkedToIt() {
        RiskPoint p = ledger.risks.create(reactor("3", "6", "15"));
        assertThat(p.lec().score()).isEqualByComparingTo("270");
        assertThat(p.level()).isEqualTo(Lec.Level.HIGH);
        assertThat(p.colour()).isEqualTo(RiskColour.ORANGE);

        Hazard h = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        ledger.risks.link(h.id(), h.revision(), p.id());

        assertThat(ledger.risks.riskPointOf(h.id())).map(RiskPoint::id).contains(p.id());
        assertThat(ledger.risks.hazards(p.id())).extracting(r -> r.number()).containsExactly(h.number().toString());
        // listed under the plant (the workshop's subtree), with its hazard counted
        assertThat(ledger.risks.list(e.plant().id())).singleElement()
                .satisfies(r -> assertThat(r.hazardCount()).isEqualTo(1));
        assertThat(ledger.risks.list(e.team().id())).isEmpty();
        // the hazard travels again: its revision went up, so a stale view cannot overwrite it
        Hazard linked = ledger.hazards.byNumber(h.number().toString()).orElseThrow();
        assertThat(linked.revision()).isEqualTo(h.revision() + 1);
        assertThat(ledger.audit.history(h.id())).extracting(ev -> ev.action()).contains("LINK_RISK_POINT");

        ledger.risks.unlink(linked.id(), linked.revision());
        assertThat(ledger.risks.hazards(p.id())).isEmpty();
    }

    @Test
    void editingTheColourTableRecoloursThePoints() {
        RiskPoint p = ledger.risks.create(reactor("3", "6", "15"));
        Map<Lec.Level, RiskColour> m = new EnumMap<>(RiskColourTable.DEFAULT.colours());
        m.put(Lec.Level.HIGH, RiskColour.RED);
        ledger.risks.saveColourTable(new RiskColourTable(m));

        assertThat(ledger.risks.colourTable().colourOf(Lec.Level.HIGH)).isEqualTo(RiskColour.RED);
        assertThat(ledger.risks.point(p.id()).orElseThrow().colour()).isEqualTo(RiskColour.RED);
        RiskPoint another = ledger.risks.create(reactor("3", "6", "15"));
        assertThat(another.colour()).isEqualTo(RiskColour.RED);
    }

    @Test
    void onlyClerksAndAdministratorsChangeTheColourTableAndUnitHeadsOnlyTheirUnits() {
        ledger.signIn("张伟 (zhang)", AccountRole.UNIT_HEAD, e.team());
        assertThatThrownBy(() -> ledger.risks.saveColourTable(RiskColourTable.DEFAULT))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.risk.coloursForbidden");
        assertThatThrownBy(() -> ledger.risks.create(reactor("3", "6", "15")))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.risk.forbidden");
        ledger.signIn("张伟 (zhang)", AccountRole.UNIT_HEAD, e.workshop());
        assertThat(ledger.risks.create(reactor("1", "6", "7")).colour()).isEqualTo(RiskColour.BLUE);
    }

    @Test
    void aRiskPointFormIsRefusedAtItsFields() {
        RiskPointDraft bad = new RiskPointDraft(e.workshop().id(), "", null, "x", new BigDecimal("3"),
                new BigDecimal("6"), null, "x", null);
        assertThatThrownBy(() -> ledger.risks.create(bad)).isInstanceOfSatisfying(ValidationException.class,
                v -> assertThat(v.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder(RiskPointDraft.NAME, RiskPointDraft.C));
    }

    private HazardDraft major(MajorCriterionCitation c) {
        HazardDraft d = e.leakingValve(LedgerFixture.TODAY);
        return new HazardDraft(d.registration(),
                new Grading(Grade.MAJOR, null, MajorReason.PRODUCTION_STOP_REQUIRED, RiskColour.RED, Tier.PLANT, c));
    }

    @Test
    void gradingMajorAsksForTheClauseItMeets() {
        assertThatThrownBy(() -> ledger.hazards.register(major(null))).isInstanceOfSatisfying(
                ValidationException.class, v -> assertThat(v.errors()).extracting(FieldError::field)
                        .containsExactly(HazardDraft.MAJOR_CRITERION));
        assertThatThrownBy(() -> ledger.hazards.register(major(MajorCriterionCitation.other(""))))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly(HazardDraft.MAJOR_CRITERION_REASON));
        assertThatThrownBy(() -> ledger.hazards.register(major(MajorCriterionCitation.clause("NO-SUCH"))))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.majorCriterion.unknown"));

        Hazard cited = ledger.hazards.register(major(MajorCriterionCitation.clause("CHEM-03")));
        assertThat(cited.grading().citation()).isEqualTo(new MajorCriterionCitation("CHEM-03", 1, null));
        Hazard reread = ledger.hazards.byNumber(cited.number().toString()).orElseThrow();
        assertThat(reread.grading().citation()).isEqualTo(cited.grading().citation());

        Hazard other = ledger.hazards.register(major(MajorCriterionCitation.other("  只有一路外部电源，需供电部门新建线路  ")));
        assertThat(ledger.hazards.byNumber(other.number().toString()).orElseThrow().grading().citation().otherReason())
                .isEqualTo("只有一路外部电源，需供电部门新建线路");
    }

    @Test
    void regradingToMajorAsksForTheClauseToo() {
        Hazard h = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
        Grading noClause = new Grading(Grade.MAJOR, null, MajorReason.OUTSIDE_FACTORS, null, Tier.PLANT);
        assertThatThrownBy(() -> ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Regrade(noClause)))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field).containsExactly(HazardDraft.MAJOR_CRITERION));
        Hazard regraded = ledger.hazards.perform(h.id(), h.revision(),
                new HazardCommand.Regrade(noClause.withCitation(MajorCriterionCitation.clause("FIRE-02"))));
        assertThat(regraded.grading().citation().code()).isEqualTo("FIRE-02");
        assertThat(regraded.grading().citation().version()).isEqualTo(1);
    }
}
