package org.hazardledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hazardledger.store.jooq.Tables.LEDGER_EVENT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.hazardledger.model.AccountRole;
import org.hazardledger.model.Attachment;
import org.hazardledger.model.AttachmentKind;
import org.hazardledger.model.AttachmentOwnerKind;
import org.hazardledger.model.AttachmentStatus;
import org.hazardledger.model.AuditBreak;
import org.hazardledger.model.AuditReport;
import org.hazardledger.model.ComplianceEntry;
import org.hazardledger.model.ComplianceState;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.HazardCommand;
import org.hazardledger.model.HazardDraft;
import org.hazardledger.model.HazardStatistics;
import org.hazardledger.model.InspectionRound;
import org.hazardledger.model.OrgUnit;
import org.hazardledger.model.Person;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.Registration;
import org.hazardledger.model.Role;
import org.hazardledger.model.RoundAnswer;
import org.hazardledger.model.RoundDraft;
import org.hazardledger.model.RoundItemResult;
import org.hazardledger.model.Tier;
import org.hazardledger.model.UnionRecord;
import org.hazardledger.model.UnionRecordDraft;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.UnitEntry;

import java.nio.file.Path;
import java.util.Set;
import org.hazardledger.model.CatalogEntry;
import org.hazardledger.model.Hazard;
import org.hazardledger.model.HazardQuery;
import org.hazardledger.model.HazardStatus;
import org.hazardledger.model.LedgerPage;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract (issue 10): one suite of behaviour every engine must show, run against the
 * embedded H2 file ({@link H2StoreContractTest}) and a PostgreSQL server
 * ({@link PostgresStoreContractTest}). A subclass says where the ledger lives; reopening it opens
 * the same database again.
 */
public abstract class StoreContract {

    @TempDir
    Path dir;

    /** Opens (creating and migrating on first call) the ledger under test, at the fixture's "today". */
    protected abstract LedgerFixture open(Path attachmentsDir);

    /** Where the ledger lives, as {@link LedgerDatabase#engine()} must report it. */
    protected abstract Engine engine();

    @Test
    void theLedgerIsKeptWhereItWasAskedToBe() {
        try (LedgerFixture ledger = open(dir)) {
            assertThat(ledger.database.engine()).isEqualTo(engine());
        }
    }



