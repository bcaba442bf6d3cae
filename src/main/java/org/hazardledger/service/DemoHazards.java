package org.hazardledger.service;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.MajorCriterionCitation;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.MajorReason;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Tier;

/** Decides the demo hazards: when, where, by whom, what, how graded and how far each has come. */
final class DemoHazards {

    static final int COUNT = 2000;
    private static final long TWIST_SEED = 20_150_603L;
    private static final int PLANS_PENDING = 2;
    private static final double MAJOR_SHARE = 0.04;
    private static final List<HazardSource> SOURCES = List.of(HazardSource.POST_CHECK, HazardSource.TEAM_CHECK,
            HazardSource.WORKSHOP_CHECK, HazardSource.PLANT_CHECK, HazardSource.SPECIAL_INSPECTION,
            HazardSource.WORKER_REPORT, HazardSource.HOTLINE_12350, HazardSource.UNION_SUPERVISION,
            HazardSource.FEDERATION_INSPECTION);

    private final DemoSeeds seeds;
    private final DemoOrganisation org;
    private final DemoStaffing staffing;
    private final Random rng;
    /** The union's steps and the twists draw from their own stream, so the rest stays as it was. */
    private final Random twists = new Random(TWIST_SEED);
    private final LocalDate today;
    private final List<DemoTemplate> majorTemplates;
    /** Outside factors are beyond the enterprise by definition: such templates are always major. */
    private final List<DemoTemplate> generalTemplates;
    private final Map<String, List<OrgUnit>> workshopsByTemplate = new HashMap<>();

    DemoHazards(DemoSeeds seeds, DemoOrganisation org, DemoPeople people, Random rng, LocalDate today) {
        this.seeds = seeds;
        this.org = org;
        this.staffing = new DemoStaffing(org, people, rng);
        this.rng = rng;
        this.today = today;
        this.majorTemplates = seeds.templates().stream().filter(DemoTemplate::canBeMajor).toList();
        this.generalTemplates = seeds.templates().stream()
                .filter(t -> t.majorReason() != MajorReason.OUTSIDE_FACTORS).toList();
        for (DemoTemplate t : seeds.templates()) {
            workshopsByTemplate.put(t.code(), org.all(Tier.WORKSHOP).stream().filter(w -> t.fits(org.kind(w)))
                    .toList());
        }
    }

