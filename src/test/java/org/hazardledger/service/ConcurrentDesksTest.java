package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.ConflictException;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Grading;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardAction;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardNumber;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Outcome;
import org.hazardledger.model.Rectification;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Tier;
import org.hazardledger.store.EventLog;
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.LedgerFixture.SmallEnterprise;
import org.hazardledger.testing.PostgresTestServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's acceptance for concurrent writers: eight desks (each its own connection pool, as eight
 * workbenches on one server) take random legal lifecycle steps on the same hundred hazards. No
 * update may be lost: the accepted steps form one unbroken chain of revisions per hazard, replaying
 * them one after the other on a fresh ledger gives exactly what the server holds, every refusal is
 * a conflict the user is told about, and the audit trail has one entry per accepted step and stays
 * one intact chain.
 */
class ConcurrentDesksTest {

    private static final int DESKS = 8;
    private static final int STEPS_PER_DESK = 150;
    private static final int HAZARDS = 100;
    /** Half the picks go to these few hazards, so desks really do collide. */
    private static final int HOT = 10;
    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    Path dir;

    @Test
    @Tag("postgresql")
    void eightWorkbenchesOnOneServerLoseNoUpdateAndKeepOneAuditChain() throws Exception {
        var server = PostgresTestServer.freshDatabase();
        Path data = dir.resolve("server");
        try (LedgerFixture ledger = new LedgerFixture(data, server)) {
            SmallEnterprise e = ledger.initialiseSmall();
            List<HazardNumber> numbers = registerHazards(ledger, e);
            int setupEvents = eventCount(ledger);
            List<LedgerFixture> workbenches = new ArrayList<>();
            try {
                List<Desk> desks = new ArrayList<>();
                for (int i = 0; i < DESKS; i++) {
                    LedgerFixture w = new LedgerFixture(data, server);
                    workbenches.add(w);
                    desks.add(new Desk(i, w.hazards, w.session));
                }
                Run run = run(desks, e, numbers);
                checkRun(ledger, e, numbers, run, setupEvents);
            } finally {
                workbenches.forEach(LedgerFixture::close);
            }
        }
    }

