package org.hazardledger.service;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalCategory;
import org.hazardledger.model.ProposalDraft;
import org.hazardledger.model.ProposalStatus;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProposalServiceTest {

    private static final LocalDate DAY = of(2026, 6, 1);

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private LedgerFixture.SmallEnterprise e;
    private ProposalService proposals;
    private Hazard valve;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixture(dir);
        e = ledger.initialiseSmall();
        proposals = ledger.campaign.proposals();
        valve = ledger.hazards.register(e.leakingValve(DAY));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    private ProposalDraft draft(String... hazards) {
        return new ProposalDraft(ProposalCategory.SMALL_INNOVATION, "进料阀加装防渗漏托盘",
                "在进料阀下方加装不锈钢托盘并接入回收管线", e.worker().id(), DAY, List.of(hazards));
    }

    private List<EventLog.Event> audit(UUID id) {
        return ledger.store.transact(s -> s.events().forEntity(id));
    }

    private int events() {
        return ledger.store.transact(s -> s.events().count());
    }

    @Test
    void aProposalGoesFromSubmittedToImplementedWithEachStepAudited() {
        Proposal p = proposals.submit(draft(valve.number().toString().toLowerCase(java.util.Locale.ROOT)));
        assertThat(p.number()).isEqualTo("JY-2026-0001");
        assertThat(p.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(p.proposerName()).isEqualTo("王小明");
        assertThat(p.hazardNumbers()).containsExactly(valve.number().toString());

        ledger.signIn("工会主席 (gonghui)", AccountRole.UNION_MEMBER, null);
        Proposal evaluated = proposals.evaluate(p.id(), p.revision(), 85, "成本低，效果好");
        assertThat(evaluated.status()).isEqualTo(ProposalStatus.EVALUATED);
        assertThat(evaluated.evaluator()).isEqualTo("工会主席 (gonghui)");
        assertThat(evaluated.evaluatedOn()).isEqualTo(LedgerFixture.TODAY);
        assertThat(evaluated.score()).isEqualTo(85);

        ledger.signIn("厂长 (boss)", AccountRole.PRINCIPAL, null);
        Proposal adopted = proposals.adopt(p.id(), evaluated.revision(), new BigDecimal("500"));
        assertThat(adopted.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(adopted.reward()).isEqualByComparingTo("500.00");
        Proposal done = proposals.implement(p.id(), adopted.revision(), LedgerFixture.TODAY);
        Proposal rewarded = proposals.reward(p.id(), done.revision(), new BigDecimal("800.5"));

        Proposal read = proposals.byNumber("JY-2026-0001").orElseThrow();
        assertThat(read.status()).isEqualTo(ProposalStatus.IMPLEMENTED);
        assertThat(read.implementedOn()).isEqualTo(LedgerFixture.TODAY);
        assertThat(read.reward()).isEqualByComparingTo("800.50");
        assertThat(read.revision()).isEqualTo(rewarded.revision()).isEqualTo(5);
        assertThat(read.hazardNumbers()).containsExactly(valve.number().toString());
        assertThat(proposals.forHazard(valve.id())).extracting(Proposal::number).containsExactly("JY-2026-0001");
        List<EventLog.Event> trail = audit(p.id());
        assertThat(trail).extracting(EventLog.Event::action)
                .containsExactly("SUBMIT", "EVALUATE", "ADOPT", "IMPLEMENT", "REWARD");
        assertThat(trail.get(4).payload()).contains("500.00").contains("800.50");
        assertThat(ledger.audit.verify().isIntact()).isTrue();
    }

    @Test
    void aProposalNotAdoptedNeedsAReasonAndThenStops() {
        Proposal p = proposals.submit(draft());
        Proposal evaluated = proposals.evaluate(p.id(), p.revision(), 40, null);
        int events = events();
        assertRefused(() -> proposals.reject(p.id(), evaluated.revision(), "  "), "error.proposal.reasonRequired");
        Proposal rejected = proposals.reject(p.id(), evaluated.revision(), "已有同类改造计划");
        assertThat(rejected.status()).isEqualTo(ProposalStatus.NOT_ADOPTED);
        assertThat(rejected.notAdoptedReason()).isEqualTo("已有同类改造计划");
        assertThat(events()).isEqualTo(events + 1);

        assertRefused(() -> proposals.adopt(p.id(), rejected.revision(), null), "error.proposal.alreadyDecided");
        assertRefused(() -> proposals.evaluate(p.id(), rejected.revision(), 90, null), "error.proposal.notEvaluable");
        assertRefused(() -> proposals.implement(p.id(), rejected.revision(), DAY), "error.proposal.notAdopted");
        assertRefused(() -> proposals.reward(p.id(), rejected.revision(), BigDecimal.TEN), "error.proposal.rewardNotAdopted");
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void stepsOutOfOrderAndBadValuesAreRefusedAndChangeNothing() {
        Proposal p = proposals.submit(draft());
        int events = events();
        assertRefused(() -> proposals.adopt(p.id(), p.revision(), null), "error.proposal.notEvaluated");
        assertRefused(() -> proposals.implement(p.id(), p.revision(), DAY), "error.proposal.notAdopted");
        assertRefused(() -> proposals.evaluate(p.id(), p.revision(), 101, null), "error.proposal.scoreRange");
        assertRefused(() -> proposals.evaluate(p.id(), p.revision(), -1, null), "error.proposal.scoreRange");
        assertRefused(() -> proposals.evaluate(UUID.randomUUID(), 1, 50, null), "error.proposal.notFound");
        Proposal evaluated = proposals.evaluate(p.id(), p.revision(), 70, null);
        Proposal again = proposals.evaluate(p.id(), evaluated.revision(), 75, "复评");
        assertThat(again.score()).isEqualTo(75);
        assertThatThrownBy(() -> proposals.adopt(p.id(), evaluated.revision(), null))
                .isInstanceOf(ConflictException.class);
        assertRefused(() -> proposals.adopt(p.id(), again.revision(), new BigDecimal("-1")), "error.proposal.rewardRange");
        assertRefused(() -> proposals.adopt(p.id(), again.revision(), new BigDecimal("1.001")), "error.proposal.rewardScale");
        Proposal adopted = proposals.adopt(p.id(), again.revision(), null);
        assertThat(adopted.reward()).isNull();
        assertRefused(() -> proposals.implement(p.id(), adopted.revision(), LedgerFixture.TODAY.plusDays(1)),
                "validation.campaign.dateFuture");
        assertRefused(() -> proposals.implement(p.id(), adopted.revision(), LedgerFixture.TODAY.minusDays(1)),
                "error.proposal.implementedBeforeAdopted");
        assertRefused(() -> proposals.reward(p.id(), adopted.revision(), null), "error.proposal.rewardRequired");
        assertThat(events()).isEqualTo(events + 3);
        assertThat(proposals.byNumber(p.number()).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    }

    @Test
    void onlyTheRightRolesEvaluateAndDecide() {
        Proposal p = proposals.submit(draft());
        ledger.signIn("班长 (banzhang)", AccountRole.UNIT_HEAD, e.team());
        assertThat(proposals.canSubmit()).isTrue();
        assertThat(proposals.canEvaluate()).isFalse();
        assertRefused(() -> proposals.evaluate(p.id(), p.revision(), 60, null), "error.proposal.evaluateRole");
        ledger.signIn("工会主席 (gonghui)", AccountRole.UNION_MEMBER, null);
        Proposal evaluated = proposals.evaluate(p.id(), p.revision(), 60, null);
        assertThat(proposals.canDecide()).isFalse();
        assertRefused(() -> proposals.adopt(p.id(), evaluated.revision(), null), "error.proposal.decideRole");
        ledger.session.signOut();
        assertRefused(() -> proposals.submit(draft()), "error.campaign.signInRequired");
        assertThat(proposals.list()).hasSize(1);
    }

    @Test
    void badDraftsAreRefusedFieldByFieldAndNothingIsNumbered() {
        int events = events();
        assertThatThrownBy(() -> proposals.submit(new ProposalDraft(null, " ", "", UUID.randomUUID(),
                LedgerFixture.TODAY.plusDays(1), List.of("YH-2099-01-0001"))))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(ProposalDraft.CATEGORY, "validation.required"),
                                org.assertj.core.groups.Tuple.tuple(ProposalDraft.TITLE, "validation.required"),
                                org.assertj.core.groups.Tuple.tuple(ProposalDraft.CONTENT, "validation.required"),
                                org.assertj.core.groups.Tuple.tuple(ProposalDraft.SUBMITTED_ON, "validation.campaign.dateFuture"),
                                org.assertj.core.groups.Tuple.tuple(ProposalDraft.PROPOSER, "validation.training.personUnknown"),
                                org.assertj.core.groups.Tuple.tuple(ProposalDraft.HAZARDS, "validation.proposal.hazardUnknown")));
        assertThat(events()).isEqualTo(events);
        assertThat(proposals.list()).isEmpty();
        assertThat(proposals.submit(draft()).number()).isEqualTo("JY-2026-0001");
    }

    @Test
    void linkedHazardsAreReplacedByNumberAndAudited() {
        Hazard second = ledger.hazards.register(e.leakingValve(DAY.plusDays(1)));
        Proposal p = proposals.submit(draft(valve.number().toString()));
        Proposal linked = proposals.linkHazards(p.id(), p.revision(),
                List.of(second.number().toString(), valve.number().toString(), " "));
        assertThat(linked.hazardNumbers()).containsExactly(valve.number().toString(), second.number().toString());
        assertThatThrownBy(() -> proposals.linkHazards(p.id(), linked.revision(), List.of("YH-1999-01-0001")))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.proposal.hazardUnknown"));
        Proposal none = proposals.linkHazards(p.id(), linked.revision(), List.of());
        assertThat(none.hazardIds()).isEmpty();
        assertThat(proposals.forHazard(valve.id())).isEmpty();
        assertThat(audit(p.id())).extracting(EventLog.Event::action)
                .containsExactly("SUBMIT", "LINK_HAZARDS", "LINK_HAZARDS");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                d -> assertThat(d.messageKey()).isEqualTo(key));
    }
}