    /** All demo hazards, oldest first, so that ledger numbers run on with the finding date. */
    List<DemoHazardPlan> plan() {
        List<LocalDate> dates = foundDates();
        // A fixed number of majors rather than a coin per hazard: the share must not drift with the seed.
        List<Boolean> major = new ArrayList<>(Collections.nCopies(COUNT, false));
        Collections.fill(major.subList(0, (int) Math.round(COUNT * MAJOR_SHARE)), true);
        Collections.shuffle(major, rng);
        List<DemoHazardPlan> plans = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            plans.add(plan(dates.get(i), major.get(i)));
        }
        holdTheLatestMajorPlans(plans);
        return plans;
    }

    /** The newest assigned major hazards still wait for their plan: the principal's queue is never empty. */
    private static void holdTheLatestMajorPlans(List<DemoHazardPlan> plans) {
        int held = 0;
        for (int i = plans.size() - 1; i >= 0 && held < PLANS_PENDING; i--) {
            DemoHazardPlan p = plans.get(i);
            if (p.draft().grading().grade() == Grade.MAJOR && p.rectification() != null) {
                plans.set(i, p.withTwist(DemoTwist.PLAN_PENDING));
                held++;
            }
        }
    }

    private List<LocalDate> foundDates() {
        int span = (int) ChronoUnit.DAYS.between(today.minusYears(2), today);
        List<LocalDate> dates = new ArrayList<>(COUNT);
        while (dates.size() < COUNT) {
            LocalDate d = today.minusDays(rng.nextInt(span));
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            // Day shifts and management checks thin out at weekends.
            if (!weekend || DemoPick.chance(rng, 0.6)) {
                dates.add(d);
            }
        }
        Collections.sort(dates);
        return dates;
    }

    private DemoHazardPlan plan(LocalDate foundOn, boolean major) {
        // Most hazards come from the daily post and team checks.
        HazardSource source = DemoPick.weighted(rng, SOURCES, 30, 22, 16, 8, 7, 8, 2, 5, 2);
        DemoTemplate t = DemoPick.one(rng, major ? majorTemplates : generalTemplates);
        OrgUnit workshop = DemoPick.one(rng, workshopsByTemplate.get(t.code()));
        OrgUnit unit = staffing.unitFor(source, t, workshop);
        Grading grading = major ? majorGrading(t) : generalGrading(t, unit.tier());
        boolean anonymous = source == HazardSource.WORKER_REPORT && DemoPick.chance(rng, 0.3)
                || source == HazardSource.HOTLINE_12350 && DemoPick.chance(rng, 0.8);
        Person finder = anonymous ? null : staffing.finder(source, unit, workshop);
        DemoText text = new DemoText(seeds.slots(), rng, org.kind(workshop));
        Registration reg = new Registration(unit.id(), text.fill(t.place()), foundOn,
                finder == null ? null : finder.id(), anonymous, source, t.category(), t.form(),
                text.fill(t.description()));
        DemoTimeline time = DemoTimeline.draw(rng, foundOn, grading, t.form(), today).withUnionSteps(twists, today);
        Rectification r = time.assigned() ? rectification(t, text, grading, unit, workshop,
                source == HazardSource.POST_CHECK ? finder : null, time) : null;
        String result = time.acceptedOn() == null ? null : DemoPick.one(rng, seeds.acceptanceResults());
        Person rechecker = time.recheckedOn() == null ? null : staffing.rechecker(workshop);
        return new DemoHazardPlan(new HazardDraft(reg, grading), r, time, result,
                rechecker == null ? null : rechecker.id(), DemoTwist.draw(twists, grading, time));
    }

    private Grading majorGrading(DemoTemplate t) {
        RiskColour colour = DemoPick.weighted(rng, List.of(RiskColour.RED, RiskColour.ORANGE), 70, 30);
        return new Grading(Grade.MAJOR, null, t.majorReason(), colour, Tier.PLANT, citation(t, seeds));
    }

    /**
     * The clause of the chemical industry's (or the fire or gas) criteria a major template meets; the
     * ones no clause describes are graded major under "other" with the reason, as a clerk would.
     */
    static MajorCriterionCitation citation(DemoTemplate t, DemoSeeds seeds) {
        return switch (t.code()) {
            case "PD01", "PD03", "PD07" -> MajorCriterionCitation.clause("CHEM-03");
            case "FS05" -> MajorCriterionCitation.clause("CHEM-04");
            case "FS04" -> MajorCriterionCitation.clause("FIRE-05");
            case "SE07" -> MajorCriterionCitation.clause("FIRE-07");
            case "EO01", "EO04" -> MajorCriterionCitation.other(seeds.phrase("major_other_pressure_equipment"));
            case "EL08" -> MajorCriterionCitation.other(seeds.phrase("major_other_single_power_supply"));
            default -> MajorCriterionCitation.other(seeds.phrase("major_other_assessed"));
        };
    }

    /**
     * A sub-grade (A when the template could have been major), the tier it usually goes to (never
     * below the unit where found), and a colour for most.
     */
    private Grading generalGrading(DemoTemplate t, Tier unitTier) {
        String sub = t.canBeMajor() ? "A" : DemoPick.weighted(rng, List.of("A", "B", "C"), 12, 35, 53);
        Tier preferred = switch (sub) {
            case "A" -> DemoPick.weighted(rng, List.of(Tier.WORKSHOP, Tier.PLANT), 60, 40);
            case "B" -> DemoPick.weighted(rng, List.of(Tier.TEAM, Tier.WORKSHOP), 50, 50);
            default -> DemoPick.weighted(rng, List.of(Tier.POST, Tier.TEAM), 60, 40);
        };
        Tier tier = preferred.ordinal() < unitTier.ordinal() ? unitTier : preferred;
        RiskColour colour = null;
        if (DemoPick.chance(rng, 0.75)) {
            colour = switch (sub) {
                case "A" -> DemoPick.weighted(rng, List.of(RiskColour.ORANGE, RiskColour.YELLOW), 60, 40);
                case "B" -> DemoPick.weighted(rng, List.of(RiskColour.YELLOW, RiskColour.BLUE), 60, 40);
                default -> DemoPick.weighted(rng, List.of(RiskColour.BLUE, RiskColour.YELLOW), 80, 20);
            };
        }
        return new Grading(Grade.GENERAL, sub, null, colour, tier);
    }

    private Rectification rectification(DemoTemplate t, DemoText text, Grading g, OrgUnit unit, OrgUnit workshop,
                                        Person postFinder, DemoTimeline time) {
        boolean major = g.grade() == Grade.MAJOR;
        String measures = (major ? seeds.phrase("major_measures") : "") + text.fill(t.measures());
        String interim = (major ? seeds.phrase("major_interim") : "") + text.fill(t.interim());
        return new Rectification(measures, interim,
                staffing.responsible(g.rectifyingTier(), unit, workshop, postFinder).id(), time.deadline(),
                funds(g, t.form()), text.fill(t.acceptance()),
                staffing.acceptor(g.rectifyingTier(), unit, workshop).id());
    }

    /** Money set aside: none for behaviour, more the higher the tier. */
    private BigDecimal funds(Grading g, HazardForm form) {
        if (form == HazardForm.UNSAFE_BEHAVIOUR
                || form == HazardForm.MANAGEMENT_DEFECT && DemoPick.chance(rng, 0.5)) {
            return null;
        }
        long yuan = g.grade() == Grade.MAJOR ? DemoPick.between(rng, 200, 3000) * 1000L
                : switch (g.rectifyingTier()) {
                    case POST -> DemoPick.between(rng, 2, 20) * 10L;
                    case TEAM -> DemoPick.between(rng, 2, 30) * 100L;
                    case WORKSHOP -> DemoPick.between(rng, 1, 30) * 1000L;
                    case PLANT -> DemoPick.between(rng, 10, 200) * 1000L;
                };
        return BigDecimal.valueOf(yuan).setScale(2);
    }
}
