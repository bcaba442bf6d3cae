package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The round rules of the campaign: which periods need a round, and what was done, missed or due. */
class ComplianceCalendarTest {

    private static final UUID UNIT = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdaysOnly();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ComplianceCalendar.Schedule schedule(Tier tier, RoundRule rule, LocalDate since) {
        return new ComplianceCalendar.Schedule(UNIT, "单位", tier, rule, since);
    }

    private static List<ComplianceEntry> evaluate(Tier tier, RoundRule rule, String from, String to,
                                                  List<LocalDate> held, String today, WorkingCalendar cal) {
        return ComplianceCalendar.evaluate(schedule(tier, rule, null), d(from), d(to), held, d(today), cal);
    }

    @ParameterizedTest(name = "{0}: second half {1}–{2}")
    @CsvSource({
            "Feb 2026 (28 days), 2026-02-16, 2026-02-28",
            "Feb 2028 (leap year 29 days), 2028-02-16, 2028-02-29",
            "Apr 2026 (30 days), 2026-04-16, 2026-04-30",
            "Jan 2026 (31 days), 2026-01-16, 2026-01-31"})
    void aPlantHasTwoHalfMonthsEndingOnTheFifteenthAndTheLastDay(String month, LocalDate secondFrom,
                                                                 LocalDate secondTo) {
        LocalDate first = secondFrom.withDayOfMonth(1);
        List<RoundPeriod> periods = ComplianceCalendar.periods(RoundRule.defaultFor(UNIT, Tier.PLANT), Tier.PLANT,
                first, secondTo, WEEKDAYS);
        assertThat(periods).containsExactly(new RoundPeriod(first, first.withDayOfMonth(15)),
                new RoundPeriod(secondFrom, secondTo));
        assertThat(ComplianceCalendar.periodOf(InspectionFrequency.HALF_MONTHLY, secondTo))
                .isEqualTo(new RoundPeriod(secondFrom, secondTo));
        assertThat(ComplianceCalendar.periodOf(InspectionFrequency.HALF_MONTHLY, first.withDayOfMonth(15)).to())
                .isEqualTo(first.withDayOfMonth(15));
    }

    @Test
    void theYearEndSplitsHalfMonthsAtNewYearAndAWorkshopWeekRunsAcrossIt() {
        assertThat(ComplianceCalendar.allPeriods(InspectionFrequency.HALF_MONTHLY, d("2026-12-20"), d("2027-01-03")))
                .containsExactly(new RoundPeriod(d("2026-12-16"), d("2026-12-31")),
                        new RoundPeriod(d("2027-01-01"), d("2027-01-15")));
        // ISO week 53 of 2026 runs from Monday 28 December to Sunday 3 January
        assertThat(ComplianceCalendar.periodOf(InspectionFrequency.WEEKLY, d("2026-12-31")))
                .isEqualTo(new RoundPeriod(d("2026-12-28"), d("2027-01-03")));
        assertThat(ComplianceCalendar.periodOf(InspectionFrequency.WEEKLY, d("2027-01-03")))
                .isEqualTo(new RoundPeriod(d("2026-12-28"), d("2027-01-03")));
        // one round on New Year's Day serves the week that started in December
        List<ComplianceEntry> entries = evaluate(Tier.WORKSHOP, RoundRule.defaultFor(UNIT, Tier.WORKSHOP),
                "2026-12-21", "2027-01-10", List.of(d("2027-01-01")), "2027-01-20", WEEKDAYS);
        assertThat(entries).extracting(ComplianceEntry::state).containsExactly(ComplianceState.MISSED,
                ComplianceState.DONE, ComplianceState.MISSED);
    }

    @Test
    void aFourOnFourOffTeamNeedsNoRoundOnItsDaysOff() {
        RoundRule rota = new RoundRule(UNIT, InspectionFrequency.DAILY, new Rota(d("2026-06-01"), "11110000"), false);
        List<ComplianceEntry> entries = evaluate(Tier.TEAM, rota, "2026-06-01", "2026-06-10",
                List.of(d("2026-06-01"), d("2026-06-02"), d("2026-06-04"), d("2026-06-09")), "2026-06-10", WEEKDAYS);
        assertThat(entries).extracting(ComplianceEntry::state).containsExactly(
                ComplianceState.DONE, ComplianceState.DONE, ComplianceState.MISSED, ComplianceState.DONE,
                ComplianceState.NOT_REQUIRED, ComplianceState.NOT_REQUIRED, ComplianceState.NOT_REQUIRED,
                ComplianceState.NOT_REQUIRED, ComplianceState.DONE, ComplianceState.DUE);
        // the cycle runs backwards from its anchor too: 28–31 May are the four days off before it
        assertThat(rota.rota().onDuty(d("2026-05-31"))).isFalse();
        assertThat(rota.rota().onDuty(d("2026-05-27"))).isTrue();
        assertThat(ComplianceSummary.of(entries)).isEqualTo(new ComplianceSummary(4, 1, 1));
    }

    @Test
    void aWeekWithoutADutyDayIsNotRequired() {
        // on duty one day in fourteen: every other week has no duty day
        RoundRule rare = new RoundRule(UNIT, InspectionFrequency.WEEKLY, new Rota(d("2026-06-01"), "10000000000000"),
                false);
        List<ComplianceEntry> entries = evaluate(Tier.WORKSHOP, rare, "2026-06-01", "2026-06-21", List.of(),
                "2026-07-01", WEEKDAYS);
        assertThat(entries).extracting(ComplianceEntry::state).containsExactly(ComplianceState.MISSED,
                ComplianceState.NOT_REQUIRED, ComplianceState.MISSED);
    }

