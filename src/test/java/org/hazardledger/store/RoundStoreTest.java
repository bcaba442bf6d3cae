package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.ChecklistItem;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.RoundRow;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Rota;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rounds, rules and checklists on a real H2 file: what is stored comes back whole. */
class RoundStoreTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;
    LedgerFixture f;
    LedgerFixture.SmallEnterprise e;
    Checklist teamList;

    @BeforeEach
    void open() {
        f = new LedgerFixture(dir);
        e = f.initialiseSmall();
        teamList = f.store.transact(s -> s.rounds().checklist("TEAM-CHEM")).orElseThrow();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private InspectionRound round(UUID id, LocalDate day, List<UUID> inspectors, RoundAnswer second, String note) {
        List<RoundItemResult> results = new ArrayList<>();
        for (ChecklistItem i : teamList.items()) {
            results.add(RoundItemResult.ok(i));
        }
        results.set(1, results.get(1).withAnswer(second, note));
        return new InspectionRound(id, e.team().id(), e.team().tier(), day, inspectors, teamList.code(),
                teamList.version(), results, List.of(), "夜班");
    }

    @Test
    void aRoundComesBackWithEveryAnswerItsInspectorsInOrderAndOnlyNonOkRowsStored() {
        UUID id = f.store.transact(s -> s.newId());
        InspectionRound r = round(id, TODAY, List.of(e.leader().id(), e.worker().id(), e.director().id()),
                RoundAnswer.FAILED, "2号泵机封滴漏");
        f.store.transact(s -> {
            s.rounds().insert(r, "tester");
            return null;
        });
        InspectionRound back = f.store.transact(s -> s.rounds().byId(id)).orElseThrow();
        assertThat(back).isEqualTo(r);
        assertThat(back.failed()).extracting(RoundItemResult::note).containsExactly("2号泵机封滴漏");
        assertThat(f.database.dsl().fetchCount(org.hazardledger.store.jooq.Tables.ROUND_ITEM_RESULT)).isEqualTo(1);
        assertThat(f.database.dsl().fetchCount(org.hazardledger.store.jooq.Tables.ROUND_INSPECTOR)).isEqualTo(2);

        List<RoundRow> rows = f.store.transact(s -> s.rounds().rows(null, TODAY, TODAY));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.inspectorNames()).isEqualTo("李建国、王小明、张伟");
            assertThat(row.failedCount()).isEqualTo(1);
            assertThat(row.unitName()).isEqualTo("甲班");
        });
    }

    @Test
    void heldDaysAreGroupedByUnitAndBoundedByTheRange() {
        List<InspectionRound> rounds = new ArrayList<>();
        f.store.transact(s -> {
            for (int i = 0; i < 40; i++) {
                rounds.add(round(s.newId(), TODAY.minusDays(i), List.of(e.leader().id()), RoundAnswer.NOT_APPLICABLE,
                        null));
            }
            s.rounds().insertAll(rounds, "demo");
            return null;
        });
        Map<UUID, List<LocalDate>> held = heldDays(e.team().id());
        assertThat(held.get(e.team().id())).hasSize(10).first().isEqualTo(TODAY.minusDays(9));
        assertThat(heldDays(e.post().id()))
                .isEmpty();
        int count = f.store.transact(s -> s.rounds().count());
        assertThat(count).isEqualTo(40);
    }

    private Map<UUID, List<LocalDate>> heldDays(UUID unit) {
        return f.store.transact(s -> s.rounds().heldDays(List.of(unit), TODAY.minusDays(9), TODAY));
    }

    @Test
    void aRuleIsSavedReplacedAndReadBack() {
        RoundRule rule = new RoundRule(e.team().id(), InspectionFrequency.DAILY,
                new Rota(LocalDate.of(2026, 1, 1), "11110000"), true);
        RoundRule stored = f.store.transact(s -> s.rounds().saveRule(rule, "甲班"));
        assertThat(stored).isEqualTo(rule.withRevision(1));
        java.util.Optional<RoundRule> back = f.store.transact(s -> s.rounds().rule(e.team().id()));
        assertThat(back).contains(stored);
        RoundRule changed = stored.withRequiredFrom(LocalDate.of(2026, 3, 1));
        RoundRule replaced = f.store.transact(s -> s.rounds().saveRule(changed, "甲班"));
        Map<UUID, RoundRule> rules = f.store.transact(s -> s.rounds().rules());
        assertThat(rules).containsOnlyKeys(e.team().id())
                .containsValue(replaced);
        assertThat(replaced.revision()).isEqualTo(2);
        // a save of the first revision, or a second first insert, is refused and changes nothing
        assertThatThrownBy(() -> f.store.transact(s -> s.rounds().saveRule(stored, "甲班")))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> f.store.transact(s -> s.rounds().saveRule(rule, "甲班")))
                .isInstanceOf(StaleRecordException.class)
                .extracting(x -> ((StaleRecordException) x).messageKey()).isEqualTo("error.roundRule.stale");
        java.util.Optional<RoundRule> kept = f.store.transact(s -> s.rounds().rule(e.team().id()));
        assertThat(kept).contains(replaced);
    }

    @Test
    void aChecklistGetsNewVersionsAndTheOldOnesStay() {
        Checklist v2 = new Checklist("TEAM-CHEM", teamList.tier(), teamList.industry(), teamList.name(), 2,
                List.of(new ChecklistItem("X1", "新检查项")));
        f.store.transact(s -> {
            s.rounds().insertChecklist(v2, "tester");
            return null;
        });
        java.util.Optional<Checklist> latest = f.store.transact(s -> s.rounds().checklist("TEAM-CHEM"));
        assertThat(latest).contains(v2);
        java.util.Optional<Checklist> first = f.store.transact(s -> s.rounds().checklist("TEAM-CHEM", 1));
        assertThat(first).contains(teamList);
        List<Checklist> all = f.store.transact(s -> s.rounds().latestChecklists());
        assertThat(all).contains(v2).doesNotContain(teamList);
    }
}
