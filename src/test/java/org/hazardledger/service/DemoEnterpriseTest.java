package org.hazardledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazardledger.model.Enterprise;
import org.hazardledger.model.Grade;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardForm;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardRow;
import org.hazardledger.model.HazardSource;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.Industry;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RiskColour;
import org.hazardledger.model.Role;
import org.hazardledger.model.Tier;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo enterprise: loaded once (it takes seconds), then looked at from every side. */
class DemoEnterpriseTest {

    private static final LocalDate TODAY = LedgerFixture.TODAY;

    @TempDir
    static Path dir;

    private static LedgerFixture ledger;
    private static Enterprise enterprise;
    private static List<Hazard> hazards;

    @BeforeAll
    static void loadTheDemo() {
        ledger = new LedgerFixture(dir.resolve("demo"));
        enterprise = ledger.setup.initialiseDemo(Progress.NONE);
        hazards = ledger.store.transact(s -> rows(ledger).stream()
                .map(r -> s.hazards().byNumber(r.number()).orElseThrow()).toList());
    }

    @AfterAll
    static void close() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void theOrganisationIsAChemicalGroupOfTwoPlants() {
        assertThat(ledger.setup.isInitialised()).isTrue();
        assertThat(ledger.organisation.enterprise()).contains(enterprise);
        assertThat(enterprise.industry()).isEqualTo(Industry.CHEMICALS);
        Map<Tier, Long> units = ledger.organisation.units().stream()
                .collect(Collectors.groupingBy(OrgUnit::tier, Collectors.counting()));
        assertThat(units.get(Tier.PLANT)).isEqualTo(2);
        assertThat(units.get(Tier.WORKSHOP)).isEqualTo(6);
        assertThat(units.get(Tier.TEAM)).isBetween(18L, 24L);
        assertThat(units.get(Tier.POST)).isBetween(70L, 90L);
    }

    @Test
    void everyLevelHasItsPeopleInItsRoles() {
        List<OrgUnit> units = ledger.organisation.units();
        List<Person> people = ledger.organisation.people();
        assertThat(people).hasSizeBetween(280, 320);
        assertThat(people).extracting(Person::employeeNo).doesNotHaveDuplicates();
        assertThat(people).extracting(Person::name).doesNotHaveDuplicates();
        Map<Role, Long> byRole = people.stream().collect(Collectors.groupingBy(Person::role, Collectors.counting()));
        assertThat(byRole.get(Role.PRINCIPAL)).isEqualTo(1);
        assertThat(byRole.get(Role.ENTERPRISE_UNION_CHAIR)).isEqualTo(1);
        assertThat(byRole.get(Role.SAFETY_OFFICER)).isBetween(2L, 10L);
        assertThat(byRole.get(Role.UNION_GROUP_LEADER)).isPositive();
        assertThat(byRole.get(Role.LABOUR_INSPECTOR)).isPositive();
        assertThat(byRole.get(Role.WORKER)).isGreaterThan(people.size() / 2L);
        for (OrgUnit team : units.stream().filter(u -> u.tier() == Tier.TEAM).toList()) {
            assertThat(rolesAt(people, team)).as(team.name()).contains(Role.TEAM_LEADER);
        }
        for (OrgUnit workshop : units.stream().filter(u -> u.tier() == Tier.WORKSHOP).toList()) {
            assertThat(rolesAt(people, workshop)).as(workshop.name())
                    .contains(Role.WORKSHOP_DIRECTOR, Role.WORKSHOP_UNION_CHAIR);
        }
    }

    @Test
    void aboutTwoThousandHazardsInEveryStatus() {
        assertThat(hazards).hasSizeBetween(1900, 2100);
        assertThat(hazards).extracting(h -> h.number().toString()).doesNotHaveDuplicates();
        assertThat(hazards).extracting(Hazard::status).containsAll(EnumSet.allOf(HazardStatus.class));
        assertThat(hazards.stream().filter(h -> h.isOverdue(TODAY))).isNotEmpty();
        HazardQuery overdue = new HazardQuery(Set.of(), null, null, null, true, null);
        assertThat(ledger.hazards.count(overdue)).isPositive();
        assertThat(hazards.stream().filter(h -> h.status() == HazardStatus.CLOSED && h.outcome().recheckedOn() != null))
                .isNotEmpty();
    }

