package org.hazardledger.service;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.ChangeRange;
import org.hazardledger.model.ConsolidatedHazard;
import org.hazardledger.model.ConsolidatedRecord;
import org.hazardledger.model.ConsolidatedUnionRecord;
import org.hazardledger.model.DomainException;
import org.hazardledger.model.EnterpriseOverview;
import org.hazardledger.model.FederationNotice;
import org.hazardledger.model.FieldError;
import org.hazardledger.model.InstallationRole;
import org.hazardledger.model.NoticeDraft;
import org.hazardledger.model.NoticeKind;
import org.hazardledger.model.RecordType;
import org.hazardledger.model.TravellingRecord;
import org.hazardledger.model.UnionRecordKind;
import org.hazardledger.model.ValidationException;
import org.hazardledger.store.ReceivedRows;
import org.hazardledger.store.StaleRecordException;
import org.hazardledger.testing.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FederationServiceTest {

    static final UUID A = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    static final UUID B = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");
    static final UUID A_OVERDUE = UUID.randomUUID();
    static final UUID A_MAJOR = UUID.randomUUID();
    static final UUID A_CLOSED = UUID.randomUUID();
    static final UUID B_MAJOR = UUID.randomUUID();

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private FederationService federation;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixture(dir);
        ledger.setup.initialiseFederation("江城市总工会");
        federation = ledger.exchange.federation();
        twoEnterprises(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    /** Enterprise A: 3 hazards (1 overdue, 1 major listed with a stop-production recommendation); B: 1 major overdue. */
    static void twoEnterprises(LedgerFixture ledger) {
        ReceivedRows a = new ReceivedRows(ledger.database, A);
        a.record(RecordType.ENTERPRISE, UUID.randomUUID()).field("name", "江城化工集团").save();
        a.record(RecordType.HAZARD, A_OVERDUE).number("YH-2026-0001").grade("GENERAL").status("REGISTERED")
                .foundOn(of(2026, 5, 1)).deadline(of(2026, 6, 1)).summary("阀门泄漏").save();
        a.record(RecordType.HAZARD, A_MAJOR).number("YH-2026-0002").grade("MAJOR").status("RECTIFYING")
                .foundOn(of(2026, 5, 2)).deadline(of(2026, 7, 1)).summary("储罐区无可燃气体报警").save();
        a.record(RecordType.HAZARD, A_CLOSED).number("YH-2026-0003").grade("MAJOR").status("CLOSED")
                .foundOn(of(2026, 1, 2)).deadline(of(2026, 2, 1)).summary("已整改").save();
        a.record(RecordType.MAJOR_HAZARD_FILE, UUID.randomUUID()).hazard(A_MAJOR, null)
                .field("listedOn", of(2026, 5, 20)).field("listedBy", "市应急管理局").save();
        a.record(RecordType.UNION_RECORD, UUID.randomUUID()).number("GH-2026-0001").kind("STOP_PRODUCTION")
                .hazard(A_MAJOR, null).field("issuedOn", of(2026, 5, 3))
                .field("hazardIds", List.of(A_MAJOR.toString())).field("recommendation", "立即停产整改").save();
        a.record(RecordType.COMPLIANCE, UUID.randomUUID()).field("unit", "一厂").field("required", 4L)
                .field("done", 3L).save();
        a.bundleWritten(OffsetDateTime.parse("2026-06-10T08:00:00+08:00"));
        a.bundleWritten(OffsetDateTime.parse("2026-06-12T08:00:00+08:00"));
        a.openConflict(RecordType.HAZARD, A_OVERDUE);

        ReceivedRows b = new ReceivedRows(ledger.database, B);
        b.record(RecordType.ENTERPRISE, UUID.randomUUID()).field("name", "北湖煤矿").save();
        b.record(RecordType.HAZARD, B_MAJOR).number("YH-2026-0001").grade("MAJOR").status("AWAITING_ACCEPTANCE")
                .foundOn(of(2026, 4, 1)).deadline(of(2026, 6, 10)).summary("巷道支护失效").save();
        b.record(RecordType.HAZARD, UUID.randomUUID()).number("YH-2026-0009").grade("GENERAL").status("REGISTERED")
                .deadline(of(2026, 1, 1)).deleted().save();
        b.record(RecordType.MAJOR_HAZARD_FILE, UUID.randomUUID()).hazard(B_MAJOR, null).save();
        b.record(RecordType.UNION_RECORD, UUID.randomUUID()).number("GH-2026-0001").kind("PROPOSAL")
                .hazard(B_MAJOR, null).save();
        b.record(RecordType.CAMPAIGN_FIGURE, UUID.randomUUID()).field("period", "2026-Q2").field("found", 12L)
                .save();
    }

    @Test
    void initialiseFederationMakesAFederationLedger() {
        assertThat(ledger.setup.role()).isEqualTo(InstallationRole.FEDERATION);
        assertThat(ledger.exchange.records().installation().role()).isEqualTo(InstallationRole.FEDERATION);
        assertThat(ledger.exchange.records().installation().name()).isEqualTo("江城市总工会");
        assertThatThrownBy(() -> ledger.setup.initialiseFederation("又一个"))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.ledger.alreadyInitialised");
    }

    @Test
    void overviewCountsEachEnterprise() {
        List<EnterpriseOverview> all = federation.enterprises(LedgerFixture.TODAY);

        assertThat(all).extracting(EnterpriseOverview::name).containsExactly("北湖煤矿", "江城化工集团");
        EnterpriseOverview a = all.get(1);
        assertThat(a.installation()).isEqualTo(A);
        assertThat(a.hazards()).isEqualTo(3);
        assertThat(a.open()).isEqualTo(2);
        assertThat(a.overdue()).isEqualTo(1);
        assertThat(a.major()).isEqualTo(2);
        assertThat(a.listed()).isEqualTo(1);
        assertThat(a.stopProduction()).isEqualTo(1);
        assertThat(a.openConflicts()).isEqualTo(1);
        assertThat(a.lastBundleAt()).isEqualTo(OffsetDateTime.parse("2026-06-12T08:00:00+08:00"));
        EnterpriseOverview b = all.get(0);
        assertThat(b.hazards()).as("the deleted hazard does not count").isEqualTo(1);
        assertThat(b.overdue()).isEqualTo(1);
        assertThat(b.listed()).isZero();
        assertThat(b.stopProduction()).as("a proposal is no stop-production recommendation").isZero();
        assertThat(b.lastBundleAt()).isNull();
    }

    @Test
    void hazardViewsFilterAcrossEnterprises() {
        assertThat(federation.majorHazards(null, false)).extracting(ConsolidatedHazard::hazardId)
                .containsExactlyInAnyOrder(A_MAJOR, A_CLOSED, B_MAJOR);
        assertThat(federation.majorHazards(null, true)).extracting(ConsolidatedHazard::hazardId)
                .containsExactlyInAnyOrder(A_MAJOR, B_MAJOR);
        assertThat(federation.majorHazards(B, false)).extracting(ConsolidatedHazard::enterpriseName)
                .containsExactly("北湖煤矿");
        assertThat(federation.majorHazards(A, true)).singleElement()
                .satisfies(h -> assertThat(h.listedOn()).isEqualTo(of(2026, 5, 20)));

        assertThat(federation.listedHazards()).singleElement().satisfies(h -> {
            assertThat(h.hazardId()).isEqualTo(A_MAJOR);
            assertThat(h.number()).isEqualTo("YH-2026-0002");
            assertThat(h.enterpriseName()).isEqualTo("江城化工集团");
        });

        List<ConsolidatedHazard> overdue = federation.overdueHazards(LedgerFixture.TODAY);
        assertThat(overdue).extracting(ConsolidatedHazard::hazardId).containsExactlyInAnyOrder(A_OVERDUE, B_MAJOR);
        assertThat(overdue).allSatisfy(h -> assertThat(h.overdueOn(LedgerFixture.TODAY)).isTrue());
        assertThat(federation.overdueHazards(of(2026, 6, 5))).extracting(ConsolidatedHazard::hazardId)
                .containsExactly(A_OVERDUE);
    }

    @Test
    void stopProductionComplianceAndCampaignFiguresNameTheEnterprise() {
        List<ConsolidatedUnionRecord> stops = federation.stopProductionRecommendations();
        assertThat(stops).singleElement().satisfies(u -> {
            assertThat(u.enterpriseName()).isEqualTo("江城化工集团");
            assertThat(u.kind()).isEqualTo(UnionRecordKind.STOP_PRODUCTION);
            assertThat(u.number()).isEqualTo("GH-2026-0001");
            assertThat(u.hazardNumbers()).containsExactly("YH-2026-0002");
            assertThat(u.issuedOn()).isEqualTo(of(2026, 5, 3));
            assertThat(u.recommendation()).isEqualTo("立即停产整改");
        });
        assertThat(federation.compliance()).singleElement().satisfies(c -> {
            assertThat(c.enterpriseName()).isEqualTo("江城化工集团");
            assertThat(c.fields()).containsEntry("required", 4L).containsEntry("unit", "一厂");
        });
        assertThat(federation.campaignFigures()).extracting(ConsolidatedRecord::enterpriseName)
                .containsExactly("北湖煤矿");
    }

    @Test
    void issuesAndRevisesANoticeAndCollectsItAsFeedback() {
        FederationNotice n = federation.issueNotice(listing());
        assertThat(n.revision()).isEqualTo(1);
        assertThat(n.issuedBy()).isEqualTo(LedgerFixture.CLERK.name());
        assertThat(federation.notices(A)).containsExactly(n);
        assertThat(federation.notices(B)).isEmpty();

        List<TravellingRecord> sent = new ArrayList<>();
        assertThat(federation.collectFeedback(A, new ChangeRange(1, Long.MAX_VALUE, true), sent::add,
                Progress.NONE)).isEqualTo(1);
        TravellingRecord t = sent.get(0);
        assertThat(t.type()).isEqualTo(RecordType.FEDERATION_NOTICE);
        assertThat(t.fields()).containsEntry("enterpriseInstallation", A.toString()).containsEntry("kind", "LISTING")
                .containsEntry("hazardId", A_MAJOR.toString()).containsEntry("hazardNumber", "YH-2026-0002")
                .containsEntry("documentNo", "江工发〔2026〕12号").containsEntry("issuedOn", "2026-06-15")
                .containsEntry("verified", null).containsKeys("title", "body", "issuedBy");
        assertThat(RecordJson.read(RecordType.FEDERATION_NOTICE, RecordJson.write(t), 1)).isEqualTo(t);
        long first = t.changeSeq();

        FederationNotice revised = federation.reviseNotice(n.id(), 1, new NoticeDraft(A, NoticeKind.LISTING,
                A_MAJOR, "YH-2026-0002", "江工发〔2026〕12号", "挂牌督办通知（更正）", "请于7月1日前整改完毕。", null,
                LedgerFixture.TODAY));
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(federation.notices(A)).singleElement().extracting(FederationNotice::title)
                .isEqualTo("挂牌督办通知（更正）");
        assertThatThrownBy(() -> federation.reviseNotice(n.id(), 1, listing()))
                .isInstanceOf(StaleRecordException.class).hasMessageContaining("error.notice.stale");

        sent.clear();
        assertThat(federation.collectFeedback(A, new ChangeRange(first + 1, Long.MAX_VALUE, false), sent::add,
                Progress.NONE)).isEqualTo(1);
        assertThat(sent.get(0).revision()).isEqualTo(2);
        assertThat(federation.collectFeedback(A, new ChangeRange(1, first, false), s -> { }, Progress.NONE))
                .as("the revision moved the notice past the earlier range").isZero();
        assertThat(federation.collectFeedback(B, new ChangeRange(1, Long.MAX_VALUE, true), s -> { },
                Progress.NONE)).isZero();
        assertThat(federation.collectFeedback(A, new ChangeRange(5, 4, false), s -> { }, Progress.NONE)).isZero();
        assertThat(ledger.audit.history(n.id())).hasSize(2);
    }

    @Test
    void refusesAnIncompleteNoticeFieldByFieldAndStoresNothing() {
        NoticeDraft bad = new NoticeDraft(UUID.randomUUID(), NoticeKind.VERIFICATION, null, null, null, " ", "",
                null, LedgerFixture.TODAY.plusDays(1));
        assertThatThrownBy(() -> federation.issueNotice(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NoticeDraft.ENTERPRISE, "validation.notice.enterpriseUnknown"),
                        org.assertj.core.groups.Tuple.tuple(NoticeDraft.HAZARD, "validation.notice.hazardRequired"),
                        org.assertj.core.groups.Tuple.tuple(NoticeDraft.VERIFIED, "validation.notice.verifiedRequired"),
                        org.assertj.core.groups.Tuple.tuple(NoticeDraft.TITLE, "validation.notice.textRequired"),
                        org.assertj.core.groups.Tuple.tuple(NoticeDraft.BODY, "validation.notice.textRequired"),
                        org.assertj.core.groups.Tuple.tuple(NoticeDraft.ISSUED_ON, "validation.date.future")));
        NoticeDraft verifiedOnSupervision = new NoticeDraft(B, NoticeKind.SUPERVISION, null, null, null, "督查通知",
                "请自查。", true, LedgerFixture.TODAY);
        assertThatThrownBy(() -> federation.issueNotice(verifiedOnSupervision))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.notice.verifiedOnlyForVerification"));
        assertThat(federation.notices(B)).isEmpty();
        FederationNotice summons = federation.issueNotice(new NoticeDraft(B, NoticeKind.SUMMONS, null, null, null,
                "约谈通知", "请主要负责人于6月20日到市总工会。", null, LedgerFixture.TODAY));
        assertThat(summons.hazardId()).isNull();
    }

    @Test
    void anEnterpriseLedgerWritesNoNotices(@TempDir Path other) {
        try (LedgerFixture enterprise = new LedgerFixture(other)) {
            enterprise.initialiseSmall();
            assertThat(enterprise.setup.role()).isEqualTo(InstallationRole.ENTERPRISE);
            assertThatThrownBy(() -> enterprise.exchange.federation().issueNotice(listing()))
                    .isInstanceOf(DomainException.class).hasMessageContaining("error.federation.only");
        }
    }

    @Test
    void theEnterpriseReadsTheNoticesItReceived(@TempDir Path other) {
        try (LedgerFixture enterprise = new LedgerFixture(other)) {
            enterprise.initialiseSmall();
            UUID hazard = UUID.randomUUID();
            UUID federationId = UUID.randomUUID();
            ReceivedRows fed = new ReceivedRows(enterprise.database, federationId);
            UUID older = UUID.randomUUID();
            UUID newer = UUID.randomUUID();
            UUID blacklist = UUID.randomUUID();
            fed.record(RecordType.FEDERATION_NOTICE, older).hazard(hazard, "YH-2026-0002").kind("SUPERVISION")
                    .field("enterpriseInstallation", A.toString()).field("title", "督查通知").field("body", "请整改")
                    .field("issuedOn", of(2026, 5, 1)).field("issuedBy", "市总工会").save();
            fed.record(RecordType.FEDERATION_NOTICE, newer).hazard(hazard, "YH-2026-0002").kind("VERIFICATION")
                    .field("enterpriseInstallation", A.toString()).field("title", "核查结果").field("body", "已核查")
                    .field("verified", true).field("issuedOn", of(2026, 6, 1)).field("issuedBy", "市总工会").save();
            fed.record(RecordType.FEDERATION_NOTICE, blacklist).kind("BLACKLIST")
                    .field("enterpriseInstallation", A.toString()).field("title", "黑名单通知").field("body", "列入")
                    .field("issuedOn", of(2026, 6, 2)).field("issuedBy", "市总工会").save();
            FederationService service = enterprise.exchange.federation();

            List<FederationNotice> onHazard = service.noticesOnHazard(hazard);
            assertThat(onHazard).extracting(FederationNotice::id).containsExactly(newer, older);
            assertThat(onHazard.get(0).verified()).isTrue();
            assertThat(onHazard.get(0).kind()).isEqualTo(NoticeKind.VERIFICATION);
            assertThat(onHazard.get(0).hazardNumber()).isEqualTo("YH-2026-0002");
            assertThat(service.noticesOnHazard(UUID.randomUUID())).isEmpty();
            assertThat(service.enterpriseNotices()).extracting(FederationNotice::id)
                    .containsExactly(blacklist, newer, older);
        }
    }

    private static NoticeDraft listing() {
        return new NoticeDraft(A, NoticeKind.LISTING, A_MAJOR, "YH-2026-0002", "江工发〔2026〕12号", "挂牌督办通知",
                "请于7月1日前整改完毕并书面报告。", null, LedgerFixture.TODAY);
    }
}
