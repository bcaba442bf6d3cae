package org.hazardledger.service;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Checklist;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Handling;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Industry;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Person;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.Tier;
import org.hazardledger.store.AttachmentFiles;
import org.hazardledger.store.EventLog;
import org.hazardledger.store.StoreSession;

/**
 * A throw-away ledger for the benchmarks, built fast enough for a million hazards (S08).
 *
 * <p>Shape: one plant {@code B1} with the workshop {@link #WORKSHOP_CODE} (and, with more workshops
 * asked for, further plants of two workshops each); each workshop has three teams and its people (a
 * director, a leader and workers per team). The hazards are spread over the workshops and their teams,
 * found evenly from {@code from} to {@code to}, with texts filled from the demo templates and slots
 * (seeds/demo), so words such as 漏电, 脚手架 or 配电箱 occur as often as in the demo ledger and some
 * rarely. Each workshop holds a weekly round in every other week (rounds held and missed).
 *
 * <p>Lifecycle: hazards found in the last week are mostly registered or being rectified; older ones
 * are mostly closed, some still rectifying (overdue when their deadline passed), waiting for acceptance
 * or sign-off; after a year nearly all are closed (one in five hundred still rectifying, as many signed
 * off); about one in two hundred is major (plan approved by the principal, rectified at plant
 * tier). Every step a hazard went through is one audit event (REGISTER, ASSIGN, APPROVE_PLAN,
 * REPORT_RECTIFIED, ACCEPT, SIGN_OFF, CLOSE), chained as any other. Every hazard counts in its
 * workshop's archive (found by a workshop check or rectified at workshop tier; none rejected or
 * merged). About 3% have a photo (BEFORE; closed ones sometimes AFTER too): a dozen small pictures are
 * stored once and shared by SHA-256, as the attachment store does for identical files.
 *
 * <p>How: units, people and rounds through the ordinary operations; the hazards are built here and
 * written as an import writes them ({@code insertAll} and {@code EventLog.appendAll} per batch of
 * {@value #BATCH}). {@link #hazards} writes one slice, so a caller can split a big ledger into several
 * transactions. Deterministic: the same arguments give the same texts and states.
 */
final class BenchmarkLedger {

    /** The code of the workshop whose archive the benchmark prints. */
    static final String WORKSHOP_CODE = "B1-W1";
    static final int BATCH = 1_000;
    /** Filled texts per workshop kind: variety without filling templates a million times. */
    private static final int TEXTS_PER_KIND = 4_096;
    private static final String[] KINDS = {"SYNTHESIS", "DISTILLATION", "TANK_FARM", "POWER", "MAINTENANCE",
        "PACKAGING"};
    private static final int TEAMS = 3;
    private static final int WORKERS_PER_TEAM = 4;
    private static final int PHOTOS = 12;
    private static final long SEED = 20_260_615L;

    private BenchmarkLedger() {
    }