    @Test
    void aFewPercentAreMajorAndRectifiedAtThePlant() {
        List<Hazard> major = hazards.stream().filter(h -> h.grading().grade() == Grade.MAJOR).toList();
        assertThat(major.size()).isBetween(hazards.size() * 3 / 100, hazards.size() * 5 / 100);
        assertThat(major).allSatisfy(h -> {
            assertThat(h.grading().majorReason()).isNotNull();
            assertThat(h.grading().subGrade()).isNull();
            assertThat(h.grading().rectifyingTier()).isEqualTo(Tier.PLANT);
        });
        assertThat(hazards.stream().filter(h -> h.grading().grade() == Grade.GENERAL))
                .extracting(h -> h.grading().subGrade()).containsOnly("A", "B", "C").contains("A", "B", "C");
    }

    @Test
    void sourcesFormsColoursAndAnonymousReportsAreMixed() {
        assertThat(hazards).extracting(h -> h.registration().source())
                .containsAll(EnumSet.allOf(HazardSource.class));
        assertThat(hazards).extracting(h -> h.registration().form()).containsAll(EnumSet.allOf(HazardForm.class));
        assertThat(hazards).extracting(h -> h.grading().riskColour()).containsAll(EnumSet.allOf(RiskColour.class));
        List<Hazard> anonymous = hazards.stream().filter(h -> h.registration().anonymous()).toList();
        assertThat(anonymous).isNotEmpty().allSatisfy(h -> {
            assertThat(h.registration().finderId()).isNull();
            assertThat(h.registration().source()).isIn(HazardSource.WORKER_REPORT, HazardSource.HOTLINE_12350);
        });
        assertThat(hazards).extracting(h -> h.registration().category()).hasSameElementsAs(
                ledger.referenceData.hazardCategories().stream().map(c -> c.code()).toList());
    }

    @Test
    void noHazardIsRectifiedBelowTheTierOfTheUnitWhereItWasFound() {
        Map<UUID, OrgUnit> units = ledger.organisation.units().stream()
                .collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        assertThat(hazards).allSatisfy(h -> assertThat(h.grading().rectifyingTier().ordinal())
                .isGreaterThanOrEqualTo(units.get(h.registration().unitId()).tier().ordinal()));
    }

    @Test
    void datesRunInOrderWithinTheLastTwoYears() {
        assertThat(hazards).allSatisfy(h -> {
            LocalDate found = h.registration().foundOn();
            assertThat(found).isAfter(TODAY.minusYears(2)).isBeforeOrEqualTo(TODAY);
            if (h.rectification() != null) {
                assertThat(h.rectification().deadline()).isAfterOrEqualTo(found);
            }
            var o = h.outcome();
            if (o.rectifiedOn() != null) {
                assertThat(o.rectifiedOn()).isAfterOrEqualTo(found).isBeforeOrEqualTo(TODAY);
            }
            if (h.status() == HazardStatus.CLOSED) {
                assertThat(o.acceptedOn()).isNotNull().isAfterOrEqualTo(o.rectifiedOn()).isBeforeOrEqualTo(TODAY);
                assertThat(o.closedOn()).isNotNull().isBeforeOrEqualTo(TODAY);
            }
            if (h.status() == HazardStatus.CLOSED) {
                assertThat(h.handling().signedOffOn()).isAfterOrEqualTo(o.acceptedOn())
                        .isBeforeOrEqualTo(o.closedOn());
            }
            if (o.recheckedOn() != null && o.closedOn() != null) {
                assertThat(o.recheckedOn()).isAfterOrEqualTo(o.closedOn()).isBeforeOrEqualTo(TODAY);
            }
        });
    }