    @Test
    void holidaysAndWeekendsAreDaysOffOnlyWhenTheRuleSkipsThem() {
        // National Day 2026: 1–7 October off, Sunday 27 September and Saturday 10 October worked (调休)
        WorkingCalendar cal = WorkingCalendar.of(
                List.of(d("2026-10-01"), d("2026-10-02"), d("2026-10-05"), d("2026-10-06"), d("2026-10-07")),
                List.of(d("2026-09-27"), d("2026-10-10")));
        RoundRule skipping = new RoundRule(UNIT, InspectionFrequency.DAILY, Rota.EVERY_DAY, true);
        List<ComplianceEntry> entries = evaluate(Tier.POST, skipping, "2026-09-26", "2026-10-11", List.of(),
                "2026-12-01", cal);
        assertThat(entries).filteredOn(e -> e.state() == ComplianceState.MISSED)
                .extracting(e -> e.period().from())
                .containsExactly(d("2026-09-27"), d("2026-09-28"), d("2026-09-29"), d("2026-09-30"),
                        d("2026-10-08"), d("2026-10-09"), d("2026-10-10"));
        List<ComplianceEntry> every = evaluate(Tier.POST, RoundRule.defaultFor(UNIT, Tier.POST), "2026-09-26",
                "2026-10-11", List.of(), "2026-12-01", cal);
        assertThat(every).allMatch(e -> e.state() == ComplianceState.MISSED);

        // a week of holidays needs no workshop round when the rule skips holidays
        RoundRule weekly = new RoundRule(UNIT, InspectionFrequency.WEEKLY, Rota.EVERY_DAY, true);
        WorkingCalendar goldenWeek = WorkingCalendar.of(List.of(d("2026-10-05"), d("2026-10-06"), d("2026-10-07"),
                d("2026-10-08"), d("2026-10-09")), List.of());
        assertThat(evaluate(Tier.WORKSHOP, weekly, "2026-10-05", "2026-10-11", List.of(), "2026-12-01", goldenWeek))
                .extracting(ComplianceEntry::state).containsExactly(ComplianceState.NOT_REQUIRED);
    }

    @Test
    void nothingIsRequiredBeforeTheUnitExistedButItsFirstPeriodIs() {
        RoundRule plant = RoundRule.defaultFor(UNIT, Tier.PLANT);
        List<ComplianceEntry> entries = ComplianceCalendar.evaluate(schedule(Tier.PLANT, plant, d("2026-06-10")),
                d("2026-05-01"), d("2026-06-30"), List.of(), d("2026-06-20"), WEEKDAYS);
        assertThat(entries).extracting(ComplianceEntry::state).containsExactly(ComplianceState.NOT_REQUIRED,
                ComplianceState.NOT_REQUIRED, ComplianceState.MISSED, ComplianceState.DUE);
    }

    @Test
    void upcomingDueDoneAndMissedFollowToday() {
        RoundRule post = RoundRule.defaultFor(UNIT, Tier.POST);
        List<ComplianceEntry> entries = evaluate(Tier.POST, post, "2026-06-13", "2026-06-16",
                List.of(d("2026-06-13")), "2026-06-15", WEEKDAYS);
        assertThat(entries).extracting(ComplianceEntry::state).containsExactly(ComplianceState.DONE,
                ComplianceState.MISSED, ComplianceState.DUE, ComplianceState.UPCOMING);
        assertThat(ComplianceCalendar.missedOn(entries, d("2026-06-14"))).hasSize(1);
        assertThat(ComplianceCalendar.missedOn(entries, d("2026-06-13"))).isEmpty();
    }

    @Test
    void aHalfMonthMissedShowsOnceOnItsLastDayAndEveryDayCarriesItsState() {
        RoundRule plant = RoundRule.defaultFor(UNIT, Tier.PLANT);
        List<ComplianceEntry> entries = evaluate(Tier.PLANT, plant, "2026-05-01", "2026-05-31", List.of(),
                "2026-06-15", WEEKDAYS);
        assertThat(entries).hasSize(2);
        int shown = 0;
        for (LocalDate day = d("2026-05-01"); !day.isAfter(d("2026-05-31")); day = day.plusDays(1)) {
            shown += ComplianceCalendar.missedOn(entries, day).size();
        }
        assertThat(shown).isEqualTo(2);
        List<DayCompliance> days = ComplianceCalendar.days(entries, List.of(), d("2026-05-01"), d("2026-05-31"));
        assertThat(days).hasSize(31).allMatch(x -> x.state() == ComplianceState.MISSED);
    }

    @Test
    void aUnitMayInspectMoreOftenThanItsTierButNotLessOften() {
        assertThat(new RoundRule(UNIT, InspectionFrequency.DAILY, null, false).validate(Tier.PLANT)).isEmpty();
        assertThat(new RoundRule(UNIT, InspectionFrequency.WEEKLY, null, false).validate(Tier.TEAM))
                .extracting(FieldError::messageKey).containsExactly("validation.roundRule.tooRare");
        // a rarer rule that slipped through is held to the tier's minimum anyway
        assertThat(ComplianceCalendar.effectiveFrequency(
                new RoundRule(UNIT, InspectionFrequency.HALF_MONTHLY, null, false), Tier.WORKSHOP))
                .isEqualTo(InspectionFrequency.WEEKLY);
    }

    @Test
    void aRotaIsACycleOfOnesAndZeros() {
        assertThatThrownBy(() -> new Rota(d("2026-01-01"), "0000")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Rota(d("2026-01-01"), "11x0")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Rota(d("2026-01-01"), "")).isInstanceOf(DomainException.class);
    }
}
