package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark ledger is a real ledger: an intact audit chain, numbers of the ledger's form, states
 * over the whole lifecycle, several workshops and teams, rounds, photos, searchable realistic text, and
 * every hazard of the first workshop in its archive. No timing: the benchmark measures it.
 */
class BenchmarkLedgerTest {

    private static final LocalDate TO = LedgerFixture.TODAY;
    private static final LocalDate FROM = TO.minusDays(364);

    @TempDir
    Path dir;

    @Test
    void aSpreadLedgerIsARealLedger() {
        int hazards = 1_500;
        try (LedgerFixture f = new LedgerFixture(dir)) {
            OrgUnit workshop = f.setup.initialiseBenchmark(hazards, 3, FROM, TO, Progress.NONE);
            assertThat(workshop.code()).isEqualTo(BenchmarkLedger.WORKSHOP_CODE);

            assertThat(f.audit.verify().isIntact()).isTrue();
            f.store.transact(s -> {
                assertThat(s.hazards().count(HazardQuery.ALL, List.of(), TO)).isEqualTo(hazards);
                Set<String> numbers = s.hazards().numbers();
                assertThat(numbers).hasSize(hazards).allMatch(n -> n.matches("YH-\\d{4}-\\d{2}-\\d{4,}"));
                for (HazardStatus st : List.of(HazardStatus.REGISTERED, HazardStatus.RECTIFYING,
                        HazardStatus.AWAITING_ACCEPTANCE, HazardStatus.SIGNED_OFF, HazardStatus.CLOSED)) {
                    assertThat(s.hazards().numbersIn(List.of(), st)).as(st.name()).isNotEmpty();
                }
                assertThat(s.hazards().numbersIn(List.of(), HazardStatus.CLOSED).size()).isGreaterThan(hazards / 2);
                assertThat(s.hazards().overdue(List.of(), TO)).isNotEmpty();
                // REGISTER and each step taken, and the photos' ATTACH
                assertThat(s.events().count()).isGreaterThan(hazards * 3);
                Set<Tier> tiers = new HashSet<>();
                s.organisation().units().forEach(u -> tiers.add(u.tier()));
                assertThat(tiers).contains(Tier.PLANT, Tier.WORKSHOP, Tier.TEAM);
                assertThat(s.organisation().units().stream().filter(u -> u.tier() == Tier.WORKSHOP)).hasSize(3);
                // the texts come from the demo templates: common words often, and not in every hazard
                int common = s.hazards().count(HazardQuery.ALL.withText("检查"), List.of(), TO)
                        + s.hazards().count(HazardQuery.ALL.withText("未"), List.of(), TO);
                assertThat(common).isBetween(1, 2 * hazards - 1);
                // the numbers' counters continue after the generated ones
                assertThat(s.hazards().counters().values().stream().mapToInt(Integer::intValue).sum())
                        .isEqualTo(hazards);
                return null;
            });
            assertThat(f.rounds.rounds(workshop.id(), FROM, TO)).isNotEmpty();
            assertThat(f.archives.archive(Tier.WORKSHOP, workshop.id(), FROM, TO).found()).hasSize(hazards / 3);
        }
    }

    @Test
    void oneWorkshopHoldsEveryHazardOfItsArchive() {
        try (LedgerFixture f = new LedgerFixture(dir)) {
            LocalDate from = TO.minusDays(89);
            OrgUnit workshop = f.setup.initialiseBenchmark(400, from, TO, Progress.NONE);
            assertThat(f.archives.archive(Tier.WORKSHOP, workshop.id(), from, TO).found()).hasSize(400);
            assertThat(f.audit.verify().isIntact()).isTrue();
        }
    }
}
