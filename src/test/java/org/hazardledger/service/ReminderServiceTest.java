package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Escalation;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.ReminderSettings;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.model.ValidationException;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.MutableClock;
import org.hazardledger.testing.TieredHazards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reminders and the escalation of overdue hazards, on a real ledger whose clock the test moves. */
class ReminderServiceTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixtureToday();

    /** The small enterprise plus the plant's safety officer and the principal, who receive escalations. */
    private record Staffed(SmallEnterprise e, Person safetyOfficer, Person principal) {
    }

    private static Staffed staff(LedgerFixture f) {
        SmallEnterprise e = f.initialiseSmall();
        Person officer = f.organisation.addPerson(e.plant().id(), "E0100", "周安全", Role.SAFETY_OFFICER);
        Person principal = f.organisation.addPerson(e.plant().id(), "E0001A", "钱总", Role.PRINCIPAL);
        return new Staffed(e, officer, principal);
    }

    private void toDay(int daysAfterToday) {
        long now = java.time.temporal.ChronoUnit.DAYS.between(TODAY, LocalDate.now(clock));
        clock.advance(Duration.ofDays(daysAfterToday - now));
    }

    @Test
    void aTeamHazardClimbsOneLevelEveryThreeDaysOverdueAndEachLevelIsRecordedOnce() {
        try (LedgerFixture f = new LedgerFixture(dir, clock)) {
            Staffed st = staff(f);
            SmallEnterprise e = st.e();
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            TieredHazards th = new TieredHazards(f);
            Hazard h = th.assign(th.register(e.post(), e.worker(), TODAY.minusDays(5), HazardSource.POST_CHECK,
                    Tier.TEAM, "进料阀法兰渗漏"), e.leader(), TODAY);

            assertThat(reminders.escalateOverdue()).as("due today, not overdue").isEmpty();
            toDay(2);
            assertThat(reminders.escalateOverdue()).as("two days overdue: below the first rung").isEmpty();

            toDay(3);
            List<Escalation> first = reminders.escalateOverdue();
            assertThat(first).extracting(Escalation::number, Escalation::daysOverdue, Escalation::toTier,
                    Escalation::toUnitName, Escalation::toHeadName)
                    .containsExactly(tuple(h.number().toString(), 3, Tier.WORKSHOP, "合成车间", "张伟"));
            assertThat(reminders.escalateOverdue()).as("a second run the same day").isEmpty();
            toDay(5);
            assertThat(reminders.escalateOverdue()).as("still at the workshop level").isEmpty();

            toDay(6);
            assertThat(reminders.escalateOverdue()).extracting(Escalation::toTier, Escalation::toUnitName,
                    Escalation::toHeadName).containsExactly(tuple(Tier.PLANT, "一厂", "周安全"));
            toDay(9);
            assertThat(reminders.escalateOverdue()).singleElement().satisfies(x -> {
                assertThat(x.toPrincipal()).isTrue();
                assertThat(x.toUnitName()).isEqualTo("测试化工有限公司");
                assertThat(x.toHeadName()).isEqualTo("钱总");
                assertThat(x.daysOverdue()).isEqualTo(9);
            });
            toDay(40);
            assertThat(reminders.escalateOverdue()).as("the principal is the last rung").isEmpty();

            assertThat(f.audit.timeline(h.id())).filteredOn(step -> step.action().equals("OVERDUE_ESCALATED"))
                    .extracting(step -> step.fields().get("level"), step -> step.fields().get("toTier"))
                    .containsExactly(tuple("1", "WORKSHOP"), tuple("2", "PLANT"), tuple("3", "PRINCIPAL"));
            assertThat(f.audit.verify().isIntact()).isTrue();
        }
    }

    @Test
    void aLevelReachedWhileNobodyRanTheReminderIsRecordedOnceAndTheSkippedOneNotAfterwards() {
        try (LedgerFixture f = new LedgerFixture(dir, clock)) {
            Staffed st = staff(f);
            SmallEnterprise e = st.e();
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            TieredHazards th = new TieredHazards(f);
            Hazard h = th.assign(th.register(e.post(), e.worker(), TODAY, HazardSource.TEAM_CHECK, Tier.TEAM,
                    "安全阀校验过期"), e.leader(), TODAY);
            toDay(7);
            assertThat(reminders.escalateOverdue()).extracting(Escalation::toTier).containsExactly(Tier.PLANT);
            assertThat(reminders.escalateOverdue()).isEmpty();
            assertThat(f.audit.timeline(h.id())).filteredOn(step -> step.action().equals("OVERDUE_ESCALATED"))
                    .hasSize(1);
        }
    }

    @Test
    void aPlantHazardGoesStraightToThePrincipalAndANamelessPostIsStillRecorded() {
        try (LedgerFixture f = new LedgerFixture(dir, clock)) {
            SmallEnterprise e = f.initialiseSmall();
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            TieredHazards th = new TieredHazards(f);
            th.assign(th.register(e.plant(), e.director(), TODAY, HazardSource.PLANT_CHECK, Tier.PLANT,
                    "全厂消防水管网压力不足"), e.director(), TODAY);
            Hazard workshopHazard = th.assign(th.register(e.workshop(), e.director(), TODAY,
                    HazardSource.WORKSHOP_CHECK, Tier.WORKSHOP, "平台护栏松动"), e.director(), TODAY);
            toDay(3);
            // Nobody is principal or safety officer in this ledger yet: the escalation names the level.
            assertThat(reminders.escalateOverdue())
                    .extracting(Escalation::toTier, Escalation::toUnitName, Escalation::toHeadName)
                    .containsExactlyInAnyOrder(tuple(null, "测试化工有限公司", null), tuple(Tier.PLANT, "一厂", null));
            assertThat(workshopHazard.grading().rectifyingTier()).isEqualTo(Tier.WORKSHOP);
        }
    }

    @Test
    void theEscalationPeriodIsASetting() {
        try (LedgerFixture f = new LedgerFixture(dir, clock)) {
            Staffed st = staff(f);
            SmallEnterprise e = st.e();
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            assertThat(reminders.escalationDays()).isEqualTo(3);
            assertThat(reminders.dueSoonDays()).isEqualTo(3);
            reminders.setEscalationDays(5);
            TieredHazards th = new TieredHazards(f);
            th.assign(th.register(e.post(), e.worker(), TODAY, HazardSource.POST_CHECK, Tier.TEAM, "进料阀法兰渗漏"),
                    e.leader(), TODAY);
            toDay(4);
            assertThat(reminders.escalateOverdue()).isEmpty();
            toDay(5);
            assertThat(reminders.escalateOverdue()).extracting(Escalation::toTier).containsExactly(Tier.WORKSHOP);
        }
    }

    @Test
    void settingsAreCheckedAndOnlyTheClerkOrAnAdministratorChangesThem() {
        try (LedgerFixture f = new LedgerFixture(dir, clock)) {
            SmallEnterprise e = f.initialiseSmall();
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            Messages en = Messages.forLanguage("en");
            Messages zh = Messages.forLanguage("zh");

            assertThatThrownBy(() -> reminders.setEscalationDays(0)).isInstanceOfSatisfying(ValidationException.class,
                    v -> assertThat(v.errors()).singleElement().satisfies(err -> {
                        assertThat(err.field()).isEqualTo(ReminderSettings.ESCALATION_DAYS);
                        assertThat(en.describe(err)).isEqualTo("Enter a number of days from 1 to 90.");
                        assertThat(zh.describe(err)).isEqualTo("请填写 1 到 90 之间的天数。");
                    }));
            assertThatThrownBy(() -> reminders.saveSettings(new ReminderSettings(91, -1)))
                    .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.errors())
                            .extracting(err -> err.field())
                            .containsExactly(ReminderSettings.ESCALATION_DAYS, ReminderSettings.DUE_SOON_DAYS));
            assertThat(reminders.settings()).isEqualTo(ReminderSettings.DEFAULT);

            assertThat(reminders.saveSettings(new ReminderSettings(90, 1))).isEqualTo(new ReminderSettings(90, 1));
            assertThat(new ReminderService(f.store, f.session, f.rounds).settings()).isEqualTo(new ReminderSettings(90, 1));

            f.signIn("李建国 (banzhang)", AccountRole.UNIT_HEAD, e.team());
            assertThatThrownBy(() -> reminders.setDueSoonDays(7)).isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(en.describe(ex)).contains("Only the clerk or an administrator"));
            f.signIn("管理员 (admin)", AccountRole.ADMIN, null);
            assertThat(reminders.setDueSoonDays(7)).isEqualTo(new ReminderSettings(90, 7));
            assertThat(f.audit.verify().isIntact()).isTrue();
        }
    }

    @Test
    void dueSoonAndOverdueListsKeepToTheUnitsTheUserAnswersFor() {
        try (LedgerFixture f = new LedgerFixture(dir, clock)) {
            SmallEnterprise e = f.initialiseSmall();
            OrgUnit team2 = f.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T2", "乙班");
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            TieredHazards th = new TieredHazards(f);
            String overdue = th.assign(th.register(e.post(), e.worker(), TODAY.minusDays(9), HazardSource.POST_CHECK,
                    Tier.TEAM, "进料阀法兰渗漏"), e.leader(), TODAY.minusDays(1)).number().toString();
            String dueToday = th.assign(th.register(e.post(), e.worker(), TODAY, HazardSource.POST_CHECK,
                    Tier.TEAM, "安全阀校验过期"), e.leader(), TODAY).number().toString();
            String dueIn3 = th.assign(th.register(e.team(), e.leader(), TODAY, HazardSource.TEAM_CHECK,
                    Tier.TEAM, "班组灭火器过期"), e.leader(), TODAY.plusDays(3)).number().toString();
            th.assign(th.register(e.team(), e.leader(), TODAY, HazardSource.TEAM_CHECK, Tier.TEAM, "通道堆放杂物"),
                    e.leader(), TODAY.plusDays(4));
            String otherTeam = th.assign(th.register(team2, e.director(), TODAY, HazardSource.WORKSHOP_CHECK,
                    Tier.WORKSHOP, "乙班配电箱门未关"), e.director(), TODAY.plusDays(1)).number().toString();

            assertThat(reminders.dueSoon()).extracting(HazardRow::number).containsExactly(dueToday, otherTeam, dueIn3);
            assertThat(reminders.overdue()).extracting(HazardRow::number).containsExactly(overdue);

            f.signIn("乙班班长", AccountRole.UNIT_HEAD, team2);
            assertThat(reminders.dueSoon()).extracting(HazardRow::number).containsExactly(otherTeam);
            assertThat(reminders.overdue()).isEmpty();
            f.signIn("甲班班长", AccountRole.UNIT_HEAD, e.team());
            assertThat(reminders.dueSoon()).extracting(HazardRow::number).containsExactly(dueToday, dueIn3);
            assertThat(reminders.overdue()).extracting(HazardRow::number).containsExactly(overdue);
        }
    }

    @Test
    void todayListsRoundsDueAndMissedYesterdayWithTheHazardsForTheUsersUnits() {
        MutableClock early = new MutableClock(LocalDate.of(2026, 6, 1).atTime(8, 0).atZone(LedgerFixture.ZONE)
                .toInstant(), LedgerFixture.ZONE);
        try (LedgerFixture f = new LedgerFixture(dir, early)) {
            SmallEnterprise e = f.initialiseSmall();
            OrgUnit team2 = f.organisation.addUnit(e.workshop().id(), Tier.TEAM, "P1-W1-T2", "乙班");
            early.advance(Duration.ofDays(14));
            assertThat(LocalDate.now(early)).isEqualTo(TODAY);
            ReminderService reminders = new ReminderService(f.store, f.session, f.rounds);
            // 甲班 held its rounds yesterday and today; nobody else inspected
            for (LocalDate d : List.of(TODAY.minusDays(1), TODAY)) {
                f.rounds.record(org.hazardledger.model.RoundDraft.allOk(e.team().id(), d, List.of(e.leader().id()),
                        f.rounds.checklistFor(e.team().id())));
            }
            TieredHazards th = new TieredHazards(f);
            Hazard late = th.assign(th.register(team2, e.director(), TODAY.minusDays(10), HazardSource.TEAM_CHECK,
                    Tier.TEAM, "乙班配电箱门未关"), e.director(), TODAY.minusDays(4));
            th.assign(th.register(e.post(), e.worker(), TODAY, HazardSource.POST_CHECK, Tier.TEAM, "进料阀法兰渗漏"),
                    e.leader(), TODAY.plusDays(2));

            org.hazardledger.model.Reminders all = reminders.today();
            assertThat(all.day()).isEqualTo(TODAY);
            assertThat(all.roundsDue()).extracting(c -> c.unitName())
                    .containsExactly("一厂", "合成车间", "乙班", "反应釜操作岗");
            assertThat(all.roundsMissedYesterday()).extracting(c -> c.unitName(), c -> c.period().to())
                    .containsExactly(tuple("合成车间", TODAY.minusDays(1)), tuple("乙班", TODAY.minusDays(1)),
                            tuple("反应釜操作岗", TODAY.minusDays(1)));
            assertThat(all.dueSoon()).hasSize(1);
            assertThat(all.overdue()).extracting(HazardRow::number).containsExactly(late.number().toString());
            assertThat(all.escalations()).extracting(Escalation::number, Escalation::toTier, Escalation::daysOverdue)
                    .containsExactly(tuple(late.number().toString(), Tier.WORKSHOP, 4));
            assertThat(reminders.escalateOverdue()).as("today() only reads").hasSize(1);

            f.signIn("甲班班长", AccountRole.UNIT_HEAD, e.team());
            org.hazardledger.model.Reminders mine = reminders.today();
            assertThat(mine.roundsDue()).extracting(c -> c.unitName()).containsExactly("反应釜操作岗");
            assertThat(mine.roundsMissedYesterday()).extracting(c -> c.unitName()).containsExactly("反应釜操作岗");
            assertThat(mine.overdue()).isEmpty();
            assertThat(mine.escalations()).isEmpty();
            assertThat(mine.dueSoon()).hasSize(1);
        }
    }
}
