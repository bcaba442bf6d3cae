package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.cli.CliContext;
import org.hazardledger.cli.HazardLedgerCommand;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.MutableClock;
import org.hazardledger.testing.TieredHazards;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code remind}: what a scheduled task on the office PC prints each morning, and escalation with it. */
class RemindCommandTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String overdue;

    /** Entered on 1 June; on the 15th 甲班 has inspected yesterday and today, one hazard is 4 days overdue. */
    @BeforeEach
    void ledger() {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 6, 1).atTime(8, 0).atZone(LedgerFixture.ZONE)
                .toInstant(), LedgerFixture.ZONE);
        try (LedgerFixture f = new LedgerFixture(dir.resolve("ledger"), clock)) {
            SmallEnterprise e = f.initialiseSmall();
            OrgUnit team2 = f.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T2", "乙班");
            f.organisation.addPerson(e.plant().id(), "E0100", "周安全", Role.SAFETY_OFFICER);
            clock.advance(Duration.ofDays(14));
            for (LocalDate d : List.of(TODAY.minusDays(1), TODAY)) {
                f.rounds.record(RoundDraft.allOk(e.team().id(), d, List.of(e.leader().id()),
                        f.rounds.checklistFor(e.team().id())));
            }
            TieredHazards th = new TieredHazards(f);
            overdue = th.assign(th.register(team2, e.director(), TODAY.minusDays(10), HazardSource.TEAM_CHECK,
                    Tier.TEAM, "乙班配电箱门未关"), e.director(), TODAY.minusDays(4)).number().toString();
            th.assign(th.register(e.post(), e.worker(), TODAY, HazardSource.POST_CHECK, Tier.TEAM, "进料阀法兰渗漏"),
                    e.leader(), TODAY.plusDays(2));
        }
    }

    @Test
    void printsTodaysCountsAndLines() {
        assertThat(run("remind", "--data", data())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("今日提醒（2026-06-15）")
                .contains("今日应检尚未检查：4 处").contains("厂（矿） 一厂：2026-06-01 至 2026-06-15")
                .contains("昨日漏检：3 处").contains("班组 乙班：2026-06-14")
                .contains("即将到期的隐患（3 天内）：1 条").contains("2026-06-17 到期")
                .contains("逾期隐患：1 条").contains(overdue + "  2026-06-11 到期，已逾期 4 天")
                .contains("已升级督办：1 条").contains(overdue + "  逾期 4 天 → 车间 合成车间：张伟")
                .doesNotContain("本次记录");
    }

    @Test
    void escalateRecordsOnceAndTheAuditTrailStillVerifies() {
        assertThat(run("remind", "--data", data(), "--escalate", "--lang", "en")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Reminders for 2026-06-15").contains("Escalations recorded now: 1")
                .contains(overdue + "  4 days overdue → Workshop 合成车间: 张伟")
                .contains("Rounds due today, not yet held: 4");
        assertThat(run("remind", "--data", data(), "--escalate")).isZero();
        assertThat(out.toString()).contains("本次记录升级督办：0 条").contains("已升级督办：1 条");
        assertThat(run("audit", "verify", "--data", data())).as(err.toString()).isZero();
    }

    private String data() {
        return dir.resolve("ledger").toString();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(TODAY.atTime(7, 0).atZone(LedgerFixture.ZONE).toInstant(), LedgerFixture.ZONE);
        CliContext ctx = new CliContext((d, server) -> Launcher.openForCommand(d, server, clock), (d, server, l) -> {
            throw new AssertionError("no window in this test");
        }, () -> dir.resolve("default"), new PrintWriter(out), new PrintWriter(err));
        return HazardLedgerCommand.run(ctx, args);
    }
}
