package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundServiceTest {

    @TempDir
    Path dir;
    LedgerFixture f;
    LedgerFixture.SmallEnterprise e;

    @BeforeEach
    void open() {
        f = new LedgerFixture(dir);
        e = f.initialiseSmall();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aChemicalTeamGetsTheChemicalTeamChecklist() {
        Checklist c = f.rounds.checklistFor(e.team().id());
        assertThat(c.code()).isEqualTo("TEAM-CHEM");
        assertThat(c.items()).hasSizeBetween(6, 10);
    }

    @Test
    void aRecordedRoundMakesTodayDone() {
        LocalDate today = LedgerFixture.TODAY;
        Checklist c = f.rounds.checklistFor(e.team().id());
        InspectionRound r = f.rounds.record(RoundDraft.allOk(e.team().id(), today, List.of(e.leader().id()), c));
        assertThat(f.rounds.round(r.id()).results()).hasSize(c.items().size());
        List<ComplianceEntry> entries = f.rounds.compliance(e.team().id(), today, today);
        assertThat(entries).extracting(ComplianceEntry::state).containsExactly(ComplianceState.DONE);
    }

    @Test
    void aRoundInTheFutureIsRefused() {
        Checklist c = f.rounds.checklistFor(e.team().id());
        assertThatThrownBy(() -> f.rounds.record(RoundDraft.allOk(e.team().id(), LedgerFixture.TODAY.plusDays(1),
                List.of(e.leader().id()), c))).isInstanceOf(org.hazardledger.model.ValidationException.class);
    }
}
