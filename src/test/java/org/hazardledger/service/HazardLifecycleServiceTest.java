package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hazardledger.model.AccountRole;
import org.hazardledger.model.ActionChoice;
import org.hazardledger.model.AuditEntry;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.HistoryStep;
import org.hazardledger.model.ValidationException;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle through the service on a real ledger: each step by the user the rules give it,
 * refusals by the others, the audit trail naming each user, and "my tasks".
 */
class HazardLifecycleServiceTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;

    @Test
    void aTeamHazardGoesFromRegistrationToRecheckByTheProperPeople() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            SmallEnterprise e = ledger.initialiseSmall();
            Hazard h = ledger.hazards.register(e.leakingValve(TODAY.minusDays(5)));

            ledger.signIn("李建国 (banzhang)", AccountRole.UNIT_HEAD, e.team());
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Assign(e.replaceGasket(TODAY.minusDays(5)),
                    null));
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.ReportRectified(TODAY.minusDays(1),
                    "已更换垫片并清理积液"));
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Accept(TODAY, "无渗漏，合格"));
            assertThat(h.status()).isEqualTo(HazardStatus.AWAITING_SIGN_OFF);

            Hazard awaiting = h;
            assertThatThrownBy(() -> ledger.hazards.perform(awaiting.id(), awaiting.revision(),
                    new HazardCommand.SignOff(TODAY, null)))
                    .isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("error.lifecycle.role"));
            ledger.signIn("车间分会主席 (fenhui)", AccountRole.UNION_MEMBER, e.workshop());
            assertThatThrownBy(() -> ledger.hazards.perform(awaiting.id(), awaiting.revision(),
                    new HazardCommand.SignOff(TODAY, null)))
                    .isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("error.lifecycle.tier"));

            ledger.signIn("工会小组长 (xiaozu)", AccountRole.UNION_MEMBER, e.team());
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.SignOff(TODAY, "同意"));
            ledger.session.signIn(LedgerFixture.CLERK);
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.Close(TODAY));
            h = ledger.hazards.perform(h.id(), h.revision(), new HazardCommand.RecheckPass(TODAY, e.director().id(),
                    "未复发"));

            Hazard closed = ledger.hazards.byNumber(h.number().toString()).orElseThrow();
            assertThat(closed.status()).isEqualTo(HazardStatus.CLOSED);
            assertThat(closed.handling().acceptedBy()).isEqualTo("李建国 (banzhang)");
            assertThat(closed.handling().signedOffBy()).isEqualTo("工会小组长 (xiaozu)");
            assertThat(closed.outcome().recheckerId()).isEqualTo(e.director().id());

            List<AuditEntry> history = ledger.audit.history(h.id());
            assertThat(history).extracting(AuditEntry::action).containsExactly("REGISTER", "ASSIGN",
                    "REPORT_RECTIFIED", "ACCEPT", "SIGN_OFF", "CLOSE", "RECHECK_PASS");
            assertThat(history).extracting(AuditEntry::actor).containsExactly(LedgerFixture.CLERK.name(),
                    "李建国 (banzhang)", "李建国 (banzhang)", "李建国 (banzhang)", "工会小组长 (xiaozu)",
                    LedgerFixture.CLERK.name(), LedgerFixture.CLERK.name());
            List<HistoryStep> timeline = ledger.audit.timeline(h.id());
            assertThat(timeline.get(4).fields()).containsEntry("from", "AWAITING_SIGN_OFF")
                    .containsEntry("to", "SIGNED_OFF").containsEntry("note", "同意");
            assertThat(ledger.audit.verify().isIntact()).isTrue();
        }
    }

    @Test
    void aRefusedActionLeavesTheLedgerAndTheTrailAsTheyWere() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            SmallEnterprise e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, TODAY.minusDays(3));
            long events = ledger.audit.history(h.id()).size();

            assertThatThrownBy(() -> ledger.hazards.perform(h.id(), h.revision(),
                    new HazardCommand.ReportRectified(TODAY, " ")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ledger.hazards.perform(h.id(), h.revision() - 1,
                    new HazardCommand.ReportRectified(TODAY, "已完成")))
                    .isInstanceOfSatisfying(ConflictException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("error.conflict.hazard"));
            ledger.signIn("别的班组长", AccountRole.UNIT_HEAD, null);
            assertThatThrownBy(() -> ledger.hazards.perform(h.id(), h.revision(),
                    new HazardCommand.ReportRectified(TODAY, "已完成")))
                    .isInstanceOfSatisfying(DomainException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("error.lifecycle.tier"));

            assertThat(ledger.hazards.byNumber(h.number().toString())).contains(h);
            assertThat(ledger.audit.history(h.id())).hasSize((int) events);
        }
    }

    @Test
    void theActionsOfferedNameWhyARefusedOneIsRefused() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            SmallEnterprise e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, TODAY.minusDays(3));
            ledger.signIn("工会小组长", AccountRole.UNION_MEMBER, e.team());
            List<ActionChoice> choices = ledger.hazards.choices(h.id());
            assertThat(choices).extracting(ActionChoice::action)
                    .containsExactly(HazardAction.ESCALATE, HazardAction.REPORT_RECTIFIED);
            assertThat(choices).allSatisfy(c -> {
                assertThat(c.allowed()).isFalse();
                assertThat(c.refusal().orElseThrow().messageKey()).isEqualTo("error.lifecycle.role");
            });
        }
    }

    @Test
    void myTasksAreWhatWaitsForMyRoleInMyUnitsAtMyTier() {
        try (LedgerFixture ledger = new LedgerFixture(dir)) {
            SmallEnterprise e = ledger.initialiseSmall();
            Hazard waiting = ledger.registerAssigned(e, TODAY.minusDays(3));
            waiting = ledger.hazards.perform(waiting.id(), waiting.revision(),
                    new HazardCommand.ReportRectified(TODAY, "已完成"));
            waiting = ledger.hazards.perform(waiting.id(), waiting.revision(), new HazardCommand.Accept(TODAY, "合格"));
            ledger.registerAssigned(e, TODAY.minusDays(2));

            ledger.signIn("工会小组长", AccountRole.UNION_MEMBER, e.team());
            HazardQuery mine = ledger.hazards.myTasks(HazardQuery.ALL).orElseThrow();
            assertThat(ledger.hazards.page(mine, null, 50).rows()).extracting(r -> r.number())
                    .containsExactly(waiting.number().toString());

            ledger.signIn("车间分会主席", AccountRole.UNION_MEMBER, e.workshop());
            assertThat(ledger.hazards.count(ledger.hazards.myTasks(HazardQuery.ALL).orElseThrow()))
                    .as("a team-tier hazard is not the workshop union's to sign").isZero();

            ledger.signIn("企业工会主席", AccountRole.UNION_MEMBER, null);
            assertThat(ledger.hazards.count(ledger.hazards.myTasks(HazardQuery.ALL).orElseThrow()))
                    .as("the enterprise union signs for the plant tier only").isZero();

            ledger.signIn("管理员", AccountRole.ADMIN, null);
            assertThat(ledger.hazards.myTasks(HazardQuery.ALL)).isEmpty();
        }
    }
}