    @Test
    void majorHazardsWalkTheirOwnTrackAndCloseOnlyAfterTheDepartmentsReview() {
        List<Hazard> major = hazards.stream().filter(h -> h.grading().grade() == Grade.MAJOR).toList();
        assertThat(major).extracting(Hazard::status).contains(HazardStatus.AWAITING_PLAN_APPROVAL,
                HazardStatus.RECTIFYING, HazardStatus.CLOSED);
        var files = major.stream().map(h -> ledger.majorHazards.file(h.id())).flatMap(java.util.Optional::stream)
                .toList();
        assertThat(files).anySatisfy(f -> assertThat(f.listing()).isNotNull());
        assertThat(files).anySatisfy(f -> assertThat(f.stage()).isEqualTo(org.hazardledger.model.MajorStage.STRUCK_OFF));
        assertThat(major).filteredOn(h -> h.status() == HazardStatus.CLOSED).isNotEmpty().allSatisfy(h -> {
            var f = ledger.majorHazards.file(h.id()).orElseThrow();
            assertThat(f.reviewPassed()).as("closed only after the department's review").isTrue();
            assertThat(f.planComplete()).isTrue();
            assertThat(h.handling().planApprovedBy()).isNotBlank();
        });
    }

    @Test
    void theUnionsProposalsAndRecommendationsAreThereSomeAnsweredOneStillRed() {
        var records = ledger.union.list(org.hazardledger.model.UnionQuery.ALL);
        assertThat(records).extracting(r -> r.record().kind()).contains(
                org.hazardledger.model.UnionRecordKind.PROPOSAL, org.hazardledger.model.UnionRecordKind.STOP_PRODUCTION,
                org.hazardledger.model.UnionRecordKind.EVACUATION);
        assertThat(records).anySatisfy(r -> assertThat(r.alarming()).isTrue());
        assertThat(records).anySatisfy(r -> assertThat(r.record().status())
                .isEqualTo(org.hazardledger.model.UnionRecordStatus.ANSWERED));
        assertThat(records).anySatisfy(r -> assertThat(r.record().status())
                .isEqualTo(org.hazardledger.model.UnionRecordStatus.OPEN));
    }

    @Test
    void somePathsTurn_escalatedRejectedMergedSentBackAndReopened() {
        assertThat(hazards).filteredOn(h -> h.handling().escalationReason() != null).hasSizeGreaterThan(10);
        assertThat(hazards).filteredOn(h -> h.status() == HazardStatus.REJECTED).hasSizeGreaterThan(5)
                .allSatisfy(h -> assertThat(h.handling().dispositionReason()).isNotBlank());
        assertThat(hazards).filteredOn(h -> h.status() == HazardStatus.MERGED).hasSizeGreaterThan(5)
                .allSatisfy(h -> assertThat(h.handling().mergedInto()).isNotNull().isNotEqualTo(h.number()));
        assertThat(hazards).filteredOn(h -> h.handling().reopenCount() > 0).isNotEmpty()
                .allSatisfy(h -> assertThat(h.handling().recheckResult()).isNotBlank());
        assertThat(hazards).filteredOn(h -> h.status() == HazardStatus.CLOSED).allSatisfy(h -> {
            assertThat(h.handling().signedOffBy()).as("signed by a union member, not the clerk")
                    .isNotEqualTo(h.handling().closedBy());
            assertThat(h.handling().signedOffTier()).isEqualTo(h.grading().rectifyingTier().answerableTier());
        });
    }

    @Test
    void aSampleOfHazardsHasGeneratedPhotos_afterOnesOnlyOnceRectified() {
        var perHazard = hazards.stream().collect(java.util.stream.Collectors.toMap(h -> h,
                h -> ledger.attachments.list(org.hazardledger.model.AttachmentOwnerKind.HAZARD, h.id())));
        var withPhotos = perHazard.entrySet().stream().filter(en -> !en.getValue().isEmpty()).toList();
        assertThat(withPhotos).hasSize(DemoAttachments.PHOTOS);
        assertThat(withPhotos).allSatisfy(en -> {
            Hazard h = en.getKey();
            assertThat(en.getValue()).extracting(org.hazardledger.model.Attachment::kind)
                    .startsWith(org.hazardledger.model.AttachmentKind.BEFORE)
                    .hasSize(h.outcome().rectifiedOn() == null ? 1 : 2);
            assertThat(en.getValue()).allSatisfy(a -> {
                assertThat(a.fileName()).startsWith(h.number().toString()).endsWith(".png");
                assertThat(a.size()).isBetween(1_000L, 30_000L);
            });
        });
        assertThat(withPhotos).anySatisfy(en -> assertThat(en.getValue()).hasSize(2));
        var photo = withPhotos.get(0).getValue().get(0);
        var preview = ledger.attachments.preview(photo, 120);
        assertThat(preview.status()).isEqualTo(org.hazardledger.model.AttachmentStatus.PRESENT);
        assertThat(preview.thumbnail()).isNotNull();
    }

