package org.hazardledger.service;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hazardledger.model.ConflictException;
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
import org.hazardledger.testing.LedgerFixture;
import org.hazardledger.testing.TwoEnterprises;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FederationServiceTest {

    @TempDir
    Path dir;
    private LedgerFixture ledger;
    private FederationService federation;

    @BeforeEach
    void setUp() {
        ledger = new LedgerFixture(dir);
        ledger.setup.initialiseFederation("江城市总工会");
        federation = ledger.exchange.federation();
        TwoEnterprises.load(ledger);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
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
        assertThat(a.installation()).isEqualTo(TwoEnterprises.A);
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
                .containsExactlyInAnyOrder(TwoEnterprises.A_MAJOR, TwoEnterprises.A_CLOSED, TwoEnterprises.B_MAJOR);
        assertThat(federation.majorHazards(null, true)).extracting(ConsolidatedHazard::hazardId)
                .containsExactlyInAnyOrder(TwoEnterprises.A_MAJOR, TwoEnterprises.B_MAJOR);
        assertThat(federation.majorHazards(TwoEnterprises.B, false)).extracting(ConsolidatedHazard::enterpriseName)
                .containsExactly("北湖煤矿");
        assertThat(federation.majorHazards(TwoEnterprises.A, true)).singleElement()
                .satisfies(h -> assertThat(h.listedOn()).isEqualTo(of(2026, 5, 20)));

        assertThat(federation.listedHazards()).singleElement().satisfies(h -> {
            assertThat(h.hazardId()).isEqualTo(TwoEnterprises.A_MAJOR);
            assertThat(h.number()).isEqualTo("YH-2026-0002");
            assertThat(h.enterpriseName()).isEqualTo("江城化工集团");
        });

        List<ConsolidatedHazard> overdue = federation.overdueHazards(LedgerFixture.TODAY);
        assertThat(overdue).extracting(ConsolidatedHazard::hazardId).containsExactlyInAnyOrder(TwoEnterprises.A_OVERDUE, TwoEnterprises.B_MAJOR);
        assertThat(overdue).allSatisfy(h -> assertThat(h.overdueOn(LedgerFixture.TODAY)).isTrue());
        assertThat(federation.overdueHazards(of(2026, 6, 5))).extracting(ConsolidatedHazard::hazardId)
                .containsExactly(TwoEnterprises.A_OVERDUE);
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
        assertThat(federation.notices(TwoEnterprises.A)).containsExactly(n);
        assertThat(federation.notices(TwoEnterprises.B)).isEmpty();

        List<TravellingRecord> sent = new ArrayList<>();
        assertThat(federation.collectFeedback(TwoEnterprises.A, new ChangeRange(1, Long.MAX_VALUE, true), sent::add,
                Progress.NONE)).isEqualTo(1);
        TravellingRecord t = sent.get(0);
        assertThat(t.type()).isEqualTo(RecordType.FEDERATION_NOTICE);
        assertThat(t.fields()).containsEntry("enterpriseInstallation", TwoEnterprises.A.toString()).containsEntry("kind", "LISTING")
                .containsEntry("hazardId", TwoEnterprises.A_MAJOR.toString()).containsEntry("hazardNumber", "YH-2026-0002")
                .containsEntry("documentNo", "江工发〔2026〕12号").containsEntry("issuedOn", "2026-06-15")
                .containsEntry("verified", null).containsKeys("title", "body", "issuedBy");
        assertThat(RecordJson.read(RecordType.FEDERATION_NOTICE, RecordJson.write(t), 1)).isEqualTo(t);
        long first = t.changeSeq();

        FederationNotice revised = federation.reviseNotice(n.id(), 1, new NoticeDraft(TwoEnterprises.A, NoticeKind.LISTING,
                TwoEnterprises.A_MAJOR, "YH-2026-0002", "江工发〔2026〕12号", "挂牌督办通知（更正）", "请于7月1日前整改完毕。", null,
                LedgerFixture.TODAY));
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(federation.notices(TwoEnterprises.A)).singleElement().extracting(FederationNotice::title)
                .isEqualTo("挂牌督办通知（更正）");
        assertThatThrownBy(() -> federation.reviseNotice(n.id(), 1, listing()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("error.notice.stale");

        sent.clear();
        assertThat(federation.collectFeedback(TwoEnterprises.A, new ChangeRange(first + 1, Long.MAX_VALUE, false), sent::add,
                Progress.NONE)).isEqualTo(1);
        assertThat(sent.get(0).revision()).isEqualTo(2);
        assertThat(federation.collectFeedback(TwoEnterprises.A, new ChangeRange(1, first, false), s -> { }, Progress.NONE))
                .as("the revision moved the notice past the earlier range").isZero();
        assertThat(federation.collectFeedback(TwoEnterprises.B, new ChangeRange(1, Long.MAX_VALUE, true), s -> { },
                Progress.NONE)).isZero();
        assertThat(federation.collectFeedback(TwoEnterprises.A, new ChangeRange(5, 4, false), s -> { }, Progress.NONE)).isZero();
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
        NoticeDraft verifiedOnSupervision = new NoticeDraft(TwoEnterprises.B, NoticeKind.SUPERVISION, null, null, null, "督查通知",
                "请自查。", true, LedgerFixture.TODAY);
        assertThatThrownBy(() -> federation.issueNotice(verifiedOnSupervision))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.notice.verifiedOnlyForVerification"));
        assertThat(federation.notices(TwoEnterprises.B)).isEmpty();
        NoticeDraft otherEnterprisesHazard = new NoticeDraft(TwoEnterprises.B, NoticeKind.LISTING,
                TwoEnterprises.A_MAJOR, "YH-2026-0002", null, "挂牌督办通知", "限期整改。", null, LedgerFixture.TODAY);
        assertThatThrownBy(() -> federation.issueNotice(otherEnterprisesHazard))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(NoticeDraft.HAZARD, "validation.notice.hazardUnknown")));
        FederationNotice summons = federation.issueNotice(new NoticeDraft(TwoEnterprises.B, NoticeKind.SUMMONS, null, null, null,
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
                    .field("enterpriseInstallation", TwoEnterprises.A.toString()).field("title", "督查通知").field("body", "请整改")
                    .field("issuedOn", of(2026, 5, 1)).field("issuedBy", "市总工会").save();
            fed.record(RecordType.FEDERATION_NOTICE, newer).hazard(hazard, "YH-2026-0002").kind("VERIFICATION")
                    .field("enterpriseInstallation", TwoEnterprises.A.toString()).field("title", "核查结果").field("body", "已核查")
                    .field("verified", true).field("issuedOn", of(2026, 6, 1)).field("issuedBy", "市总工会").save();
            fed.record(RecordType.FEDERATION_NOTICE, blacklist).kind("BLACKLIST")
                    .field("enterpriseInstallation", TwoEnterprises.A.toString()).field("title", "黑名单通知").field("body", "列入")
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
        return new NoticeDraft(TwoEnterprises.A, NoticeKind.LISTING, TwoEnterprises.A_MAJOR, "YH-2026-0002", "江工发〔2026〕12号", "挂牌督办通知",
                "请于7月1日前整改完毕并书面报告。", null, LedgerFixture.TODAY);
    }
}
