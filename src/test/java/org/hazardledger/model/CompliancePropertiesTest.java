package org.hazardledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A missed round is counted exactly once, whatever the rule, the rota, the holidays and the range. */
class CompliancePropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    private static final UUID UNIT = UUID.fromString("00000000-0000-7000-8000-000000000002");

    record Case(Tier tier, RoundRule rule, LocalDate since, WorkingCalendar calendar, List<LocalDate> held,
                LocalDate today) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Tier> tiers = Arbitraries.of(Tier.class);
        Arbitrary<InspectionFrequency> freqs = Arbitraries.of(InspectionFrequency.class);
        Arbitrary<String> patterns = Arbitraries.strings().withChars('0', '1').ofMinLength(1).ofMaxLength(14)
                .map(p -> p.indexOf('1') < 0 ? p + "1" : p);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, 400);
        Arbitrary<List<LocalDate>> holidays = offsets.map(BASE::plusDays).list().ofMaxSize(30);
        Arbitrary<List<LocalDate>> held = offsets.map(BASE::plusDays).list().ofMaxSize(120);
        return Combinators.combine(tiers, freqs, patterns, offsets, Arbitraries.of(true, false), holidays, held,
                offsets.injectNull(0.5)).as((tier, f, pattern, anchor, skip, hol, h, since) -> {
                    RoundRule rule = new RoundRule(UNIT, f, new Rota(BASE.plusDays(anchor), pattern), skip);
                    return new Case(tier, rule, since == null ? null : BASE.plusDays(since),
                            WorkingCalendar.of(hol, List.of()), h, BASE.plusDays(200));
                });
    }

    private static List<ComplianceEntry> evaluate(Case c, LocalDate from, LocalDate to) {
        return ComplianceCalendar.evaluate(new ComplianceCalendar.Schedule(UNIT, "单位", c.tier(), c.rule(), c.since()),
                from, to, c.held(), c.today(), c.calendar());
    }

    @Property(tries = 300)
    void eachMissedPeriodIsCountedOnceInTheRangeAndShownOnOneDay(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 380) int start, @ForAll @IntRange(min = 0, max = 80) int length) {
        LocalDate from = BASE.plusDays(start);
        LocalDate to = from.plusDays(length);
        List<ComplianceEntry> entries = evaluate(c, from, to);

        // whole periods, each once, in order, covering the range without gaps
        assertThat(entries.get(0).period().contains(from)).isTrue();
        assertThat(entries.get(entries.size() - 1).period().contains(to)).isTrue();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).period().from()).isEqualTo(entries.get(i - 1).period().to().plusDays(1));
        }

        // missedOn over every day of the range shows exactly the missed periods ending in it, once each
        Map<RoundPeriod, Integer> shown = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (ComplianceEntry e : ComplianceCalendar.missedOn(evaluate(c, d, d), d)) {
                shown.merge(e.period(), 1, Integer::sum);
            }
        }
        Set<RoundPeriod> missedEndingInRange = new HashSet<>();
        for (ComplianceEntry e : entries) {
            if (e.state() == ComplianceState.MISSED && !e.period().to().isAfter(to)) {
                missedEndingInRange.add(e.period());
            }
        }
        assertThat(shown.keySet()).isEqualTo(missedEndingInRange);
        assertThat(shown.values()).allMatch(n -> n == 1);

        // the summary counts what the entries say
        ComplianceSummary sum = ComplianceSummary.of(entries);
        assertThat(sum.missed()).isEqualTo((int) entries.stream().filter(e -> e.state() == ComplianceState.MISSED).count());
        assertThat(sum.done() + sum.missed() + sum.due()).isLessThanOrEqualTo(entries.size());
    }

    @Property(tries = 200)
    void aPeriodIsMissedOnlyIfItWasRequiredOverAndEmpty(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 380) int start) {
        LocalDate from = BASE.plusDays(start);
        for (ComplianceEntry e : evaluate(c, from, from.plusDays(40))) {
            boolean required = ComplianceCalendar.required(c.rule(), c.since(), e.period(), c.calendar());
            if (e.state() == ComplianceState.MISSED) {
                assertThat(required).isTrue();
                assertThat(e.roundsHeld()).isZero();
                assertThat(e.period().to()).isBefore(c.today());
            }
            if (e.roundsHeld() > 0) {
                assertThat(e.state()).isEqualTo(ComplianceState.DONE);
            }
            if (!required && e.roundsHeld() == 0) {
                assertThat(e.state()).isEqualTo(ComplianceState.NOT_REQUIRED);
            }
        }
    }

    @Property(tries = 200)
    void splittingARangeAtPeriodBoundariesSplitsTheCounts(@ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 300) int start, @ForAll @IntRange(min = 1, max = 60) int cut) {
        InspectionFrequency f = ComplianceCalendar.effectiveFrequency(c.rule(), c.tier());
        LocalDate from = ComplianceCalendar.periodOf(f, BASE.plusDays(start)).from();
        LocalDate mid = ComplianceCalendar.periodOf(f, from.plusDays(cut)).to();
        LocalDate to = ComplianceCalendar.periodOf(f, mid.plusDays(30)).to();
        ComplianceSummary whole = ComplianceSummary.of(evaluate(c, from, to));
        ComplianceSummary parts = ComplianceSummary.of(evaluate(c, from, mid))
                .plus(ComplianceSummary.of(evaluate(c, mid.plusDays(1), to)));
        assertThat(parts).isEqualTo(whole);
        List<ComplianceEntry> all = new ArrayList<>(evaluate(c, from, mid));
        all.addAll(evaluate(c, mid.plusDays(1), to));
        assertThat(all).isEqualTo(evaluate(c, from, to));
    }
}