    @Test
    void oldHazardsAreMostlyClosedAndRecentOnesMostlyOpen() {
        List<Hazard> old = hazards.stream().filter(h -> h.registration().foundOn().isBefore(TODAY.minusMonths(6)))
                .toList();
        List<Hazard> recent = hazards.stream().filter(h -> h.registration().foundOn().isAfter(TODAY.minusDays(7)))
                .toList();
        assertThat(old.stream().filter(h -> h.status() == HazardStatus.CLOSED).count())
                .isGreaterThan(old.size() * 9L / 10);
        assertThat(recent.stream().filter(h -> h.status().isOpen()).count()).isGreaterThan(recent.size() / 2L);
    }

    @Test
    void theAuditTrailRecordsEveryStepAndVerifies() {
        var report = ledger.audit.verify();
        assertThat(report.isIntact()).isTrue();
        assertThat(report.entriesChecked()).isGreaterThan(hazards.size() * 2L);
    }

    @Test
    void loadingAgainOnTheSameDayGivesTheSameLedger() {
        try (LedgerFixture second = new LedgerFixture(dir.resolve("again"))) {
            second.setup.initialiseDemo(Progress.NONE);
            assertThat(digest(rows(second))).isEqualTo(digest(rows(ledger)));
        }
    }

    @Test
    void aCancelledLoadLeavesTheLedgerEmpty() {
        try (LedgerFixture cancelled = new LedgerFixture(dir.resolve("cancelled"))) {
            Progress cancelAfterThree = new Progress() {
                private int updates;

                @Override
                public void update(long done, long total) {
                    updates++;
                }

                @Override
                public boolean isCancelled() {
                    return updates >= 3;
                }
            };
            assertThatThrownBy(() -> cancelled.setup.initialiseDemo(cancelAfterThree))
                    .isInstanceOf(CancellationException.class);
            assertThat(cancelled.setup.isInitialised()).isFalse();
            assertThat(cancelled.hazards.count(HazardQuery.ALL)).isZero();
            assertThat(cancelled.organisation.units()).isEmpty();
            assertThat(cancelled.organisation.people()).isEmpty();
        }
    }

    @Test
    void everyTemplateReadsWithoutLeftoverPlaceholdersWhereverItFits() {
        DemoSeeds seeds = DemoSeeds.read();
        Set<String> kinds = seeds.units().stream().filter(u -> u.tier() == Tier.WORKSHOP)
                .map(DemoSeeds.UnitRow::kind).collect(Collectors.toSet());
        Set<String> categories = ledger.referenceData.hazardCategories().stream().map(c -> c.code())
                .collect(Collectors.toSet());
        assertThat(seeds.templates()).hasSizeGreaterThanOrEqualTo(60);
        for (DemoTemplate t : seeds.templates()) {
            assertThat(categories).as(t.code()).contains(t.category());
            List<String> fitting = kinds.stream().filter(t::fits).toList();
            assertThat(fitting).as(t.code()).isNotEmpty();
            for (String kind : fitting) {
                DemoText text = new DemoText(seeds.slots(), new Random(1), kind);
                for (String s : List.of(t.place(), t.description(), t.measures(), t.interim(), t.acceptance())) {
                    assertThat(text.fill(s)).as(t.code() + " in " + kind).doesNotContain("{", "}").isNotBlank();
                }
            }
        }
    }

    private static Set<Role> rolesAt(List<Person> people, OrgUnit unit) {
        return people.stream().filter(p -> p.unitId().equals(unit.id())).map(Person::role).collect(Collectors.toSet());
    }

