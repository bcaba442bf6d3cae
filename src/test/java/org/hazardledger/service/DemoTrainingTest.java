package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hazardledger.model.DrillFinding;
import org.hazardledger.model.EmergencyDrill;
import org.hazardledger.model.Proposal;
import org.hazardledger.model.ProposalStatus;
import org.hazardledger.model.TrainingKind;
import org.hazardledger.model.TrainingSession;
import org.hazardledger.testing.DemoLedger;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;

/** The demo's training, drills and proposals (read-only shared demo ledger). */
class DemoTrainingTest {

    @Test
    void theDemoHasSessionsDrillsWithLinkedFindingsAndProposalsInEveryState() {
        LedgerFixture demo = DemoLedger.shared();
        List<TrainingSession> sessions = demo.campaign.training().sessions(null, null);
        assertThat(sessions).hasSize(12);
        assertThat(sessions).allSatisfy(t -> assertThat(t.attendees()).isNotEmpty());
        assertThat(sessions).extracting(TrainingSession::kind).contains(TrainingKind.UNION_OFFICER);
        List<EmergencyDrill> drills = demo.campaign.training().drills(null, null);
        assertThat(drills).hasSize(4);
        assertThat(drills.stream().flatMap(d -> d.findings().stream()).filter(DrillFinding::isHazard))
                .isNotEmpty().allSatisfy(f -> assertThat(f.hazardNumber()).startsWith("YH-"));
        List<Proposal> proposals = demo.campaign.proposals().list();
        assertThat(proposals).hasSize(20);
        assertThat(proposals).extracting(Proposal::status).contains(ProposalStatus.values());
        assertThat(proposals).filteredOn(p -> !p.hazardIds().isEmpty()).isNotEmpty();
        assertThat(demo.audit.verify().isIntact()).isTrue();
    }
}
