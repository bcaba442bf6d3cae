package org.hazardledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.cli.CliContext;
import org.hazardledger.cli.HazardLedgerCommand;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.TieredHazards;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code list --tier / --unit / --overdue}: the ledger narrowed as a clerk at the office PC asks for it. */
class ListFiltersCommandTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private static String overdueTeam;
    private static String dueTeam;
    private static String otherWorkshop;
    private static String plantHazard;

    /**
     * 一厂 / 合成车间 / 甲班 / 反应釜操作岗 and a second workshop 精馏车间 / 乙班 / 反应釜操作岗 (the post's name
     * repeats); four hazards at three tiers, one of them past its deadline.
     */
    @BeforeAll
    static void ledger() {
        try (LedgerFixture f = new LedgerFixture(dir.resolve("ledger"))) {
            SmallEnterprise e = f.initialiseSmall();
            OrgUnit workshop2 = f.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "精馏车间");
            OrgUnit team2 = f.organisation.addUnit(workshop2.id(), Tier.TEAM, "P1-W2-T1", "乙班");
            OrgUnit post2 = f.organisation.addUnit(team2.id(), Tier.POST, "P1-W2-T1-01", "反应釜操作岗");
            Person director2 = f.organisation.addPerson(workshop2.id(), "E0010", "赵刚", Role.WORKSHOP_DIRECTOR);
            TieredHazards th = new TieredHazards(f);
            Hazard a = th.register(e.post(), e.worker(), TODAY.minusDays(20), HazardSource.POST_CHECK, Tier.TEAM,
                    "进料阀法兰渗漏");
            overdueTeam = th.assign(a, e.leader(), TODAY.minusDays(4)).number().toString();
            Hazard b = th.register(e.post(), e.worker(), TODAY.minusDays(2), HazardSource.TEAM_CHECK, Tier.TEAM,
                    "安全阀校验过期");
            dueTeam = th.assign(b, e.leader(), TODAY.plusDays(5)).number().toString();
            otherWorkshop = th.register(post2, director2, TODAY.minusDays(1), HazardSource.WORKSHOP_CHECK,
                    Tier.WORKSHOP, "精馏塔平台护栏松动").number().toString();
            plantHazard = th.register(e.plant(), director2, TODAY.minusDays(3), HazardSource.PLANT_CHECK,
                    Tier.PLANT, "全厂消防水管网压力不足").number().toString();
        }
    }

    @Test
    void tierFilterTakesTheEnglishOrChineseName() {
        assertThat(numbers("list", "--data", data(), "--tier", "TEAM", "--format", "csv"))
                .containsExactlyInAnyOrder(overdueTeam, dueTeam);
        assertThat(numbers("list", "--data", data(), "--tier", "班组", "--format", "csv"))
                .containsExactlyInAnyOrder(overdueTeam, dueTeam);
        assertThat(numbers("list", "--data", data(), "--tier", "车间", "--format", "csv"))
                .containsExactly(otherWorkshop);
        assertThat(numbers("list", "--data", data(), "--tier", "plant", "--format", "csv"))
                .containsExactly(plantHazard);
        assertThat(numbers("list", "--data", data(), "--tier", "岗位", "--format", "csv")).isEmpty();
    }

    @Test
    void unitFilterTakesCodeNameOrIdAndIncludesTheUnitsBelow() {
        assertThat(numbers("list", "--data", data(), "--unit", "P1-W1", "--format", "csv"))
                .containsExactlyInAnyOrder(overdueTeam, dueTeam);
        assertThat(numbers("list", "--data", data(), "--unit", "p1-w2-t1", "--format", "csv"))
                .containsExactly(otherWorkshop);
        assertThat(numbers("list", "--data", data(), "--unit", "精馏车间", "--format", "csv"))
                .containsExactly(otherWorkshop);
        assertThat(numbers("list", "--data", data(), "--unit", "一厂", "--format", "csv"))
                .containsExactlyInAnyOrder(overdueTeam, dueTeam, otherWorkshop, plantHazard);
    }

    @Test
    void overdueListsOnlyOpenHazardsPastTheirDeadline() {
        assertThat(numbers("list", "--data", data(), "--overdue", "--format", "csv")).containsExactly(overdueTeam);
        assertThat(numbers("list", "--data", data(), "--overdue", "--tier", "WORKSHOP", "--format", "csv")).isEmpty();
        assertThat(numbers("list", "--data", data(), "--overdue", "--unit", "合成车间", "--tier", "TEAM",
                "--format", "csv")).containsExactly(overdueTeam);
    }

    @Test
    void anUnknownUnitIsRefusedInBothLanguagesWithTheNearestUnits() {
        assertThat(run("list", "--data", data(), "--unit", "合成车问")).isEqualTo(1);
        assertThat(err.toString()).contains("没有编码或名称为“合成车问”的单位").contains("No unit has the code or name")
                .contains("P1-W1 合成车间");
        assertThat(out.toString()).isEmpty();

        assertThat(run("list", "--data", data(), "--unit", "P1-W9")).isEqualTo(1);
        assertThat(err.toString()).contains("P1-W1 合成车间").contains("P1-W2 精馏车间");

        assertThat(run("list", "--data", data(), "--unit", "锅炉房")).isEqualTo(1);
        assertThat(err.toString()).contains("也没有相近的单位").contains("none is close to it");
    }

    @Test
    void aRepeatedUnitNameAsksForTheCode() {
        assertThat(run("list", "--data", data(), "--unit", "反应釜操作岗")).isEqualTo(1);
        assertThat(err.toString()).contains("名称为“反应釜操作岗”的单位有 2 个").contains("P1-W1-T1-01")
                .contains("P1-W2-T1-01").contains("Give the unit code instead");
    }

    @Test
    void anUnknownTierIsAUsageError() {
        assertThat(run("list", "--data", data(), "--tier", "FOREMAN")).isEqualTo(2);
        assertThat(err.toString()).contains("没有“FOREMAN”这一级").contains("There is no tier “FOREMAN”");
    }

    private List<String> numbers(String... args) {
        assertThat(run(args)).as(err.toString()).isZero();
        try {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(out.toString())).getRecords();
            return rows.stream().map(r -> r.get("隐患编号")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String data() {
        return dir.resolve("ledger").toString();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Clock clock = Clock.fixed(TODAY.atTime(9, 30).atZone(LedgerFixture.ZONE).toInstant(), LedgerFixture.ZONE);
        CliContext ctx = new CliContext((d, server) -> Launcher.openForCommand(d, server, clock), (d, server, l) -> {
            throw new AssertionError("no window in this test");
        }, () -> dir.resolve("default"), new PrintWriter(out), new PrintWriter(err));
        return HazardLedgerCommand.run(ctx, args);
    }
}