    /** The same on the embedded file: eight desks in one process share its pool. */
    @Test
    void eightDesksOnTheEmbeddedLedgerLoseNoUpdateEither() throws Exception {
        try (LedgerFixture ledger = new LedgerFixture(dir.resolve("embedded"))) {
            SmallEnterprise e = ledger.initialiseSmall();
            List<HazardNumber> numbers = registerHazards(ledger, e);
            int setupEvents = eventCount(ledger);
            List<Desk> desks = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                UserSession session = new UserSession(new Actor("desk " + i));
                desks.add(new Desk(i, new HazardService(ledger.store, session), session));
            }
            Run run = run(desks, e, numbers);
            checkRun(ledger, e, numbers, run, setupEvents);
        }
    }

    // ---- the run ----

    private record Desk(int index, HazardService hazards, UserSession session) {
    }

    /** One accepted write: the hazard, the revision the desk saw and the one it made, and what it did. */
    private record Write(HazardNumber number, int before, int after, HazardStatus to, Step step) {
    }

    private record Run(List<Write> accepted, int conflicts) {
    }

    private static List<HazardNumber> registerHazards(LedgerFixture ledger, SmallEnterprise e) {
        List<HazardNumber> numbers = new ArrayList<>();
        for (int i = 0; i < HAZARDS; i++) {
            numbers.add(ledger.hazards.register(e.leakingValve(foundOn(i))).number());
        }
        return numbers;
    }

    private static LocalDate foundOn(int i) {
        return TODAY.minusDays(i % 14);
    }

    private static Run run(List<Desk> desks, SmallEnterprise e, List<HazardNumber> numbers) throws Exception {
        Queue<Write> accepted = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(desks.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Desk d : desks) {
                running.add(pool.submit(() -> {
                    start.await();
                    work(d, e, numbers, accepted, conflicts);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES); // a desk's failure (not a conflict) fails the test with its cause
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(List.copyOf(accepted), conflicts.get());
    }

    private static void work(Desk d, SmallEnterprise e, List<HazardNumber> numbers, Queue<Write> accepted,
                             AtomicInteger conflicts) {
        Random random = new Random(20260615L + d.index());
        for (int n = 0; n < STEPS_PER_DESK; n++) {
            HazardNumber number = numbers.get(random.nextBoolean() ? random.nextInt(HOT) : random.nextInt(HAZARDS));
            Hazard seen = d.hazards().byNumber(number.toString()).orElseThrow();
            Step step = Step.pick(random, d.index(), seen, numbers);
            d.session().signIn(step.actor(e));
            try {
                Hazard after = d.hazards().perform(seen.id(), seen.revision(), step.command(e, seen));
                accepted.add(new Write(number, seen.revision(), after.revision(), after.status(), step));
            } catch (DomainException ex) {
                if (!isConflict(ex)) {
                    throw new AssertionError("desk " + d.index() + " was refused " + step + " on " + seen
                            + " for a reason other than a conflict: " + ex.getMessage(), ex);
                }
                conflicts.incrementAndGet();
            }
        }
    }

    /** A conflicting save: someone else changed the hazard after this desk read it. */
    private static boolean isConflict(DomainException ex) {
        // a revision conflict, however the service words it (StaleRecordException is one; the
        // service's who-changed-what refusal is another)
        return ex instanceof ConflictException;
    }

    // ---- the random legal steps ----

    /** What a desk chose, as data, so the same step can be taken again on another ledger. */
    private record Step(int desk, HazardAction action, String subGrade, HazardNumber into,
                        Tier unionTier) {

        static Step pick(Random r, int desk, Hazard seen, List<HazardNumber> numbers) {
            List<HazardAction> legal = new ArrayList<>();
            Tier tier = seen.grading().rectifyingTier();
            boolean canEscalate = tier.next().isPresent();
            switch (seen.status()) {
                case REGISTERED -> {
                    legal.addAll(List.of(HazardAction.REGRADE, HazardAction.ASSIGN, HazardAction.ASSIGN,
                            HazardAction.REJECT_NOT_HAZARD, HazardAction.MERGE_DUPLICATE));
                    if (canEscalate) {
                        legal.add(HazardAction.ESCALATE);
                    }
                }
                case RECTIFYING -> {
                    legal.addAll(List.of(HazardAction.REPORT_RECTIFIED, HazardAction.REPORT_RECTIFIED));
                    if (canEscalate) {
                        legal.add(HazardAction.ESCALATE);
                    }
                }
                case AWAITING_ACCEPTANCE ->
                        legal.addAll(List.of(HazardAction.ACCEPT, HazardAction.ACCEPT, HazardAction.REJECT_ACCEPTANCE));
                case AWAITING_SIGN_OFF -> legal.add(HazardAction.SIGN_OFF);
                case SIGNED_OFF -> legal.add(HazardAction.CLOSE);
                case CLOSED -> legal.addAll(List.of(HazardAction.RECHECK_PASS, HazardAction.RECHECK_FAIL, HazardAction.REOPEN));
                case REJECTED, MERGED -> legal.add(HazardAction.REOPEN);
                default -> throw new AssertionError("no step planned from " + seen.status());
            }
            var action = legal.get(r.nextInt(legal.size()));
            HazardNumber into = numbers.get(r.nextInt(numbers.size()));
            if (into.equals(seen.number())) {
                into = numbers.get((numbers.indexOf(into) + 1) % numbers.size());
            }
            return new Step(desk, action, List.of("A", "B", "C").get(r.nextInt(3)), into,
                    tier.answerableTier());
        }

        /** The clerk of this desk, or for the sign-off its union member answering at the hazard's tier. */
        Actor actor(SmallEnterprise e) {
            if (action == HazardAction.SIGN_OFF) {
                OrgUnit scope = switch (unionTier) {
                    case TEAM, POST -> e.team();
                    case WORKSHOP -> e.workshop();
                    case PLANT -> e.plant();
                };
                return new Actor("desk " + desk + " union member", AccountRole.UNION_MEMBER, null, scope.id());
            }
            return new Actor("desk " + desk + " clerk", AccountRole.CLERK, null, null);
        }

        HazardCommand command(SmallEnterprise e, Hazard seen) {
            String by = " (desk " + desk + ")";
            return switch (action) {
                case REGRADE -> new HazardCommand.Regrade(new Grading(Grade.GENERAL, subGrade, null, null,
                        seen.grading().rectifyingTier()));
                case ASSIGN -> new HazardCommand.Assign(e.replaceGasket(seen.registration().foundOn()),
                        "measures with a timetable" + by);
                case ESCALATE -> new HazardCommand.Escalate("beyond this tier" + by);
                case REPORT_RECTIFIED -> new HazardCommand.ReportRectified(TODAY, "gasket replaced" + by);
                case ACCEPT -> new HazardCommand.Accept(TODAY, "no leak" + by);
                case REJECT_ACCEPTANCE -> new HazardCommand.RejectAcceptance("still leaking" + by);
                case SIGN_OFF -> new HazardCommand.SignOff(TODAY, "seen" + by);
                case CLOSE -> new HazardCommand.Close(TODAY);
                case RECHECK_PASS -> new HazardCommand.RecheckPass(TODAY, e.worker().id(), "holds" + by);
                case RECHECK_FAIL -> new HazardCommand.RecheckFail(TODAY, e.worker().id(), "leaks again" + by);
                case REJECT_NOT_HAZARD -> new HazardCommand.RejectNotHazard("not a hazard" + by);
                case MERGE_DUPLICATE -> new HazardCommand.MergeDuplicate(into, "duplicate" + by);
                case REOPEN -> new HazardCommand.Reopen("found again" + by);
                default -> throw new AssertionError("not planned: " + action);
            };
        }
    }

    // ---- the checks ----

    private static void checkRun(LedgerFixture ledger, SmallEnterprise e, List<HazardNumber> numbers, Run run,
                                 int setupEvents) {
        int attempts = DESKS * STEPS_PER_DESK;
        assertThat(run.accepted().size() + run.conflicts()).isEqualTo(attempts);
        assertThat(run.conflicts()).as("desks collided: the run tested contention").isPositive();

        Map<HazardNumber, List<Write>> byHazard = run.accepted().stream().collect(Collectors.groupingBy(
                Write::number, () -> new TreeMap<>(Comparator.comparing(HazardNumber::toString)), Collectors.toList()));
        for (List<Write> writes : byHazard.values()) {
            writes.sort(Comparator.comparingInt(Write::before));
            for (int i = 0; i < writes.size(); i++) {
                Write w = writes.get(i);
                assertThat(w.before()).as("%s: write %d starts from the revision before it, no gap or fork",
                        w.number(), i).isEqualTo(i + 1);
                assertThat(w.after()).isEqualTo(w.before() + 1);
            }
        }

        // The audit trail: one entry per accepted write, by the desk that made it, in revision order.
        ledger.store.transact(s -> {
            assertThat(s.events().count()).isEqualTo(setupEvents + run.accepted().size());
            assertThat(s.events().verify().isIntact()).isTrue();
            for (HazardNumber number : numbers) {
                Hazard h = s.hazards().byNumber(number.toString()).orElseThrow();
                List<Write> writes = byHazard.getOrDefault(number, List.of());
                List<EventLog.Event> events = s.events().forEntity(h.id());
                assertThat(events).extracting(EventLog.Event::action).as("%s's trail", number)
                        .containsExactlyElementsOf(concat("REGISTER", writes.stream()
                                .map(w -> w.step().action().name()).toList()));
                assertThat(events.subList(1, events.size())).extracting(EventLog.Event::actor)
                        .containsExactlyElementsOf(writes.stream().map(w -> w.step().actor(e).name()).toList());
                assertThat(h.revision()).as("%s's revision", number).isEqualTo(1 + writes.size());
            }
            return null;
        });
        assertThat(ledger.audit.verify().isIntact()).isTrue();

        // A serial replay of the accepted writes on a fresh ledger ends where the concurrent run did.
        Path replayDir = ledger.dataDir.resolveSibling(ledger.dataDir.getFileName() + "-replay");
        try (LedgerFixture replay = new LedgerFixture(replayDir)) {
            SmallEnterprise re = replay.initialiseSmall();
            assertThat(registerHazards(replay, re)).isEqualTo(numbers);
            for (Map.Entry<HazardNumber, List<Write>> entry : byHazard.entrySet()) {
                for (Write w : entry.getValue()) {
                    Hazard h = replay.hazards.byNumber(entry.getKey().toString()).orElseThrow();
                    replay.session.signIn(w.step().actor(re));
                    Hazard after = replay.hazards.perform(h.id(), w.before(), w.step().command(re, h));
                    assertThat(after.status()).isEqualTo(w.to());
                }
            }
            for (HazardNumber number : numbers) {
                Hazard concurrent = ledger.hazards.byNumber(number.toString()).orElseThrow();
                Hazard serial = replay.hazards.byNumber(number.toString()).orElseThrow();
                assertThat(canonical(concurrent, e)).as(number.toString()).isEqualTo(canonical(serial, re));
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** The hazard with its ledger's own ids (of the hazard, the units and people) replaced by the roles they play. */
    private static Hazard canonical(Hazard h, SmallEnterprise e) {
        Map<UUID, UUID> roles = Map.of(e.plant().id(), uuid(1), e.workshop().id(), uuid(2), e.team().id(), uuid(3),
                e.post().id(), uuid(4), e.worker().id(), uuid(5), e.leader().id(), uuid(6), e.director().id(),
                uuid(7));
        Registration g = h.registration();
        Registration reg = new Registration(map(roles, g.unitId()), g.place(), g.foundOn(), map(roles, g.finderId()),
                g.anonymous(), g.source(), g.category(), g.form(), g.description());
        Rectification r = h.rectification();
        Rectification rect = r == null ? null : new Rectification(r.measures(), r.interimSafeguards(),
                map(roles, r.responsibleId()), r.deadline(), r.funds().stripTrailingZeros(), r.acceptanceStandard(),
                map(roles, r.acceptorId()));
        Outcome o = h.outcome();
        Outcome out = new Outcome(o.rectifiedOn(), o.acceptanceResult(), o.acceptedOn(), o.closedOn(),
                map(roles, o.recheckerId()), o.recheckedOn());
        return new Hazard(uuid(0), h.revision(), h.number(), h.status(), reg, h.grading(), rect, out, h.handling(),
                h.createdAt(), h.updatedAt());
    }

    private static UUID uuid(long n) {
        return new UUID(0, n);
    }

    private static UUID map(Map<UUID, UUID> roles, UUID id) {
        return id == null ? null : roles.getOrDefault(id, id);
    }

    private static int eventCount(LedgerFixture ledger) {
        return ledger.store.transact(s -> s.events().count());
    }
}
