package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.InspectionFrequency;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundRule;
import org.hazardledger.model.Rota;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rounds --unit U --month YYYY-MM}: the month's periods, their states and the totals. */
class RoundsCommandTest {

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void aTeamWithAFewRoundsInJune() {
        cli = new CliHarness(dir);
        try (LedgerFixture f = new LedgerFixture(Path.of(cli.data()))) {
            LedgerFixture.SmallEnterprise e = f.initialiseSmall();
            // held to the rules from 1 June; off duty every fourth day from 4 June
            f.rounds.saveRule(new RoundRule(e.team().id(), InspectionFrequency.DAILY,
                    new Rota(LocalDate.of(2026, 6, 1), "1110"), false).withRequiredFrom(LocalDate.of(2026, 6, 1)));
            Checklist c = f.rounds.checklistFor(e.team().id());
            for (int day : new int[] {1, 2, 3, 5, 6}) {
                f.rounds.record(RoundDraft.allOk(e.team().id(), LocalDate.of(2026, 6, day), List.of(e.leader().id()),
                        c));
            }
            Checklist w = f.rounds.checklistFor(e.workshop().id());
            f.rounds.record(RoundDraft.allOk(e.workshop().id(), LocalDate.of(2026, 6, 3),
                    List.of(e.director().id()), w));
        }
    }

    @Test
    void aDailyTeamShowsEachDayOfTheMonth() {
        assertThat(cli.run("rounds", "--data", cli.data(), "--unit", "P1-W1-T1", "--month", "2026-06"))
                .as(cli.err.toString()).isZero();
        String out = cli.out.toString();
        assertThat(out).contains("甲班（P1-W1-T1，班组）2026-06 检查执行情况");
        assertThat(out.lines().filter(l -> l.startsWith("2026-06-"))).hasSize(30);
        assertThat(out).containsPattern("2026-06-01 +已检查 +检查 1 次");
        assertThat(out).containsPattern("2026-06-04 +无需检查 +检查 0 次");
        assertThat(out).containsPattern("2026-06-07 +漏检 +检查 0 次");
        // June has 30 days, 7 of them off (4, 8, ..., 28); 5 done, 18 missed
        assertThat(out).contains("合计：已检查 5，漏检 18，待检查 0");
    }

    @Test
    void aWorkshopShowsItsWeeksByNameInEnglish() {
        assertThat(cli.run("rounds", "--data", cli.data(), "--unit", "合成车间", "--month", "2026-06", "--lang", "en"))
                .as(cli.err.toString()).isZero();
        String out = cli.out.toString();
        assertThat(out).contains("合成车间 (P1-W1, Workshop)");
        // the week of 1 June is before the workshop was entered (15 June in the fixture) but held anyway
        assertThat(out).containsPattern("2026-06-01 to 2026-06-07 +Done +1 held");
        assertThat(out).containsPattern("2026-06-08 to 2026-06-14 +Not required");
        assertThat(out).containsPattern("2026-06-29 to 2026-07-05 +Missed");
        assertThat(out).contains("Total: done 1, missed 3, due 0");
    }

    @Test
    void anUnknownUnitIsRefusedInBothLanguages() {
        assertThat(cli.run("rounds", "--data", cli.data(), "--unit", "乙班", "--month", "2026-06")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("没有编码或名称为“乙班”的单位").contains("甲班")
                .contains("No unit has the code or name “乙班”");
        assertThat(cli.run("rounds", "--data", cli.data(), "--unit", "甲班", "--month", "June")).isEqualTo(2);
    }
}