    @Test
    void aHazardSurvivesClosingAndReopeningTheLedgerFile() {
        Hazard saved;
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            saved = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(3));
            assertThat(ledger.referenceData.hazardCategories()).extracting(CatalogEntry::nameZh)
                    .contains("设备超期使用", "技术工艺缺陷", "管理制度漏洞", "职业危害", "违章指挥", "违章作业", "违反劳动纪律");
        }

        try (LedgerFixture reopened = open(dir)) {
            Hazard back = reopened.hazards.byNumber(saved.number().toString()).orElseThrow();
            assertThat(back).isEqualTo(saved);
            assertThat(back.number().toString()).isEqualTo("YH-2026-06-0001");
            assertThat(back.status()).isEqualTo(HazardStatus.RECTIFYING);
            assertThat(back.rectification().funds()).isEqualByComparingTo("800");
            assertThat(reopened.referenceData.subGrades()).hasSize(3);
        }
    }

    @Test
    void numbersRunOnWithinTheMonthOfFinding() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(1)));
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
            Hazard may = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusMonths(1)));
            assertThat(may.number().toString()).isEqualTo("YH-2026-05-0001");
            assertThat(ledger.hazards.byNumber("YH-2026-06-0002")).isPresent();
        }
    }

    @Test
    void pagesWalkTheWholeLedgerNewestFirstWithoutRepeats() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            for (int i = 0; i < 25; i++) {
                ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(i % 7)));
            }
            LedgerPage first = ledger.hazards.page(HazardQuery.ALL, null, 10);
            LedgerPage second = ledger.hazards.page(HazardQuery.ALL, first.next(), 10);
            LedgerPage third = ledger.hazards.page(HazardQuery.ALL, second.next(), 10);
            assertThat(first.rows()).hasSize(10);
            assertThat(third.rows()).hasSize(5);
            assertThat(third.nextCursor()).isEmpty();
            var all = new java.util.ArrayList<>(first.rows());
            all.addAll(second.rows());
            all.addAll(third.rows());
            assertThat(all).extracting(r -> r.number()).doesNotHaveDuplicates().hasSize(25);
            assertThat(all).extracting(r -> r.foundOn()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void filtersByStatusOverdueUnitAndText() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(30)); // deadline 20 days ago: overdue
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(2));
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));

            assertThat(ledger.hazards.count(HazardQuery.ALL)).isEqualTo(3);
            assertThat(ledger.hazards.count(HazardQuery.ALL.withStatuses(Set.of(HazardStatus.REGISTERED))))
                    .isEqualTo(1);
            HazardQuery overdue = new HazardQuery(Set.of(), null, null, null, true, null);
            assertThat(ledger.hazards.page(overdue, null, 10).rows()).singleElement()
                    .satisfies(r -> assertThat(r.overdue()).isTrue());
            HazardQuery underPlant = new HazardQuery(Set.of(), null, e.plant().id(), null, false, null);
            assertThat(ledger.hazards.count(underPlant)).isEqualTo(3);
            HazardQuery underOtherUnit = new HazardQuery(Set.of(), null, e.workshop().id(), null, false, "法兰");
            assertThat(ledger.hazards.count(underOtherUnit)).isEqualTo(3);
            assertThat(ledger.hazards.count(HazardQuery.ALL.withText("100%_无此"))).isZero();
        }
    }

    @Test
    void everyChangeIsOnTheHashChainedAuditTrail() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY);
            ledger.store.transact(s -> {
                assertThat(s.events().forEntity(h.id())).extracting(EventLog.Event::action)
                        .containsExactly("REGISTER", "ASSIGN");
                assertThat(s.events().verify().isIntact()).isTrue();
                return null;
            });
        }
    }

    @Test
    void aChangeBasedOnAnOldRevisionIsRefusedAndChangesNothing() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY);
            Hazard stale = new Hazard(h.id(), h.revision() - 1, h.number(), h.status(), h.registration(),
                    h.grading(), h.rectification(), h.outcome(), h.handling(), h.createdAt(), h.updatedAt());
            assertThatThrownBy(() -> ledger.store.transact(s -> s.hazards().update(stale)))
                    .isInstanceOf(StaleRecordException.class);
            assertThat(ledger.hazards.byNumber(h.number().toString())).contains(h);
        }
    }

    // ---- each storage area, as a user would notice it (issue 10) ----

    @Test
    void theOrganisationTreeAndItsPeopleSurviveReopeningAndAStaleRenameIsRefused() {
        UUID workshopId;
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            workshopId = e.workshop().id();
            OrgUnit second = ledger.organisation.addUnit(e.plant().id(), Tier.WORKSHOP, "P1-W2", "储运车间");
            ledger.organisation.addPerson(second.id(), "E0004", "陈静", Role.WORKER);
            UnitEntry renamed = ledger.organisation.renameUnit(workshopId, 1, "合成一车间");
            assertThat(renamed.revision()).isEqualTo(2);
            assertThatThrownBy(() -> ledger.organisation.renameUnit(workshopId, 1, "又一个名字"))
                    .isInstanceOf(DomainException.class);
        }
        try (LedgerFixture reopened = open(dir)) {
            assertThat(reopened.organisation.units()).extracting(OrgUnit::name)
                    .containsExactlyInAnyOrder("一厂", "合成一车间", "储运车间", "甲班", "反应釜操作岗");
            assertThat(reopened.organisation.units()).filteredOn(u -> u.id().equals(workshopId)).singleElement()
                    .satisfies(u -> assertThat(u.tier()).isEqualTo(Tier.WORKSHOP));
            assertThat(reopened.organisation.people()).extracting(Person::employeeNo, Person::name)
                    .containsExactlyInAnyOrder(tuple("E0001", "王小明"), tuple("E0002", "李建国"),
                            tuple("E0003", "张伟"), tuple("E0004", "陈静"));
        }
    }

    @Test
    void chineseWordsOfTwoAndThreeCharactersAndNumbersAreFound() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard valve = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));
            HazardDraft d = e.leakingValve(LedgerFixture.TODAY);
            Registration r = d.registration();
            Hazard pump = ledger.hazards.register(new HazardDraft(new Registration(r.unitId(), "3号循环水泵",
                    r.foundOn(), r.finderId(), false, r.source(), r.category(), r.form(), "泵体振动异常，地脚螺栓松动"),
                    d.grading()));

            assertThat(numbersFound(ledger, "法兰")).containsExactly(valve.number().toString());
            assertThat(numbersFound(ledger, "循环水")).containsExactly(pump.number().toString());
            assertThat(numbersFound(ledger, "反应釜")).containsExactly(valve.number().toString());
            assertThat(numbersFound(ledger, "0002")).containsExactly(pump.number().toString());
            assertThat(numbersFound(ledger, "YH-2026-06")).containsExactlyInAnyOrder(valve.number().toString(),
                    pump.number().toString());
            assertThat(ledger.hazards.count(HazardQuery.ALL.withText("螺栓"))).isEqualTo(1);
            assertThat(numbersFound(ledger, "锅炉")).isEmpty();
        }
    }

    private static List<String> numbersFound(LedgerFixture ledger, String text) {
        return ledger.hazards.page(HazardQuery.ALL.withText(text), null, 50).rows().stream()
                .map(row -> row.number()).toList();
    }

    @Test
    void anAttachmentKeepsItsReferenceAndTheFileIsFoundByItsHash() throws Exception {
        Attachment photo;
        UUID hazardId;
        byte[] content = png();
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            hazardId = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY)).id();
            photo = ledger.attachments.attach(AttachmentOwnerKind.HAZARD, hazardId, AttachmentKind.BEFORE,
                    new ByteArrayInputStream(content), "阀门.png");
        }
        try (LedgerFixture reopened = open(dir)) {
            assertThat(reopened.attachments.list(AttachmentOwnerKind.HAZARD, hazardId)).containsExactly(photo);
            assertThat(photo.sha256()).isEqualTo(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content)));
            assertThat(Files.readAllBytes(reopened.attachments.file(photo.id()))).isEqualTo(content);
            assertThat(reopened.attachments.status(photo)).isEqualTo(AttachmentStatus.PRESENT);
        }
    }

    private static byte[] png() throws java.io.IOException {
        BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, 0xff8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anAuditEntryEditedInTheDatabaseIsFoundByVerify() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard h = ledger.registerAssigned(e, LedgerFixture.TODAY);
            assertThat(ledger.audit.verify().isIntact()).isTrue();
            long assign = ledger.store.transact(s -> s.events().forEntity(h.id()).get(1).seq());

            // What someone with the database's password could do behind the ledger's back.
            ledger.database.dsl().update(LEDGER_EVENT).set(LEDGER_EVENT.ACTOR, "someone else")
                    .where(LEDGER_EVENT.SEQ.eq(assign)).execute();

            AuditReport report = ledger.audit.verify();
            assertThat(report.isIntact()).isFalse();
            assertThat(report.breakFound()).hasValueSatisfying(b -> {
                assertThat(b.seq()).isEqualTo(assign);
                assertThat(b.reason()).isEqualTo(AuditBreak.Reason.CHANGED);
            });
        }
    }

    @Test
    void aReceivedRecordIsReplacedByItsNextRevisionAndTheConsolidatedCountsFollow() {
        UUID source = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
        UUID hazard = UUID.fromString("aaaaaaaa-0000-4000-8000-0000000000aa");
        try (LedgerFixture ledger = open(dir)) {
            ledger.setup.initialiseFederation("江城市总工会");
            ledger.store.transact(s -> {
                s.receivedRecords().putReceived(received(source, hazard, 1, "RECTIFYING"));
                return null;
            });
            assertThat(openHazards(ledger, source)).isEqualTo(1);
            ledger.store.transact(s -> {
                s.receivedRecords().putReceived(received(source, hazard, 2, "CLOSED"));
                return null;
            });
        }
        try (LedgerFixture reopened = open(dir)) {
            reopened.store.transact(s -> {
                assertThat(s.receivedRecords().receivedFrom(source)).singleElement().satisfies(r -> {
                    assertThat(r.revision()).isEqualTo(2);
                    assertThat(r.status()).isEqualTo("CLOSED");
                });
                assertThat(s.receivedRecords().held(source, RecordType.HAZARD, hazard))
                        .hasValueSatisfying(held -> assertThat(held.revision()).isEqualTo(2));
                return null;
            });
            assertThat(openHazards(reopened, source)).isZero();
        }
    }

    private static ReceivedRecordRepository.Received received(UUID source, UUID id, int revision, String status) {
        String payload = "{\"id\":\"" + id + "\",\"revision\":" + revision + ",\"status\":\"" + status + "\"}";
        return new ReceivedRecordRepository.Received(source, RecordType.HAZARD, id, revision, revision,
                OffsetDateTime.parse("2026-06-1" + revision + "T08:00:00+08:00"), false, payload,
                "0".repeat(63) + revision, UUID.randomUUID(), null, null, "YH-2026-06-0001", null, "GENERAL", status,
                LedgerFixture.TODAY.minusDays(20), LedgerFixture.TODAY.plusDays(5), null, "阀门泄漏");
    }

    private static int openHazards(LedgerFixture ledger, UUID source) {
        return ledger.exchange.federation().enterprises(LedgerFixture.TODAY).stream()
                .filter(o -> o.installation().equals(source)).mapToInt(EnterpriseOverview::open).sum();
    }

    @Test
    void aRoundIsKeptWithItsFindingsAndCountsForTheDay() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            RoundDraft ok = RoundDraft.allOk(e.team().id(), LedgerFixture.TODAY, List.of(e.leader().id()),
                    ledger.rounds.checklistFor(e.team().id()));
            List<RoundItemResult> results = new ArrayList<>(ok.results());
            results.set(1, results.get(1).withAnswer(RoundAnswer.FAILED, "消防通道堆放杂物"));
            InspectionRound round = ledger.rounds.record(new RoundDraft(ok.unitId(), ok.heldOn(), ok.inspectorIds(),
                    ok.checklistCode(), results, ok.note()));
            assertThat(ledger.rounds.round(round.id()).failed()).hasSize(1);
            assertThat(ledger.rounds.rounds(e.team().id(), LedgerFixture.TODAY, LedgerFixture.TODAY)).singleElement()
                    .satisfies(row -> assertThat(row.inspectorNames()).isEqualTo("李建国"));
            assertThat(ledger.rounds.compliance(e.team().id(), LedgerFixture.TODAY, LedgerFixture.TODAY))
                    .extracting(ComplianceEntry::state).containsExactly(ComplianceState.DONE);
        }
    }

    @Test
    void aUnionProposalIsNumberedAndNamesItsHazards() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            Hazard valve = ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY.minusDays(3)));
            ledger.signIn("车间分会主席 (chair)", AccountRole.UNION_MEMBER, e.workshop());
            UnionRecord first = ledger.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL,
                    List.of(valve.number().toString()), LedgerFixture.TODAY, LedgerFixture.TODAY,
                    "进料阀渗漏，积液未清理", "立即更换垫片并清理积液"));
            UnionRecord second = ledger.union.issue(new UnionRecordDraft(UnionRecordKind.PROPOSAL,
                    List.of(valve.number().toString()), LedgerFixture.TODAY, LedgerFixture.TODAY,
                    "积液仍未清理", "安排专人清理"));
            assertThat(first.number()).isEqualTo("GH-2026-0001");
            assertThat(second.number()).isEqualTo("GH-2026-0002");
            assertThat(ledger.union.forHazard(valve.id())).hasSize(2);
            assertThat(ledger.union.record("GH-2026-0001")).hasValueSatisfying(
                    row -> assertThat(row.record().hazardIds()).containsExactly(valve.id()));
        }
    }

    @Test
    void theStatisticsCountFoundRectifiedClosedOpenAndOverdue() {
        try (LedgerFixture ledger = open(dir)) {
            var e = ledger.initialiseSmall();
            ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(30)); // overdue
            Hazard fixed = ledger.registerAssigned(e, LedgerFixture.TODAY.minusDays(5));
            ledger.hazards.perform(fixed.id(), fixed.revision(),
                    new HazardCommand.ReportRectified(LedgerFixture.TODAY, "已更换垫片"));
            ledger.hazards.register(e.leakingValve(LedgerFixture.TODAY));

            HazardStatistics f = ledger.statistics.figures(LedgerFixture.TODAY.withDayOfMonth(1).minusMonths(1),
                    LedgerFixture.TODAY);
            assertThat(f.total()).isEqualTo(new HazardStatistics.Counts(3, 1, 0, 3, 1));
            assertThat(f.byTier()).filteredOn(r -> r.tier() == Tier.TEAM).singleElement()
                    .satisfies(r -> assertThat(r.counts()).isEqualTo(f.total()));
        }
    }
}