    @Test
    void aYearOfRoundsWithRealisticGaps() {
        LocalDate from = TODAY.minusYears(1).plusDays(1);
        LocalDate yesterday = TODAY.minusDays(1);
        org.hazardledger.model.ComplianceSummary posts = ledger.rounds.summary(null, Tier.POST, from, yesterday);
        org.hazardledger.model.ComplianceSummary teams = ledger.rounds.summary(null, Tier.TEAM, from, yesterday);
        double postRate = posts.done() / (double) (posts.done() + posts.missed());
        double teamRate = teams.done() / (double) (teams.done() + teams.missed());
        assertThat(postRate).isBetween(0.85, 0.96);
        assertThat(teamRate).isBetween(0.90, 0.98);
        assertThat(ledger.rounds.summary(null, Tier.WORKSHOP, from, yesterday).missed()).isBetween(1, 40);
        List<OrgUnit> plants = ledger.organisation.units().stream().filter(u -> u.tier() == Tier.PLANT).toList();
        assertThat(plants).extracting(p -> ledger.rounds.summary(p.id(), Tier.PLANT, from, yesterday).missed())
                .containsExactlyInAnyOrder(0, 1);
        // one team works four days on, four off
        assertThat(ledger.organisation.units().stream().filter(u -> u.tier() == Tier.TEAM)
                .map(u -> ledger.rounds.rule(u.id()).rota().pattern())).containsOnlyOnce("11110000");
        // some rounds found the demo's hazards
        assertThat(ledger.rounds.rounds(null, from, TODAY)).anyMatch(r -> r.hazardCount() > 0 && r.failedCount() > 0);
        assertThat(ledger.rounds.dueOn(TODAY)).isNotEmpty();
    }

    /** Every ledger row, newest first. */
    private static List<HazardRow> rows(LedgerFixture l) {
        List<HazardRow> rows = new ArrayList<>();
        LedgerPage page = l.hazards.page(HazardQuery.ALL, null, HazardService.MAX_PAGE);
        rows.addAll(page.rows());
        while (page.next() != null) {
            page = l.hazards.page(HazardQuery.ALL, page.next(), HazardService.MAX_PAGE);
            rows.addAll(page.rows());
        }
        return rows;
    }

    /** What a reader sees of the rows (ids differ between ledgers by design). */
    private static String digest(List<HazardRow> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (HazardRow r : rows) {
                sha.update(String.join("|", r.number(), r.foundOn().toString(), r.unitName(), r.place(),
                        r.categoryCode(), r.form().name(), r.grade().name(), r.status().name(),
                        r.rectifyingTier().name(), String.valueOf(r.responsibleName()), String.valueOf(r.deadline()),
                        r.description(), "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyWorkshopHasRiskPointsInEveryColourAndSomeHazardsAreLinked() {
        List<org.hazardledger.model.RiskPointRow> points = ledger.risks.list(null);
        for (OrgUnit workshop : ledger.organisation.units().stream().filter(u -> u.tier() == Tier.WORKSHOP).toList()) {
            assertThat(points.stream().filter(p -> p.point().unitId().equals(workshop.id())).count())
                    .as(workshop.name()).isBetween(3L, 5L);
        }
        assertThat(points).extracting(p -> p.point().colour()).contains(RiskColour.values());
        int linked = points.stream().mapToInt(org.hazardledger.model.RiskPointRow::hazardCount).sum();
        assertThat(linked).isBetween(100, hazards.size() / 2);
    }

    @Test
    void everyDemoMajorHazardCitesAClauseInForceOrGivesAReason() {
        List<Hazard> major = hazards.stream().filter(h -> h.grading().grade() == Grade.MAJOR).toList();
        assertThat(major).isNotEmpty().allSatisfy(h -> {
            var c = h.grading().citation();
            assertThat(c).isNotNull();
            if (c.isOther()) {
                assertThat(c.otherReason()).hasSizeGreaterThanOrEqualTo(
                        org.hazardledger.model.MajorCriterionCitation.OTHER_REASON_MIN);
            } else {
                assertThat(ledger.referenceData.majorCriteria(h.registration().foundOn()))
                        .anyMatch(x -> x.code().equals(c.code()) && x.version() == c.version());
            }
        });
        assertThat(major).anyMatch(h -> !h.grading().citation().isOther());
    }
}