    /**
     * The names of seeds/demo/benchmark.csv: the enterprise, the first plant, workshop and director, and
     * the patterns ({n}) of the further plants, workshops and teams.
     */
    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (CSVRecord r : SeedFiles.read("demo/benchmark.csv")) {
            if (!"description".equals(r.get("kind"))) {
                names.put(r.get("kind"), r.get("text"));
            }
        }
        return names;
    }

    /** One workshop: its unit, teams, people and the texts its hazards are written with. */
    record Workshop(OrgUnit unit, List<OrgUnit> teams, Person director, List<Person> leaders,
                    List<List<Person>> workers, List<Texts> texts) {
    }

    /** One filled template: what a hazard of it says. */
    record Texts(String category, org.hazardledger.model.HazardForm form, boolean canBeMajor,
                 org.hazardledger.model.MajorReason reason, String place, String description, String measures,
                 String interim, String acceptance) {
    }

    /** What the slices share: the workshops, the stored photos, the period and who acts. */
    record Setup(UUID enterpriseId, List<Workshop> workshops, List<AttachmentFiles.Stored> photos,
                 List<String> acceptanceResults, String evidencePhrase, String planPhrase, LocalDate from,
                 LocalDate to, int hazards, Actor actor) {
    }

    /**
     * Reference data, the enterprise, {@code workshops} workshops with teams and people, their rounds
     * and the shared photos. The first workshop is {@link #WORKSHOP_CODE}.
     */
    static Setup setUp(StoreSession s, Actor actor, int hazards, int workshops, LocalDate from, LocalDate to) {
        Map<String, String> names = names();
        DemoSeeds seeds = DemoSeeds.read();
        ReferenceData.load(s);
        String name = names.get("enterprise");
        UUID enterpriseId = s.newId();
        s.organisation().insertEnterprise(new Enterprise(enterpriseId, name, name, Industry.CHEMICALS, null));
        Random rng = new Random(SEED);
        List<Workshop> out = new ArrayList<>();
        OrgUnit plant = null;
        int employee = 0;
        for (int w = 0; w < workshops; w++) {
            int plantNo = w / 2 + 1;
            if (w % 2 == 0) {
                plant = OrganisationOperations.addUnit(s, actor, null, Tier.PLANT, "B" + plantNo,
                        w == 0 ? names.get("plant") : numbered(names.get("plant_n"), plantNo));
            }
            String kind = KINDS[w % KINDS.length];
            String code = "B" + plantNo + "-W" + (w % 2 + 1);
            OrgUnit unit = OrganisationOperations.addUnit(s, actor, plant.id(), Tier.WORKSHOP, code,
                    w == 0 ? names.get("workshop") : numbered(names.get("workshop_n"), w + 1));
            Person director = OrganisationOperations.addPerson(s, actor, unit.id(), employeeNo(++employee),
                    w == 0 ? names.get("director") : personName(seeds, rng), Role.WORKSHOP_DIRECTOR);
            List<OrgUnit> teams = new ArrayList<>();
            List<Person> leaders = new ArrayList<>();
            List<List<Person>> workers = new ArrayList<>();
            for (int t = 1; t <= TEAMS; t++) {
                OrgUnit team = OrganisationOperations.addUnit(s, actor, unit.id(), Tier.TEAM, code + "-T" + t,
                        numbered(names.get("team_n"), t));
                teams.add(team);
                leaders.add(OrganisationOperations.addPerson(s, actor, team.id(), employeeNo(++employee),
                        personName(seeds, rng), Role.TEAM_LEADER));
                List<Person> crew = new ArrayList<>();
                for (int k = 0; k < WORKERS_PER_TEAM; k++) {
                    crew.add(OrganisationOperations.addPerson(s, actor, team.id(), employeeNo(++employee),
                            personName(seeds, rng), Role.WORKER));
                }
                workers.add(crew);
            }
            out.add(new Workshop(unit, teams, director, leaders, workers, texts(seeds, kind, new Random(SEED + w))));
            Checklist checklist = RoundOperations.checklistFor(s, unit.id());
            // Rounds may be entered for the last two years only (RoundDraft): a longer ledger has them there.
            LocalDate firstRound = from.isBefore(to.minusYears(RoundDraft.YEARS_BACK).plusDays(1))
                    ? to.minusYears(RoundDraft.YEARS_BACK).plusDays(1) : from;
            LocalDate monday = firstRound.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            for (int week = 0; !monday.plusWeeks(week).isAfter(to); week += 2) {
                RoundOperations.record(s, actor,
                        RoundDraft.allOk(unit.id(), monday.plusWeeks(week), List.of(director.id()), checklist));
            }
        }
        List<AttachmentFiles.Stored> photos = new ArrayList<>();
        if (hazards > 0) {
            for (int i = 0; i < PHOTOS; i++) {
                byte[] png = DemoAttachments.drawRandom("YH-" + (i + 1), i % 2 == 1, rng, to.minusDays(i));
                photos.add(s.attachmentFiles().put(new ByteArrayInputStream(png)));
            }
        }
        return new Setup(enterpriseId, List.copyOf(out), photos, seeds.acceptanceResults(),
                seeds.phrase("evidence_done"), seeds.phrase("plan_timetable"), from, to, hazards, actor);
    }

    private static String numbered(String pattern, int n) {
        return pattern.replace("{n}", Integer.toString(n));
    }

    private static String employeeNo(int n) {
        return String.format("B%05d", n);
    }

    private static String personName(DemoSeeds seeds, Random rng) {
        return DemoPick.one(rng, seeds.surnames()) + DemoPick.one(rng, seeds.givenNames());
    }

    private static List<Texts> texts(DemoSeeds seeds, String kind, Random rng) {
        List<DemoTemplate> fitting = seeds.templates().stream().filter(t -> t.fits(kind)).toList();
        List<Texts> out = new ArrayList<>(TEXTS_PER_KIND);
        for (int i = 0; i < TEXTS_PER_KIND; i++) {
            DemoTemplate t = DemoPick.one(rng, fitting);
            DemoText text = new DemoText(seeds.slots(), rng, kind);
            out.add(new Texts(t.category(), t.form(), t.canBeMajor(), t.majorReason(), text.fill(t.place()),
                    text.fill(t.description()), text.fill(t.measures()), text.fill(t.interim()),
                    text.fill(t.acceptance())));
        }
        return out;
    }

    private static LocalDate foundOn(Setup setup, int i) {
        long days = ChronoUnit.DAYS.between(setup.from(), setup.to()) + 1;
        return setup.from().plusDays(i * days / Math.max(1, setup.hazards()));
    }

    /**
     * Writes hazards {@code first} (inclusive) to {@code last} (exclusive) with their events and photos.
     * Numbers run per month in the order found, so slice after slice continues each month's count.
     */
    static void hazards(StoreSession s, Setup setup, int first, int last, Map<YearMonth, Integer> numbered,
                        Progress progress) {
        Instant now = s.clock().instant();
        LocalDate today = setup.to();
        List<Hazard> batch = new ArrayList<>(BATCH);
        List<EventLog.Pending> events = new ArrayList<>(BATCH * 6);
        List<Attachment> attachments = new ArrayList<>();
        Random rng = new Random(SEED ^ first);
        for (int i = first; i < last; i++) {
            LocalDate foundOn = foundOn(setup, i);
            YearMonth month = YearMonth.from(foundOn);
            int seq = numbered.merge(month, 1, Integer::sum);
            Hazard h = hazard(setup, rng, s.newId(), new HazardNumber(month, seq), foundOn, today, now, i, events);
            batch.add(h);
            photos(s, setup, rng, h, now, attachments, events);
            if (batch.size() == BATCH || i == last - 1) {
                progress.checkCancelled();
                s.hazards().insertAll(setup.enterpriseId(), batch);
                s.events().appendAll(events);
                s.attachments().insertAll(attachments);
                batch.clear();
                events.clear();
                attachments.clear();
                progress.update(i + 1, setup.hazards());
            }
        }
    }

    private static Hazard hazard(Setup setup, Random rng, UUID id, HazardNumber number, LocalDate foundOn,
                                 LocalDate today, Instant now, int i, List<EventLog.Pending> events) {
        Workshop w = setup.workshops().get(i % setup.workshops().size());
        int team = rng.nextInt(TEAMS + 1); // TEAMS: the workshop itself
        UUID unitId = team == TEAMS ? w.unit().id() : w.teams().get(team).id();
        Person finder = team == TEAMS ? w.director() : DemoPick.one(rng, w.workers().get(team));
        Person responsible = team == TEAMS ? w.director() : w.leaders().get(team);
        Texts t = w.texts().get(rng.nextInt(w.texts().size()));
        boolean major = t.canBeMajor() && rng.nextInt(40) == 0;
        HazardSource source = major || rng.nextInt(3) > 0 ? HazardSource.WORKSHOP_CHECK
                : team == TEAMS ? HazardSource.WORKER_REPORT : HazardSource.TEAM_CHECK;
        Tier tier = major ? Tier.PLANT : Tier.WORKSHOP;
        Grading grading = major ? new Grading(Grade.MAJOR, null, t.reason(), RiskColour.RED, tier)
                : new Grading(Grade.GENERAL, rng.nextInt(3) == 0 ? "A" : "B", null, null, tier);
        boolean anonymous = source == HazardSource.WORKER_REPORT && rng.nextInt(4) == 0;
        Registration reg = new Registration(unitId, t.place(), foundOn, anonymous ? null : finder.id(), anonymous,
                source, t.category(), t.form(), t.description());
        long age = ChronoUnit.DAYS.between(foundOn, today);
        HazardStatus status = status(rng, age, major);
        String actor = setup.actor().name();
        events.add(new EventLog.Pending(actor, HazardOperations.ENTITY, id, "REGISTER", new EventPayload()
                .put("number", number).put("unit", unitId).put("place", reg.place()).put("foundOn", foundOn)
                .put("finder", reg.finderId()).put("anonymous", anonymous).put("source", source)
                .put("category", reg.category()).put("form", reg.form()).put("description", reg.description())
                .put("grade", grading.grade()).put("subGrade", grading.subGrade())
                .put("majorReason", grading.majorReason()).put("riskColour", grading.riskColour())
                .put("rectifyingTier", tier).toJson()));
        if (status == HazardStatus.REGISTERED) {
            return new Hazard(id, 1, number, status, reg, grading, null, Outcome.NONE, Handling.NONE, now, now);
        }
        LocalDate deadline = foundOn.plusDays(major ? 60 : 7 + rng.nextInt(24));
        Rectification rect = new Rectification(t.measures(), t.interim(), responsible.id(), deadline,
                BigDecimal.valueOf(major ? 20_000 + rng.nextInt(80) * 1_000 : rng.nextInt(20) * 500L),
                t.acceptance(), w.director().id());
        HazardStatus at = HazardStatus.REGISTERED;
        at = step(events, actor, id, HazardAction.ASSIGN, at,
                major ? HazardStatus.AWAITING_PLAN_APPROVAL : HazardStatus.RECTIFYING,
                new EventPayload().put("responsible", responsible.id()).put("deadline", deadline)
                        .put("measures", rect.measures()));
        String plan = null;
        LocalDate planApproved = null;
        if (major) {
            plan = rect.measures() + "\n" + setup.planPhrase() + deadline;
            planApproved = foundOn.plusDays(3);
            if (status != HazardStatus.AWAITING_PLAN_APPROVAL) {
                at = step(events, actor, id, HazardAction.APPROVE_PLAN, at, HazardStatus.RECTIFYING,
                        new EventPayload().put("approvedOn", planApproved));
            }
        }
        if (status == HazardStatus.AWAITING_PLAN_APPROVAL || status == HazardStatus.RECTIFYING) {
            Handling d = new Handling(plan, status == HazardStatus.RECTIFYING ? planApproved : null,
                    status == HazardStatus.RECTIFYING && major ? actor : null, null, null, null, null, null, null,
                    null, null, null, null, null, null, 0);
            return new Hazard(id, 1, number, status, reg, grading, rect, Outcome.NONE, d, now, now);
        }
        // Rectified: mostly in time, some late; then accepted, signed off and struck off a few days apart.
        LocalDate rectified = min(today, foundOn.plusDays(1 + rng.nextInt(
                (int) ChronoUnit.DAYS.between(foundOn, deadline) + (rng.nextInt(10) == 0 ? 10 : 0))));
        String evidence = setup.evidencePhrase() + rect.measures();
        at = step(events, actor, id, HazardAction.REPORT_RECTIFIED, at, HazardStatus.AWAITING_ACCEPTANCE,
                new EventPayload().put("rectifiedOn", rectified).put("evidence", evidence));
        LocalDate accepted = null;
        String result = null;
        if (status != HazardStatus.AWAITING_ACCEPTANCE) {
            accepted = min(today, rectified.plusDays(rng.nextInt(3)));
            result = DemoPick.one(rng, setup.acceptanceResults());
            at = step(events, actor, id, HazardAction.ACCEPT, at, HazardStatus.AWAITING_SIGN_OFF,
                    new EventPayload().put("acceptedOn", accepted).put("result", result));
        }
        LocalDate signed = null;
        if (status == HazardStatus.SIGNED_OFF || status == HazardStatus.CLOSED) {
            signed = min(today, accepted.plusDays(rng.nextInt(3)));
            at = step(events, actor, id, HazardAction.SIGN_OFF, at, HazardStatus.SIGNED_OFF,
                    new EventPayload().put("signedOffOn", signed).put("tier", tier));
        }
        LocalDate closed = null;
        if (status == HazardStatus.CLOSED) {
            closed = min(today, signed.plusDays(rng.nextInt(2)));
            step(events, actor, id, HazardAction.CLOSE, at, HazardStatus.CLOSED,
                    new EventPayload().put("closedOn", closed));
        }
        Outcome outcome = new Outcome(rectified, result, accepted, closed, null, null);
        Handling d = new Handling(plan, planApproved, major ? actor : null, null, evidence,
                accepted == null ? null : w.director().name(), null, signed, signed == null ? null : actor,
                signed == null ? null : tier, null, closed == null ? null : actor, null, null, null, 0);
        return new Hazard(id, 1, number, status, reg, grading, rect, outcome, d, now, now);
    }

    /** Where a hazard found {@code age} days ago stands now. */
    private static HazardStatus status(Random rng, long age, boolean major) {
        int roll = rng.nextInt(100);
        if (age < 7) {
            return roll < 45 ? HazardStatus.REGISTERED
                    : major ? HazardStatus.AWAITING_PLAN_APPROVAL : HazardStatus.RECTIFYING;
        }
        if (age < 30) {
            return roll < 10 ? HazardStatus.REGISTERED : roll < 45 ? HazardStatus.RECTIFYING
                    : roll < 55 ? HazardStatus.AWAITING_ACCEPTANCE : roll < 65 ? HazardStatus.AWAITING_SIGN_OFF
                    : roll < 75 ? HazardStatus.SIGNED_OFF : HazardStatus.CLOSED;
        }
        if (age >= 365) {
            // a year on, a ledger that is kept has closed nearly everything: one in five hundred lingers
            return rng.nextInt(5) > 0 ? HazardStatus.CLOSED : roll < 1 ? HazardStatus.RECTIFYING
                    : roll < 2 ? HazardStatus.SIGNED_OFF : HazardStatus.CLOSED;
        }
        return roll < 2 ? HazardStatus.REGISTERED : roll < 8 ? HazardStatus.RECTIFYING
                : roll < 10 ? HazardStatus.AWAITING_ACCEPTANCE : roll < 12 ? HazardStatus.AWAITING_SIGN_OFF
                : roll < 15 ? HazardStatus.SIGNED_OFF : HazardStatus.CLOSED;
    }

    private static HazardStatus step(List<EventLog.Pending> events, String actor, UUID id, HazardAction action,
                                     HazardStatus from, HazardStatus to, EventPayload payload) {
        events.add(new EventLog.Pending(actor, HazardOperations.ENTITY, id, action.name(),
                payload.put("from", from).put("to", to).toJson()));
        return to;
    }

    private static void photos(StoreSession s, Setup setup, Random rng, Hazard h, Instant now,
                               List<Attachment> out, List<EventLog.Pending> events) {
        if (setup.photos().isEmpty() || rng.nextInt(33) != 0) {
            return;
        }
        add(s, setup, rng, h, now, AttachmentKind.BEFORE, out, events);
        if (h.status() == HazardStatus.CLOSED && rng.nextBoolean()) {
            add(s, setup, rng, h, now, AttachmentKind.AFTER, out, events);
        }
    }

    private static void add(StoreSession s, Setup setup, Random rng, Hazard h, Instant now, AttachmentKind kind,
                            List<Attachment> out, List<EventLog.Pending> events) {
        AttachmentFiles.Stored photo = setup.photos().get(rng.nextInt(setup.photos().size()));
        Attachment a = AttachmentOperations.build(s.newId(), now, setup.actor(), AttachmentOwnerKind.HAZARD, h.id(), kind,
                photo, h.number() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".png");
        out.add(a);
        events.add(new EventLog.Pending(setup.actor().name(), AttachmentOperations.ENTITY, a.id(), "ATTACH",
                new EventPayload().put("ownerKind", a.ownerKind()).put("owner", a.ownerId()).put("kind", a.kind())
                        .put("fileName", a.fileName()).put("mediaType", a.mediaType()).put("size", a.size())
                        .put("sha256", a.sha256()).toJson()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
